package places

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/gazetteer"
)

// TestUnknownTownNearTownsOfItsRegion checks where names the gazetteer lacks
// are placed: at the town of their region named beside them, or at the
// region the text puts them in.
func TestUnknownTownNearTownsOfItsRegion(t *testing.T) {
	tests := []struct {
		name, text string
		spans      []string
		mention    string
		lat, lon   float64 // the town named in the same region
	}{
		{"obituary", "She is survived by a son, Tom, of Paris, Texas, and a sister, Ann, of Zqxwv, Texas.",
			[]string{"Paris", "Texas", "Zqxwv"}, "Zqxwv", 33.66, -95.56},
		{"county of a province", "Two villagers were hurt in Zqxwv county in Sichuan province on Friday.",
			[]string{"Zqxwv", "Sichuan"}, "Zqxwv", 29.65, 103.87},
		{"the article's town in the state", "CAMP ZQXWV, Wash. - The team has trained for years. " + strings.Repeat("It drills every week. ", 40) +
			"Its members live in Tacoma and in Tacoma's suburbs.", []string{"Tacoma"}, "CAMP ZQXWV", 47.25, -122.44},
		{"county dateline", "ZQXWV COUNTY, S.C. (WXYZ) - A man was found safe in Myrtle Beach on Monday.",
			[]string{"Myrtle Beach"}, "ZQXWV COUNTY", 33.69, -78.89},
	}
	r := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Resolution
			for _, res := range r.Resolve(docWith(tt.text, tt.spans...)) {
				if res.Text == tt.mention {
					got = &res
				}
			}
			if got == nil || got.Geo == nil || !got.Fallback {
				t.Fatalf("%q -> %+v; want a fallback", tt.mention, got)
			}
			if km := gazetteer.DistanceKm(got.Geo.Lat, got.Geo.Lon, tt.lat, tt.lon); km > 50 {
				t.Errorf("%q -> %+v, %.0f km from the town of its region named beside it", tt.mention, *got.Geo, km)
			}
		})
	}
}
