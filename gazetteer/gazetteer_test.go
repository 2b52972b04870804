package gazetteer

import (
	"testing"
	"time"
)

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
	}
	for _, tt := range tests {
		got, ok := g.Country(tt.in)
		if !ok || got != tt.want {
			t.Errorf("Country(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, no := range []string{"Paris", "Sochi", "European", "the"} {
		if got, ok := g.Country(no); ok {
			t.Errorf("Country(%q) = %q, want none", no, got)
		}
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
