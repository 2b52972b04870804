package kb

import "testing"

func TestLookupOffice(t *testing.T) {
	tests := []struct {
		words, title, sector string
		ok                   bool
	}{
		{"president", "President", "GOV", true},
		{"Foreign Minister", "Foreign Minister", "GOV", true},
		{"energy minister", "Energy Minister", "GOV", true},
		{"police official", "Police Official", "COP", true},
		{"company spokesman", "Company Spokesman", "BUS", true},
		{"army commander", "Army Commander", "MIL", true},
		{"rebel leader", "", "", false},
		{"former minister", "", "", false},
		{"energy", "", "", false},
		{"shadow home secretary", "Shadow Home Secretary", "OPP", true},
		{"diplomats", "Diplomats", "GOV", true},
		{"ambassadors", "Ambassadors", "GOV", true},
		{"majors", "", "", false},
		{"generals", "", "", false},
		{"witness", "", "", false},
	}
	for _, tc := range tests {
		r, ok := LookupOffice(tc.words)
		if ok != tc.ok || r.Title != tc.title || r.Sector != tc.sector {
			t.Errorf("LookupOffice(%q) = %+v %v, want %q %q %v", tc.words, r, ok, tc.title, tc.sector, tc.ok)
		}
	}
}

// TestOrgsSharingACode keeps organisations with one CAMEO code apart while
// their own aliases name them.
func TestOrgsSharingACode(t *testing.T) {
	tests := []struct{ name, canon, code string }{
		{"BBC", "BBC", "GBRMED"},
		{"Reuters", "Reuters", "GBRMED"},
		{"GOP", "Republican Party", "USAPTY"},
		{"Democratic Party", "Democratic Party", "USAPTY"},
		{"DNC", "Democratic National Committee", "USAPTY"},
		{"the State Department", "State Department", "USAGOV"},
		{"White House", "White House", "USAGOV"},
		{"ISIL", "Islamic State", "IMGREB"},
		{"al-Qaida", "al-Qaeda", "IMGREB"},
		{"U.N. Security Council", "UN Security Council", "IGOUNO"},
		{"E.U.", "European Union", "IGOEUREEC"},
	}
	for _, tt := range tests {
		o, ok := LookupOrg(tt.name)
		if !ok || o.Name != tt.canon || o.Code != tt.code {
			t.Errorf("LookupOrg(%q) = %q %s, %v; want %q %s", tt.name, o.Name, o.Code, ok, tt.canon, tt.code)
		}
	}
}

func TestGivenNameGender(t *testing.T) {
	for name, want := range map[string]string{"Giorgia Meloni": "f", "Viktor Orban": "m", "Kim Jong Un": "", "Xi Jinping": "", "Angela": "f"} {
		if got := GivenNameGender(name); got != want {
			t.Errorf("GivenNameGender(%q) = %q, want %q", name, got, want)
		}
	}
}
