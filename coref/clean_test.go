package coref

import "testing"

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Putin's", "Putin"},
		{"the Kremlin", "Kremlin"},
		{"George\nShultz", "George Shultz"},
		{"U.S.", "U.S."},
		{"the U.N.", "U.N."},
		{"Acme Inc.", "Acme Inc."},
		{"Moscow.", "Moscow"},
		{"\"Hamas,\"", "Hamas"},
		{"Mr. Obama", "Obama"},
		{"Mrs Clinton's", "Clinton"},
	}
	for _, tc := range tests {
		if got := cleanName(tc.in); got != tc.want {
			t.Errorf("cleanName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
