package events

import (
	"strings"
	"testing"
)

func TestLexiconWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, tr := range lexicon {
		k := strings.Join(tr.words, " ")
		if seen[k] {
			t.Errorf("trigger %q listed twice", k)
		}
		seen[k] = true
		if _, ok := cameo[tr.code]; !ok {
			t.Errorf("trigger %q: CAMEO %s has no entry", k, tr.code)
		}
		if len(tr.preps) == 0 {
			t.Errorf("trigger %q: no recipient position", k)
		}
	}
}

func TestLemmas(t *testing.T) {
	tests := []struct{ word, tagged, want string }{
		{"met", "", "meet"}, {"invaded", "invad", "invade"}, {"planned", "", "plan"},
		{"talks", "talk", "talk"}, {"hosted", "host", "host"}, {"arrested", "", "arrest"},
	}
	for _, tt := range tests {
		if got := lemmaOf(tt.word, tt.tagged); got != tt.want {
			t.Errorf("lemmaOf(%q, %q) = %q, want %q", tt.word, tt.tagged, got, tt.want)
		}
	}
}
