package petrarch

import (
	"io"
	"strings"
)

// Discard is a phrase whose presence discards a sentence, or with Story
// the whole story ("+TYPHOON").
type Discard struct {
	Phrase Phrase
	Story  bool
}

// ReadDiscards reads a PETRARCH discard list: one phrase a line, '+' for
// story-level discards.
func ReadDiscards(r io.Reader) ([]Discard, error) {
	lines, err := readLines(r)
	if err != nil {
		return nil, err
	}
	var out []Discard
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		d := Discard{}
		if t[0] == '+' {
			d.Story = true
			t = t[1:]
		}
		if i := strings.IndexByte(t, '['); i >= 0 {
			t = t[:i]
		}
		d.Phrase = newPhrase(t)
		// discards are word sequences: spaces connect as well
		for i := range d.Phrase.Connected {
			d.Phrase.Connected[i] = true
		}
		if len(d.Phrase.Words) > 0 {
			out = append(out, d)
		}
	}
	return out, nil
}
