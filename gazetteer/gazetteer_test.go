package gazetteer

import (
	"testing"
	"time"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name    string
		id      int    // expected GeoNames id of some candidate (0: skip)
		first   string // expected country of the first (most populous) candidate
		feature string // expected feature of that candidate ("" any)
	}{
		{"Sochi", 491422, "RUS", "PPLA2"},
		{"SOCHI", 491422, "RUS", ""},
		{"Paris", 2988507, "FRA", "PPLC"},
		{"São Paulo", 0, "BRA", ""},
		{"Sao Paulo", 0, "BRA", ""},
		{"Georgia", 614540, "USA", "ADM1"},
		{"the Black Sea", 0, "", "SEA"},
		{"Middle East", 0, "", "RGN"},
		{"Crimea", 0, "UKR", "PEN"},
		{"Gaza Strip", 0, "PSE", "RGN"},
		{"Calif.", 0, "USA", "ADM1"},
		{"Texas", 0, "USA", "ADM1"},
		{"Kent", 0, "GBR", "ADM2"},
		{"Russian", 2017370, "RUS", "PCLI"},
	}
	g := Default()
	for _, tt := range tests {
		ps := g.Lookup(tt.name)
		if len(ps) == 0 {
			t.Errorf("Lookup(%q): nothing", tt.name)
			continue
		}
		if ps[0].Country != tt.first || (tt.feature != "" && ps[0].Feature != tt.feature) {
			t.Errorf("Lookup(%q)[0] = %+v; want country %q feature %q", tt.name, ps[0], tt.first, tt.feature)
		}
		if tt.id != 0 {
			found := false
			for _, p := range ps {
				found = found || p.ID == tt.id
			}
			if !found {
				t.Errorf("Lookup(%q) lacks %d: %+v", tt.name, tt.id, ps)
			}
		}
	}
}

func TestLookupSochi(t *testing.T) {
	ps := Default().Lookup("Sochi")
	if len(ps) == 0 || ps[0].ID != 491422 || ps[0].Country != "RUS" {
		t.Fatalf("Sochi: %+v", ps)
	}
	if d := ps[0].Lat - 43.60; d > 0.01 || d < -0.01 {
		t.Errorf("Sochi lat %v", ps[0].Lat)
	}
	if d := ps[0].Lon - 39.73; d > 0.01 || d < -0.01 {
		t.Errorf("Sochi lon %v", ps[0].Lon)
	}
}

func TestCountry(t *testing.T) {
	g := Default()
	tests := []struct{ in, want string }{
		{"Russian", "RUS"}, {"Russians", "RUS"}, {"Russia", "RUS"}, {"the Russian Federation", "RUS"},
		{"Syrian", "SYR"}, {"British", "GBR"}, {"Britain", "GBR"}, {"UK", "GBR"}, {"U.K.", "GBR"},
		{"US", "USA"}, {"U.S.", "USA"}, {"the United States", "USA"}, {"Americans", "USA"},
		{"Ukrainian", "UKR"}, {"Iraqis", "IRQ"}, {"Frenchmen", "FRA"}, {"Côte d'Ivoire", "CIV"},
		{"Georgian", "GEO"}, {"Dutch", "NLD"}, {"Chinese", "CHN"}, {"Israeli", "ISR"}, {"Palestinians", "PSE"},
		{"Dominican", "DOM"}, {"Congolese", "COD"}, {"Filipino", "PHL"}, {"Saudi", "SAU"}, {"Emirati", "ARE"},
		{"Scottish", "GBR"}, {"Welsh", "GBR"}, {"Soviet", "RUS"}, {"North Korean", "PRK"}, {"South Koreans", "KOR"},
	}
	for _, tt := range tests {
		got, ok := g.Country(tt.in)
		if !ok || got != tt.want {
			t.Errorf("Country(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, no := range []string{"Paris", "Sochi", "European", "the", "Texan"} {
		if got, ok := g.Country(no); ok {
			t.Errorf("Country(%q) = %q, want none", no, got)
		}
	}
}

func TestEveryCountryHasDemonymAndPoint(t *testing.T) {
	g := Default()
	for iso3, c := range g.byISO3 {
		if _, ok := countryPoints[c.ISO2]; !ok {
			t.Errorf("%s has no representative point", iso3)
		}
		if _, ok := countryDemonyms[iso3]; !ok && iso3 != "SCG" && iso3 != "ANT" {
			t.Errorf("%s has no demonym entry", iso3)
		}
	}
}

func TestCountryInfo(t *testing.T) {
	g := Default()
	tests := []struct{ code, name, capital string }{
		{"RUS", "Russia", "Moscow"}, {"GB", "United Kingdom", "London"}, {"USA", "United States", "Washington"},
	}
	for _, tt := range tests {
		c, ok := g.CountryInfo(tt.code)
		if !ok || c.Name != tt.name || c.Capital != tt.capital {
			t.Errorf("CountryInfo(%s) = %+v, %v", tt.code, c, ok)
		}
		if p, ok := g.Capital(c.ISO3); !ok || p.Country != c.ISO3 {
			t.Errorf("Capital(%s) = %+v, %v", c.ISO3, p, ok)
		}
	}
}

func TestKeysSorted(t *testing.T) {
	g := Default()
	prev := ""
	for i := range g.keyLines {
		k, _ := g.keyAt(i)
		if k <= prev && i > 0 {
			t.Fatalf("key %d %q not after %q", i, k, prev)
		}
		prev = k
	}
}

func TestLoadTime(t *testing.T) {
	start := time.Now()
	g, err := load(embedded)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %d entries, %d keys in %v", g.Len(), len(g.keyLines), time.Since(start))
}
