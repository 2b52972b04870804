package places

import "testing"

func TestEmbeddedName(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"Chicago Tribune", "Chicago"},
		{"Air France KLM", "France"},
		{"British Columbia's Expropriation Act", "British Columbia"},
		{"Plymouth County Sheriff's Office", "Plymouth County"},
		{"Allamakee County Sheriff's Office", "Allamakee County"},
		{"The Plymouth County Sheriff's Office", "Plymouth County"},
		{"Marjory Stoneman Douglas High School", ""},
		{"Seoul Central District Court", "Seoul"},
		{"Wilson's Farm", ""},
		{"Smart Dubai Office", "Dubai"},
		{"Stoke Newington", ""},
		{"Paranaque Regional Trial Court", "Paranaque"},
	}
	r := New()
	for _, tt := range tests {
		if got := r.embeddedName(tt.name); got != tt.want {
			t.Errorf("embeddedName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
