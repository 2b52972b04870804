package places

import "testing"

func TestFindDateline(t *testing.T) {
	tests := []struct {
		text, name, container string
		ok                    bool
	}{
		{"LEXINGTON, Ky. (WXYZ) - Local police have arrested", "LEXINGTON", "Ky.", true},
		{"CAPE TOWN, South Africa (AP) - The country's former finance minister", "CAPE TOWN", "South Africa", true},
		{"BEIJING -- At least 30 workers", "BEIJING", "", true},
		{"FORT LEWIS, Wash. - Maj. Anna Berg", "FORT LEWIS", "Wash.", true},
		{"ST. PAUL – City officials", "ST. PAUL", "", true},
		{"(NEW YORK) — Transit workers", "NEW YORK", "", true},
		{"LOS ANGELES: Singer-songwriter", "LOS ANGELES", "", true},
		{"WASHINGTON—Senate leaders", "WASHINGTON", "", true},
		{"The leaders met in Sochi.", "", "", false},
		{"NATO allies met on Monday.", "", "", false},
		{"(Reuters) — After a long dry spell", "", "", false},
	}
	for _, tt := range tests {
		dl, ok := findDateline(tt.text)
		if ok != tt.ok || ok && (dl.name != tt.name || dl.container != tt.container) {
			t.Errorf("findDateline(%q) = %+v, %v; want %q, %q, %v", tt.text, dl, ok, tt.name, tt.container, tt.ok)
		}
	}
}

// TestDatelineWithoutSpan checks that a dateline no recognised span covers
// becomes a mention of its own and locates the article's other names.
func TestDatelineWithoutSpan(t *testing.T) {
	tests := []struct {
		text, spans, mention string
		admin1               string
	}{
		{"GLASGOW, Ky. - Two men were arrested on Friday near Glasgow.", "Glasgow", "GLASGOW", "Kentucky"},
		{"GLASGOW, Ky. - Two men were arrested on Friday near Glasgow.", "Glasgow", "Glasgow", "Kentucky"},
		{"WATERLOO, Iowa - A tractor was recovered on a farm near Waterloo.", "Waterloo", "WATERLOO", "Iowa"},
		{"PLYMOUTH CO. - A suspect in a farm theft near Le Mars has been arrested.", "Le Mars", "PLYMOUTH CO.", "Iowa"},
	}
	for _, tt := range tests {
		var got *Resolution
		for _, res := range New().Resolve(docWith(tt.text, tt.spans)) {
			if res.Text == tt.mention {
				got = &res
			}
		}
		if got == nil || got.Geo == nil || got.Geo.Admin1 != tt.admin1 {
			t.Errorf("%q in %q -> %+v; want a place in %s", tt.mention, tt.text, got, tt.admin1)
		}
	}
}
