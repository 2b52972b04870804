// Package gazetteer is Dateline's embedded world gazetteer: populated places,
// countries, first-level administrative regions, continents, seas and news
// regions, with alternate names and country demonyms. The populated places,
// countries and regions come from GeoNames (https://www.geonames.org/, CC BY
// 4.0), generated into geonames.gz by `go generate ./gazetteer`; country
// centroids, aliases, demonyms and non-city features are written by hand in
// this package.
//
// It is a shared knowledge package, not a pipeline stage: the places stage
// resolves toponyms with it and the actors stage maps "Russian" to RUS.
package gazetteer

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dateline-news/dateline/gazetteer/internal/fold"
)

//go:generate go run ./internal/gen -o geonames.gz -minpop 2000

// Feature codes beyond GeoNames' own (PPL*, ADM1, PCLI, CONT, SEA, ...).
const (
	FeatCountry   = "PCLI"
	FeatAdmin1    = "ADM1"
	FeatContinent = "CONT"
)

// Place is one gazetteer entry: a populated place, a country, a region or a
// physical feature.
type Place struct {
	ID         int     // GeoNames id; 0 for hand-written features
	Name       string  // preferred name
	Country    string  // ISO 3166-1 alpha-3; "" for features spanning countries
	Admin1     string  // GeoNames admin1 code within the country ("TX", "38")
	Admin1Name string  // name of the admin1 region ("Texas")
	Lat, Lon   float64 // degrees
	Feature    string  // GeoNames feature code: PPLC, PPLA, PPL, ADM1, PCLI, CONT, SEA, RGN, ...
	Population int     // 0 when unknown
	Names      int     // GeoNames alternate names in all languages: how widely the place is known
	Demonym    bool    // the name looked up was an adjective or demonym ("Russian")
	AltName    bool    // the name looked up is an alternate name, not Name
	ShortName  bool    // the name looked up is Name without a qualifier ("Newcastle", "Mexico")
}

// City reports whether p is a populated place (feature class P).
func (p Place) City() bool { return len(p.Feature) >= 3 && p.Feature[:3] == "PPL" }

// CountryInfo describes a country.
type CountryInfo struct {
	ISO2, ISO3 string
	Name       string
	Capital    string
	Continent  string // GeoNames continent code: EU, AS, AF, NA, SA, OC, AN
	Population int
	GeonameID  int
	Lat, Lon   float64 // representative point (GeoNames country position)
}

// Gazetteer is a loaded gazetteer. It is safe for concurrent use.
type Gazetteer struct {
	text        string            // the decompressed data file
	places      []Place           // admin1 regions, then hand-written entries
	cityLines   []int32           // offsets in text of the populated places, parsed on lookup
	keyLines    []int32           // offsets in text of the sorted key lines
	keys        keyIndex          // key -> index in keyLines
	nAdmin      int32             // admin1 regions in places
	nCity       int32             // len(cityLines)
	admin1Names map[string]string // "ISO2.code" -> region name
	// Hand-written keys (countries, demonyms, features, abbreviations).
	extra   map[string][]posting
	byISO3  map[string]*CountryInfo
	iso2to3 map[string]string
	country map[string]string // key of a country name, alias or demonym -> ISO3
	demonym map[string]bool   // keys that are demonyms or adjectives
	admin1  map[string]int32  // "ISO3.code" -> place index
	// memo holds the answers of LookupKey, which parses the entries of a
	// key's line each time; news names the same places over and over
	memo struct {
		sync.RWMutex
		m map[string][]Place
	}
}

// memoKeys is how many keys LookupKey remembers; later keys are looked up
// afresh each time.
const memoKeys = 1 << 15

type posting struct {
	place int32
	dem   bool // reached through a demonym
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loading it on first use. It
// panics if the embedded data is corrupt (a build error, not a run-time one).
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = load(embedded)
	})
	if defaultErr != nil {
		panic("gazetteer: " + defaultErr.Error())
	}
	return defaultGaz
}

// Key is the normalised form names are looked up by: lower case, without
// diacritics, punctuation or a leading "the".
func Key(name string) string { return fold.Key(name) }

// Lookup returns every entry whose name, alternate name or demonym matches
// name (case-, diacritics- and punctuation-insensitive), most populous first.
func (g *Gazetteer) Lookup(name string) []Place {
	return g.LookupKey(fold.Key(name))
}

// LookupKey is Lookup for a name already normalised with Key.
func (g *Gazetteer) LookupKey(key string) []Place {
	g.memo.RLock()
	ps, ok := g.memo.m[key]
	g.memo.RUnlock()
	if ok {
		return slices.Clone(ps) // the caller may change its copy
	}
	out := g.lookupKey(key)
	g.memo.Lock()
	if g.memo.m == nil {
		g.memo.m = map[string][]Place{}
	}
	if len(g.memo.m) < memoKeys {
		g.memo.m[strings.Clone(key)] = slices.Clone(out)
	}
	g.memo.Unlock()
	return out
}

