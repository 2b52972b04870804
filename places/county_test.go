package places

import (
	"testing"

	"github.com/dateline-news/dateline/gazetteer"
)

func TestCounties(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		spans    []string
		mention  string
		lat, lon float64 // where the county must be placed, within 161 km
		fallback bool
	}{
		{"county at the main town", "GLASGOW, Ky. - Deputies in Adair County arrested two men on Friday. " +
			"Both were taken to the jail in Glasgow.", []string{"Adair County", "Glasgow"}, "Adair County", 37.0, -85.9, true},
		{"namesake town far away is not the county", "WATERLOO, Iowa - Plymouth County deputies recovered the " +
			"stolen tractor on a farm near Waterloo.", []string{"Plymouth County", "Waterloo"}, "Plymouth County", 42.5, -92.3, true},
		{"county after its town", "A neighbour in Oxford, North Carolina, said deputies in West Virginia found the truck. The couple left their home in Oxford.\n" +
			"Zqxwv County's fire marshal said the blaze was set. Two men were held in Lewisburg, West Virginia, and in Beckley, West Virginia.",
			[]string{"West Virginia", "Oxford", "Zqxwv County", "Lewisburg", "Beckley"}, "Zqxwv County", 36.31, -78.59, true},
		{"a county's short name", "Detectives in Suffolk County searched the house in Riverhead, the Suffolk Times reported.",
			[]string{"Suffolk County", "Riverhead", "ORG:the Suffolk Times"}, "Suffolk", 40.92, -72.66, true},
		{"a county named like a state", "Ohio County schools and the schools of Owensboro will get new buses.",
			[]string{"Ohio", "Owensboro"}, "Ohio County", 37.48, -86.85, true},
		{"a large namesake city", "Voters in Orange County and in San Diego backed the measure.", []string{"Orange County", "San Diego"},
			"Orange County", 33.8, -117.9, false},
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
			if got == nil || got.Geo == nil {
				t.Fatalf("%q not resolved", tt.mention)
			}
			if km := gazetteer.DistanceKm(got.Geo.Lat, got.Geo.Lon, tt.lat, tt.lon); km > 161 || got.Fallback != tt.fallback {
				t.Errorf("%q -> %+v (fallback %v), %.0f km from the county", tt.mention, *got.Geo, got.Fallback, km)
			}
		})
	}
}

func TestCountyNamesakeCityInAnotherState(t *testing.T) {
	d := docWith("Deputies recovered stolen tools at six Iowa locations, including Dallas County.", "Iowa", "Dallas County")
	for _, res := range New().Resolve(d) {
		if res.Text == "Dallas County" && res.Geo != nil && res.Geo.Admin1 == "Texas" {
			t.Errorf("Dallas County -> %+v: Dallas, Texas, in a report on Iowa", *res.Geo)
		}
	}
}
