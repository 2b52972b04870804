package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

const sampleDict = `# a comment
AFGHANISTAN_  [AFG]
+KABUL_
+AFGHAN_

ROBERT_KOCHARYAN_  # CountryInfo.txt
	[ARMELI 720101-970320]
	[ARMGOV 980204-080409]
AFGHAN_ARMY_ [AFGMIL]
UN_SECURITY_COUNCIL_
+SECURITY_COUNCIL
	[IGOUNO] # NGO_Actors
`

func TestDictionaryGazetteer(t *testing.T) {
	g, err := dictionaryGazetteer([]dictSource{{kind: "countries", r: strings.NewReader(sampleDict)}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want int // category of the match starting at the first word, 0 none
	}{
		{"Afghanistan", dictPlace},
		{"KABUL", dictPlace},
		{"Robert Kocharyan", dictPerson},
		{"Kocharyan", dictSurname},
		{"Afghan Army", dictActor},
		{"Security Council", dictActor},
		{"UN Security Council", dictActor},
		{"Robert", 0},
		{"Paris", 0},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		toks := make([]tokInfo, len(words))
		for i, w := range words {
			toks[i].word = w
			toks[i].lower = hashLower(perceptron.NewHasher(0), w).Sum()
		}
		g.mark(toks, 0)
		got := 0
		for k := 0; k < toks[0].ngaz; k++ {
			v := int(toks[0].gaz[k])
			p := (v - 1) % 4
			if (len(words) == 1 && p == pU) || (len(words) > 1 && p == pB) {
				got = (v-1)/4 + 1
			}
		}
		if got != tc.want {
			t.Errorf("%q: category %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestWriteDictionaryGazetteer regenerates models/dict.gaz.gz from the
// PETRARCH2 actor dictionaries in ../shared when DATELINE_WRITE_DICT is set.
func TestWriteDictionaryGazetteer(t *testing.T) {
	if os.Getenv("DATELINE_WRITE_DICT") == "" {
		t.Skip("set DATELINE_WRITE_DICT=1 to rebuild models/dict.gaz.gz")
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "events", "phoenix-dictionaries")
	var files []dictSource
	for _, f := range []struct{ name, kind string }{
		{"Phoenix.Countries.actors.txt", "countries"},
		{"Phoenix.International.actors.txt", "international"},
		{"Phoenix.MilNonState.actors.txt", "groups"},
	} {
		r, err := os.Open(filepath.Join(dir, f.name))
		if err != nil {
			t.Skipf("dictionaries not found: %v", err)
		}
		defer r.Close()
		files = append(files, dictSource{kind: f.kind, r: r})
	}
	g, err := dictionaryGazetteer(files)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join("models", "dict.gaz.gz")
	if v := os.Getenv("DATELINE_WRITE_DICT"); v != "1" {
		out = v
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeGazetteers(w, []*gazetteer{g}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d keys written to %s", g.m.len(), out)
}
