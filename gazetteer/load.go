package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/gazetteer/internal/fold"
)

// embedded is the generated GeoNames extract (see internal/gen).
//
//go:embed geonames.gz
var embedded []byte

func load(gz []byte) (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	text := string(raw)
	g := &Gazetteer{
		places:   make([]Place, 0, 90000),
		keys:     make([]string, 0, 250000),
		offs:     make([]int32, 0, 250000),
		ords:     make([]int32, 0, 300000),
		extra:    map[string][]posting{},
		byISO3:   map[string]*CountryInfo{},
		iso2to3:  map[string]string{},
		country:  map[string]string{},
		demonym:  map[string]bool{},
		admin1:   map[string]int32{},
		capitals: map[string]int32{},
	}
	section := ""
	admin1Names := map[string]string{} // "ISO2.code" -> name
	prevID := 0
	for len(text) > 0 {
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		if strings.HasPrefix(line, "#") {
			section = line
			continue
		}
		var f [8]string
		n := splitTabs(line, f[:])
		switch section {
		case "#C":
			if n < 7 {
				return nil, fmt.Errorf("bad country line %q", line)
			}
			c := &CountryInfo{ISO2: f[0], ISO3: f[1], Name: f[2], Capital: f[3], Continent: f[5]}
			c.Population, _ = strconv.Atoi(f[4])
			c.GeonameID, _ = strconv.Atoi(f[6])
			g.byISO3[c.ISO3] = c
			g.iso2to3[c.ISO2] = c.ISO3
		case "#A":
			if n < 6 {
				return nil, fmt.Errorf("bad admin1 line %q", line)
			}
			cc, code, _ := strings.Cut(f[0], ".")
			iso3 := g.iso2to3[cc]
			p := Place{Name: f[1], Country: iso3, Admin1: code, Admin1Name: f[1], Feature: FeatAdmin1}
			p.ID, _ = strconv.Atoi(f[2])
			p.Lat, _ = strconv.ParseFloat(f[3], 64)
			p.Lon, _ = strconv.ParseFloat(f[4], 64)
			p.Population, _ = strconv.Atoi(f[5])
			if ll, ok := admin1Points[iso3+"."+code]; ok {
				p.Lat, p.Lon = ll[0], ll[1]
			}
			g.admin1[iso3+"."+code] = g.add(p)
			admin1Names[f[0]] = f[1]
		case "#P":
			if n < 8 {
				return nil, fmt.Errorf("bad place line %q", line)
			}
			d, _ := strconv.Atoi(f[0])
			prevID += d
			p := Place{ID: prevID, Name: f[1], Feature: f[4], Country: g.iso2to3[f[5]], Admin1: f[6]}
			p.Lat, _ = strconv.ParseFloat(f[2], 64)
			p.Lon, _ = strconv.ParseFloat(f[3], 64)
			p.Population, _ = strconv.Atoi(f[7])
			p.Admin1Name = admin1Names[f[5]+"."+f[6]]
			i := g.add(p)
			if p.Feature == "PPLC" {
				if j, ok := g.capitals[p.Country]; !ok || g.places[j].Population < p.Population {
					g.capitals[p.Country] = i
				}
			}
		case "#K":
			key, list, _ := strings.Cut(line, "\t")
			g.keys = append(g.keys, key)
			g.offs = append(g.offs, int32(len(g.ords)))
			for list != "" {
				var o string
				o, list, _ = strings.Cut(list, " ")
				v, err := strconv.Atoi(o)
				if err != nil || v >= len(g.places) {
					return nil, fmt.Errorf("bad key line %q", line)
				}
				g.ords = append(g.ords, int32(v))
			}
		}
	}
	g.offs = append(g.offs, int32(len(g.ords)))
	if !sort.StringsAreSorted(g.keys) {
		return nil, fmt.Errorf("keys not sorted")
	}
	g.addCountries()
	g.addFeatures()
	g.addAdminAbbrevs()
	g.addCounties()
	g.addRegionAdjectives()
	return g, nil
}

// splitTabs splits line at tabs into f without allocating; it returns the
// number of fields.
func splitTabs(line string, f []string) int {
	n := 0
	for n < len(f)-1 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		f[n], line = line[:i], line[i+1:]
		n++
	}
	f[n] = line
	return n + 1
}

