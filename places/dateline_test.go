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
