package places

import (
	"strings"
	"testing"
)

// TestLowerPrefix checks that lowerPrefix answers the prefix questions
// nearAfter asks as lower-casing the whole text does, for ASCII, for
// runes whose lower case is longer or shorter, and for short texts.
func TestLowerPrefix(t *testing.T) {
	tests := []string{
		"",
		"near",
		"Near Kingston, Jamaica",
		"NORTH-EAST OF Leeds",
		"İn the suburbs of Ankara", // İ lower-cases to i + a combining dot
		"\u212Aingston",            // the Kelvin sign lower-cases to k
		"In The Suburbs Of Paris and more text after it",
		"ñear Madrid",
	}
	for _, text := range tests {
		whole := strings.ToLower(text)
		got := lowerPrefix(text, maxNearCue)
		if !strings.HasPrefix(whole, got) {
			t.Errorf("lowerPrefix(%q) = %q, not a prefix of %q", text, got, whole)
		}
		for _, cue := range nearCues {
			if strings.HasPrefix(got, cue) != strings.HasPrefix(whole, cue) {
				t.Errorf("%q: cue %q found %v in the prefix, %v in the whole", text, cue, strings.HasPrefix(got, cue), strings.HasPrefix(whole, cue))
			}
		}
	}
}
