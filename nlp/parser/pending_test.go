package parser

import "testing"

// TestPendingLabels checks that a RIGHT arc's pending label neither shows
// in its head's label set nor reads as "no label", and that setting it
// later fills the right side's set.
func TestPendingLabels(t *testing.T) {
	tests := []struct {
		name     string
		h, d     int32
		lab      int32
		wantL    uint64 // head's left label set after setLabel
		wantR    uint64 // ... and right label set
		wantSide string
	}{
		{"right dependent", 0, 2, 3, 0, 1 << 3, "right"},
		{"left dependent", 2, 1, 5, 1 << 5, 0, "left"},
		{"label id above 63 wraps", 0, 1, 70, 0, 1 << 6, "right"},
	}
	for _, tc := range tests {
		var st state
		st.reset(3)
		st.attach(tc.h, tc.d, pending)
		if st.lset[tc.h] != 0 || st.rset[tc.h] != 0 {
			t.Errorf("%s: pending label entered the label sets", tc.name)
		}
		if got := st.lab(tc.d); got != waitLabel {
			t.Errorf("%s: lab = %d, want the pending value", tc.name, got)
		}
		st.setLabel(tc.d, tc.lab)
		if st.lset[tc.h] != tc.wantL || st.rset[tc.h] != tc.wantR {
			t.Errorf("%s: sets %b/%b, want %b/%b (%s)", tc.name, st.lset[tc.h], st.rset[tc.h], tc.wantL, tc.wantR, tc.wantSide)
		}
		if got := st.lab(tc.d); got != uint64(tc.lab) {
			t.Errorf("%s: lab = %d, want %d", tc.name, got, tc.lab)
		}
	}
}
