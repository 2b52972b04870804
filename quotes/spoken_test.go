package quotes

import (
	"testing"

	"github.com/dateline-news/dateline/doc"
)

// TestSpoken checks which learned cues the shipped stage keeps as speech
// or stance: verbs of saying, speech acts by their manner, attitudes and
// nouns of speech, but not actions.
func TestSpoken(t *testing.T) {
	tests := []struct {
		word, lemma, tag string
		keep             bool
	}{
		{"said", "say", "VBD", true},
		{"chastised", "chastise", "VBD", true},
		{"scoffed", "scoff", "VBD", true},
		{"resents", "resent", "VBZ", true},
		{"afraid", "afraid", "JJ", true},
		{"convinced", "convinced", "JJ", true},
		{"criticism", "criticism", "NN", true},
		{"findings", "finding", "NNS", true},
		{"painted", "paint", "VBD", true},
		{"voted", "vote", "VBD", true},
		{"decided", "decide", "VBD", true},
		{"obvious", "obvious", "JJ", true},
		{"signed", "sign", "VBD", false},
		{"appointed", "appoint", "VBD", false},
		{"seems", "seem", "VBZ", false},
	}
	for _, tc := range tests {
		d := &doc.Doc{Text: tc.word, Tokens: []doc.Token{{Range: doc.Range{Start: 0, End: len(tc.word)}, Text: tc.word, Lemma: tc.lemma, Tag: tc.tag}}}
		q := &doc.Quote{CueRange: d.Tokens[0].Range}
		if got := len(spoken(d, []*doc.Quote{q})) == 1; got != tc.keep {
			t.Errorf("%s/%s: kept %v, want %v", tc.word, tc.tag, got, tc.keep)
		}
	}
}
