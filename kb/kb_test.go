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