// lookupKey is LookupKey without the memo.
func (g *Gazetteer) lookupKey(key string) []Place {
	var out []Place
	if i, ok := g.find(key); ok {
		_, list := g.keyAt(i)
		for list != "" {
			var o string
			o, list, _ = strings.Cut(list, " ")
			v, err := strconv.ParseInt(o, 36, 32)
			if err != nil || v < 0 || v >= int64(g.nAdmin+g.nCity) {
				continue
			}
			p := g.place(int32(v))
			name := fold.Key(p.Name)
			p.ShortName = name != key && shortForm(name, key)
			p.AltName = name != key && !p.ShortName && !g.regionKey(p, key)
			out = append(out, p)
		}
	}
	for _, p := range g.extra[key] {
		pl := g.place(p.place)
		pl.Demonym = p.dem
		out = append(out, pl)
	}
	sortPlaces(out)
	return out
}

// Has reports whether some entry is named key (a normalised name).
func (g *Gazetteer) Has(key string) bool {
	if _, ok := g.find(key); ok {
		return true
	}
	_, ok := g.extra[key]
	return ok
}

// Country maps a country name, short form or demonym to its ISO 3166-1
// alpha-3 code: "Russia", "Russian", "Russians", "the Russian Federation" ->
// RUS; "UK", "Britain", "British", "Briton" -> GBR.
func (g *Gazetteer) Country(nameOrDemonym string) (iso3 string, ok bool) {
	iso3, ok = g.country[fold.Key(nameOrDemonym)]
	return iso3, ok
}

// IsDemonym reports whether word is a national or regional adjective or
// demonym ("Russian", "Syrians", "European") rather than a name.
func (g *Gazetteer) IsDemonym(word string) bool { return g.demonym[fold.Key(word)] }

// CountryInfo returns what the gazetteer knows of a country by its ISO
// alpha-3 (or alpha-2) code.
func (g *Gazetteer) CountryInfo(code string) (CountryInfo, bool) {
	if len(code) == 2 {
		code = g.iso2to3[code]
	}
	c, ok := g.byISO3[code]
	if !ok {
		return CountryInfo{}, false
	}
	return *c, true
}

// ISO3 converts an ISO alpha-2 code to alpha-3 ("RU" -> "RUS").
func (g *Gazetteer) ISO3(iso2 string) string { return g.iso2to3[iso2] }

// CountryPlace returns the country itself as a Place (feature PCLI).
func (g *Gazetteer) CountryPlace(iso3 string) (Place, bool) {
	for _, p := range g.LookupKey(fold.Key(g.byISO3Name(iso3))) {
		if p.Feature == FeatCountry && p.Country == iso3 {
			return p, true
		}
	}
	return Place{}, false
}

func (g *Gazetteer) byISO3Name(iso3 string) string {
	if c := g.byISO3[iso3]; c != nil {
		return c.Name
	}
	return ""
}

// Admin1 returns the first-level region of a country by its GeoNames code.
func (g *Gazetteer) Admin1(iso3, code string) (Place, bool) {
	i, ok := g.admin1[iso3+"."+code]
	if !ok {
		return Place{}, false
	}
	return g.place(i), true
}

// Capital returns the capital city of a country.
func (g *Gazetteer) Capital(iso3 string) (Place, bool) {
	c, ok := g.byISO3[iso3]
	if !ok {
		return Place{}, false
	}
	return g.findCapital(c)
}

// shortForm reports whether key is the name itself or the name without a
// qualifier ("newcastle" for "Newcastle upon Tyne", "frankfurt" for
// "Frankfurt am Main"), a common short form rather than an obscure
// alternate name.
func shortForm(name, key string) bool {
	if name == key {
		return true
	}
	rest, ok := strings.CutPrefix(name, key+" ")
	if !ok {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	switch next {
	case "upon", "on", "am", "an", "im", "in", "bei", "ob", "sur", "sous", "de", "del", "di", "la", "town", "city", "village":
		return true
	}
	return false
}

// regionKey reports whether key is one of the region's own keys
// ("krasnodar" for "Krasnodar Krai").
func (g *Gazetteer) regionKey(p Place, key string) bool {
	if p.Feature != FeatAdmin1 {
		return false
	}
	for _, k := range fold.RegionKeys(p.Name) {
		if k == key {
			return true
		}
	}
	return false
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.places) + len(g.cityLines) }
