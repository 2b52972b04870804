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
	// The gzip trailer holds the uncompressed size: read into one buffer,
	// which becomes the text without a copy.
	var buf strings.Builder
	if n := len(gz); n >= 4 {
		buf.Grow(int(gz[n-4]) | int(gz[n-3])<<8 | int(gz[n-2])<<16 | int(gz[n-1])<<24 + 1)
	}
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, err
	}
	text := buf.String()
	g := &Gazetteer{
		text:        text,
		places:      make([]Place, 0, 6000),
		extra:       map[string][]posting{},
		byISO3:      map[string]*CountryInfo{},
		iso2to3:     map[string]string{},
		country:     map[string]string{},
		demonym:     map[string]bool{},
		admin1:      map[string]int32{},
		admin1Names: map[string]string{},
	}
	section := ""
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		start := pos
		pos = end + 1
		if strings.HasPrefix(line, "#") {
			section = line
			continue
		}
		switch section {
		case "#P":
			// Places are parsed when looked up (see city).
			g.cityLines = append(g.cityLines, int32(start))
		case "#K":
			g.keyLines = append(g.keyLines, int32(start))
		case "#C", "#A":
			if err := g.parseHead(section, line); err != nil {
				return nil, err
			}
		}
	}
	g.nAdmin = int32(len(g.places))
	g.nCity = int32(len(g.cityLines))
	g.indexKeys()
	g.addCountries()
	g.addFeatures()
	g.addAdminAbbrevs()
	g.addCounties()
	g.addRegionAdjectives()
	return g, nil
}

// parseHead reads a country (#C) or admin1 (#A) record.
func (g *Gazetteer) parseHead(section, line string) error {
	var f [7]string
	n := splitTabs(line, f[:])
	switch section {
	case "#C":
		if n < 7 {
			return fmt.Errorf("bad country line %q", line)
		}
		c := &CountryInfo{ISO2: f[0], ISO3: f[1], Name: f[2], Capital: f[3], Continent: f[5]}
		c.Population, _ = strconv.Atoi(f[4])
		c.GeonameID, _ = strconv.Atoi(f[6])
		g.byISO3[c.ISO3] = c
		g.iso2to3[c.ISO2] = c.ISO3
	case "#A":
		if n < 6 {
			return fmt.Errorf("bad admin1 line %q", line)
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
		g.places = append(g.places, p)
		g.admin1[iso3+"."+code] = int32(len(g.places) - 1)
		g.admin1Names[f[0]] = f[1]
	}
	return nil
}

// city parses the populated place on line i of the #P section.
func (g *Gazetteer) city(i int32) Place {
	start := int(g.cityLines[i])
	end := strings.IndexByte(g.text[start:], '\n')
	if end < 0 {
		end = len(g.text) - start
	}
	var f [9]string
	splitTabs(g.text[start:start+end], f[:])
	p := Place{Name: f[1], Feature: f[4], Country: g.iso2to3[f[5]], Admin1: f[6]}
	p.Names, _ = strconv.Atoi(f[8])
	p.ID, _ = strconv.Atoi(f[0])
	p.Lat, _ = strconv.ParseFloat(f[2], 64)
	p.Lon, _ = strconv.ParseFloat(f[3], 64)
	p.Population, _ = strconv.Atoi(f[7])
	p.Admin1Name = g.admin1Names[f[5]+"."+f[6]]
	return p
}

// place returns the entry with index i: admin1 regions first, then the
// populated places, then the hand-written entries.
func (g *Gazetteer) place(i int32) Place {
	switch {
	case i < g.nAdmin:
		return g.places[i]
	case i < g.nAdmin+g.nCity:
		return g.city(i - g.nAdmin)
	}
	return g.places[i-g.nCity]
}

// keyAt returns the key and the place list of line i of the #K section.
func (g *Gazetteer) keyAt(i int) (key, list string) {
	start := int(g.keyLines[i])
	end := strings.IndexByte(g.text[start:], '\n')
	if end < 0 {
		end = len(g.text) - start
	}
	key, list, _ = strings.Cut(g.text[start:start+end], "\t")
	return key, list
}

// findCapital looks up a country's capital by the name countryInfo gives.
func (g *Gazetteer) findCapital(c *CountryInfo) (Place, bool) {
	if c.Capital == "" {
		return Place{}, false
	}
	var best Place
	found := false
	for _, p := range g.LookupKey(fold.Key(c.Capital)) {
		if p.Country != c.ISO3 || !p.City() {
			continue
		}
		if !found || p.Feature == "PPLC" && best.Feature != "PPLC" || p.Feature == best.Feature && p.Population > best.Population {
			best, found = p, true
		}
	}
	return best, found
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

// add appends a hand-written entry and returns its index.
func (g *Gazetteer) add(p Place) int32 {
	g.places = append(g.places, p)
	return int32(len(g.places)-1) + g.nCity
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
	for _, c := range g.byISO3 {
		if ll, ok := countryPoints[c.ISO2]; ok {
			c.Lat, c.Lon = ll[0], ll[1]
		} else if cp, ok := g.findCapital(c); ok {
			c.Lat, c.Lon = cp.Lat, cp.Lon
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
