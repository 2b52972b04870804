package coref

import (
	"slices"
	"testing"
)

// TestNameWordsCached checks that the clusterer's cached nameWords gives
// nameWords' answer, asked once and again.
func TestNameWordsCached(t *testing.T) {
	tests := []string{"Vladimir Putin", "Bashar al-Assad", "Mr. Obama", "Donald J. Trump", "", "United Nations"}
	c := &clusterer{}
	for round := 0; round < 2; round++ {
		for _, name := range tests {
			if got, want := c.nameWords(name), nameWords(name); !slices.Equal(got, want) {
				t.Errorf("round %d: nameWords(%q) = %q, want %q", round, name, got, want)
			}
		}
	}
}
