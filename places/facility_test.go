package places

import "testing"

func TestLandmarkWords(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		spans   []string
		mention string  // text of the mention checked
		want    string  // "" when the mention must not be reported; else the town it is placed at
		lat     float64 // approximate latitude of that town
	}{
		{"church of a longer name", "The choir sang in the Third Presbyterian Church on Sunday.", []string{"Church"},
			"Third Presbyterian Church", "", 0},
		{"village placed in its town", "Volunteers served dinner at Eva's Village in Paterson last night.",
			[]string{"Village", "Paterson"}, "Eva's Village", "Paterson", 40.9},
		{"bare common noun", "Shops here in the Valley reopened on Monday.", []string{"Valley"}, "Valley", "", 0},
		{"the city of a country's name", "The festival returns to Turkey on Thursday, according to the city of Turkey.",
			[]string{"Turkey"}, "Turkey", "", 0},
		{"a theatre named after a town, in another town", "The awards were handed out at The Colony Theatre in Burbank.",
			[]string{"ORG:The Colony Theatre", "Burbank"}, "The Colony", "Burbank", 34.18},
		{"the Republic", "Patients from the Republic and the North attended.", []string{"Republic"}, "Republic", "", 0},
		{"a park in the town after it", "Crowds filled Penn Park in York for the parade.", []string{"Penn Park", "York"},
			"Penn Park", "York", 0},
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
			switch {
			case tt.want == "" && got != nil && got.Geo != nil && !got.Fallback:
				t.Errorf("%q resolved to the gazetteer's %+v; want no town of that name", tt.mention, *got.Geo)
			case tt.want != "" && (got == nil || got.Geo == nil || !got.Fallback || got.Geo.Admin1 == ""):
				t.Errorf("%q -> %+v; want a fallback at %s", tt.mention, got, tt.want)
			case tt.want != "" && tt.lat != 0 && (got.Geo.Lat < tt.lat-0.2 || got.Geo.Lat > tt.lat+0.2):
				t.Errorf("%q -> %+v; want %s", tt.mention, *got.Geo, tt.want)
			}
		})
	}
}

func TestSquareIsNoOldNameOfATown(t *testing.T) {
	d := docWith("Crowds gathered in Washington Square on Sunday.", "FAC:Washington Square")
	for _, res := range New().Resolve(d) {
		if res.Geo != nil && res.Geo.Name == "Franklin Square" {
			t.Errorf("%q -> %+v: a square read as an old name of a town", res.Text, *res.Geo)
		}
	}
}

func TestAcronymIsNoTown(t *testing.T) {
	tests := []struct {
		text, span, want string // want: Geo name, or "" for none from the gazetteer
	}{
		{"Doctors at the CHU said the patient was stable.", "CHU", ""},
		{"Delegates met at the OAS on Friday.", "ORG:OAS", ""},
		{"Rents in NYC rose again.", "NYC", "Manhattan"},
		{"Officials in the US said so.", "US", "United States"},
	}
	for _, tt := range tests {
		var got string
		for _, res := range New().Resolve(docWith(tt.text, tt.span)) {
			if res.Geo != nil && !res.Fallback {
				got = res.Geo.Name
			}
		}
		if got != tt.want {
			t.Errorf("%q -> %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestEmbassyIsNotInItsCountry(t *testing.T) {
	tests := []struct {
		text, span, notCountry, want string // want: the country it is placed in, "" for none
	}{
		{"Diplomats left the Russian Embassy on Saturday.", "ORG:the Russian Embassy", "RUS", ""},
		{"The second secretary at the British Embassy in Tokyo said so.", "ORG:the British Embassy", "GBR", "JPN"},
	}
	for _, tt := range tests {
		spans := []string{tt.span}
		if tt.want != "" {
			spans = append(spans, "Tokyo")
		}
		for _, res := range New().Resolve(docWith(tt.text, spans...)) {
			if res.Text == "Tokyo" || res.Geo == nil {
				continue
			}
			if res.Geo.Country == tt.notCountry || res.Geo.Country != tt.want {
				t.Errorf("%q: %q -> %+v, want %q", tt.text, res.Text, *res.Geo, tt.want)
			}
		}
	}
}

func TestStreetNamedAfterACounty(t *testing.T) {
	d := docWith("Police in Saskatoon said a man pointed a handgun on Northumberland Avenue.", "Saskatoon", "ORG:Northumberland Avenue")
	for _, res := range New().Resolve(d) {
		if res.Text == "Northumberland" && res.Geo != nil && res.Geo.Country == "GBR" {
			t.Errorf("Northumberland -> %+v: a street is not the county it is named after", *res.Geo)
		}
	}
}

func TestStadiumIsNotItsCountry(t *testing.T) {
	d := docWith("The attackers struck at the Stade de France during a match.", "FAC:the Stade de France")
	for _, res := range New().Resolve(d) {
		if res.Geo != nil && res.Geo.Feature == "PCLI" {
			t.Errorf("%q -> %+v: a stadium is not the country in its name", res.Text, *res.Geo)
		}
	}
}