func (g *Gazetteer) add(p Place) int32 {
	g.places = append(g.places, p)
	return int32(len(g.places) - 1)
}

// addKey links a hand-written key to place i unless already linked.
func (g *Gazetteer) addKey(key string, i int32, dem bool) {
	if key == "" {
		return
	}
	for _, p := range g.extra[key] {
		if p.place == i {
			return
		}
	}
	g.extra[key] = append(g.extra[key], posting{place: i, dem: dem})
}

// addCountries adds each country as a place under its name, aliases and
// demonyms, and fills the Country map.
func (g *Gazetteer) addCountries() {
	for iso3, c := range g.byISO3 {
		if ll, ok := countryPoints[c.ISO2]; ok {
			c.Lat, c.Lon = ll[0], ll[1]
		} else if cp, ok := g.capitals[iso3]; ok {
			c.Lat, c.Lon = g.places[cp].Lat, g.places[cp].Lon
		}
	}
	iso3s := make([]string, 0, len(g.byISO3))
	for k := range g.byISO3 {
		iso3s = append(iso3s, k)
	}
	sort.Strings(iso3s)
	for _, iso3 := range iso3s {
		c := g.byISO3[iso3]
		i := g.add(Place{ID: c.GeonameID, Name: c.Name, Country: iso3, Lat: c.Lat, Lon: c.Lon,
			Feature: FeatCountry, Population: c.Population})
		names := append([]string{c.Name}, countryAliases[iso3]...)
		for _, n := range names {
			k := fold.Key(n)
			g.addKey(k, i, false)
			if _, dup := g.country[k]; !dup {
				g.country[k] = iso3
			}
		}
		for _, d := range demonymForms(countryDemonyms[iso3]) {
			k := fold.Key(d)
			g.addKey(k, i, true)
			g.demonym[k] = true
			if _, dup := g.country[k]; !dup {
				g.country[k] = iso3
			}
		}
	}
}

// demonymForms expands a comma-separated demonym list with plurals:
// "Russian" -> Russian, Russians; "Iraqi" -> Iraqi, Iraqis.
func demonymForms(list string) []string {
	var out []string
	for _, d := range strings.Split(list, ",") {
		d = strings.TrimSpace(d)
		if d == "" {
			continue
		}
		out = append(out, d)
		switch {
		case strings.HasSuffix(d, "man"):
			out = append(out, d[:len(d)-3]+"men")
		case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ish"), strings.HasSuffix(d, "ch"),
			strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "s"), strings.HasSuffix(d, "ic"):
		default:
			out = append(out, d+"s")
		}
	}
	return out
}

// addFeatures adds the hand-written continents, seas and regions.
func (g *Gazetteer) addFeatures() {
	for _, f := range features {
		i := g.add(Place{ID: f.id, Name: f.names[0], Country: f.country, Lat: f.lat, Lon: f.lon,
			Feature: f.code, Population: f.weight})
		for _, n := range f.names {
			g.addKey(fold.Key(n), i, false)
		}
		for _, a := range f.adjectives {
			k := fold.Key(a)
			g.addKey(k, i, true)
			g.demonym[k] = true
		}
	}
}

// addAdminAbbrevs adds the abbreviations news uses for US states and
// Canadian provinces ("Calif.", "N.Y.", "B.C.").
func (g *Gazetteer) addAdminAbbrevs() {
	for _, a := range adminAbbrevs {
		i, ok := g.admin1[a.iso3+"."+a.code]
		if !ok {
			continue
		}
		for _, n := range a.names {
			g.addKey(fold.Key(n), i, false)
		}
	}
}

// sortPlaces orders candidates most populous first, then by feature rank.
func sortPlaces(ps []Place) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Population != ps[j].Population {
			return ps[i].Population > ps[j].Population
		}
		return featureRank(ps[i].Feature) < featureRank(ps[j].Feature)
	})
}

func featureRank(code string) int {
	switch code {
	case FeatCountry:
		return 0
	case FeatContinent:
		return 1
	case FeatAdmin1:
		return 2
	case "PPLC":
		return 3
	case "PPLA":
		return 4
	}
	return 5
}
