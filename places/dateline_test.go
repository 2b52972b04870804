package places

import "testing"

func TestFindDateline(t *testing.T) {
	tests := []struct {
		text, name, container string
		ok                    bool
	}{
		{"LONDON, Ky. (WKYT) - London Police have arrested", "LONDON", "Ky.", true},
		{"DURBAN, South Africa (CNN) - South Africa's ex-President", "DURBAN", "South Africa", true},
		{"BEIJING -- At least 141 people", "BEIJING", "", true},
		{"CAMP MURRAY, Wash. - Lt. Col. Ricky Thomas", "CAMP MURRAY", "Wash.", true},
		{"ST. LOUIS – St. Louis Police", "ST. LOUIS", "", true},
		{"(NEW YORK) — Police officers", "NEW YORK", "", true},
		{"LOS ANGELES: Actress-model", "LOS ANGELES", "", true},
		{"WASHINGTON—President Donald Trump", "WASHINGTON", "", true},
		{"The leaders met in Sochi.", "", "", false},
		{"NATO allies met on Monday.", "", "", false},
		{"(CNN) — After a record drought", "", "", false},
	}
	for _, tt := range tests {
		dl, ok := findDateline(tt.text)
		if ok != tt.ok || ok && (dl.name != tt.name || dl.container != tt.container) {
			t.Errorf("findDateline(%q) = %+v, %v; want %q, %q, %v", tt.text, dl, ok, tt.name, tt.container, tt.ok)
		}
	}
}
