package gazetteer

import "testing"

// TestEnglishSpellings checks that the spellings English-language news uses
// for well-known places whose GeoNames main name differs resolve to them.
func TestEnglishSpellings(t *testing.T) {
	tests := []struct {
		name string
		id   int // GeoNames id the name must find
	}{
		{"Kyiv", 703448}, {"Kiev", 703448},
		{"Odesa", 698740}, {"Odessa", 698740},
		{"Kharkiv", 706483}, {"Kharkov", 706483},
		{"Mumbai", 1275339}, {"Bombay", 1275339},
		{"Gdansk", 3099434}, {"Danzig", 3099434},
		{"Hodeidah", 79415}, {"Hudaydah", 79415}, {"Al Hudaydah", 79415}, {"Hodeida", 79415},
		{"Mosul", 99072}, {"Aleppo", 170063}, {"Halab", 170063},
		{"Benghazi", 88319}, {"Misrata", 2214846}, {"Misurata", 2214846},
		{"Kandahar", 1138336},
		{"Mazar-i-Sharif", 1133616}, {"Mazar-e-Sharif", 1133616}, {"Mazar-e Sharif", 1133616},
		{"Peshawar", 1168197}, {"Quetta", 1167528},
		{"Zaporizhzhia", 687700}, {"Zaporozhye", 687700}, // "Zaporizhia" is not in GeoNames
		{"Mykolaiv", 700569}, {"Nikolaev", 700569},
		{"Kherson", 706448},
		{"Dnipro", 709930}, {"Dnipropetrovsk", 709930},
		{"Sanaa", 71137}, {"Sana'a", 71137},
		{"Taiz", 70225}, {"Taizz", 70225},
	}
	g := Default()
	for _, tt := range tests {
		found := false
		for _, p := range g.Lookup(tt.name) {
			found = found || p.ID == tt.id
		}
		if !found {
			t.Errorf("Lookup(%q) lacks %d", tt.name, tt.id)
		}
	}
}
