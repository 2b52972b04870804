package parser

import "testing"

func TestForced(t *testing.T) {
	tests := []struct {
		name string
		ok   [nMoves]bool
		want bool
	}{
		{"none", [nMoves]bool{}, false},
		{"shift only", [nMoves]bool{shift: true}, true},
		{"reduce only", [nMoves]bool{reduce: true}, true},
		{"two", [nMoves]bool{shift: true, left: true}, false},
	}
	for _, tc := range tests {
		if got := forced(&tc.ok); got != tc.want {
			t.Errorf("%s: forced = %v, want %v", tc.name, got, tc.want)
		}
	}
}
