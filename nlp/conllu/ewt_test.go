package conllu

import (
	"os"
	"path/filepath"
	"testing"
)

// ewtDev is the EWT dev file, relative to this package's directory.
var ewtDev = filepath.Join("..", "..", "..", "shared", "data", "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")

func TestEWTTextRoundTrip(t *testing.T) {
	if _, err := os.Stat(ewtDev); err != nil {
		t.Skip("EWT dev absent (../shared/data/ud): skipping")
	}
	sents, err := ReadFile(ewtDev)
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, s := range sents {
		if got := Doc([]Sentence{s}).Text; got != s.Text {
			bad++
			if bad < 4 {
				t.Logf("%s: %q != %q", s.ID, got, s.Text)
			}
		}
	}
	if len(sents) != 2001 || bad > 0 {
		t.Errorf("%d sentences, %d texts differ", len(sents), bad)
	}
}
