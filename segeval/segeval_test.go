package segeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/conllu"
	"github.com/dateline-news/dateline/segment"
)

const sample = `# newdoc id = d1
# newpar
# sent_id = 1
1-2	Don't	_	_	_	_	_	_	_	_
1	Do	do	AUX	VBP	_	3	aux	_	_
2	n't	not	PART	RB	_	3	advmod	_	_
3	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = 2
1	Stay	stay	VERB	VB	_	0	root	_	SpaceAfter=No
2	!	!	PUNCT	.	_	1	punct	_	_

# newpar
# sent_id = 3
1	Mr.	Mr.	PROPN	NNP	_	2	compound	_	_
2	Smith	Smith	PROPN	NNP	_	3	nsubj	_	_
3	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

# newdoc id = d2
# sent_id = 4
1	Hello	hello	INTJ	UH	_	0	root	_	_
`

func TestDocuments(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	docs := Documents(sents)
	tests := []struct {
		id, text     string
		words, sents int
	}{
		{"d1", "Don't go. Stay!\n\nMr. Smith left.", 10, 3},
		{"d2", "Hello", 1, 1},
	}
	if len(docs) != len(tests) {
		t.Fatalf("%d documents, want %d", len(docs), len(tests))
	}
	for i, tc := range tests {
		d := docs[i]
		if d.ID != tc.id || d.Text != tc.text || len(d.Words) != tc.words || len(d.Sents) != tc.sents {
			t.Errorf("doc %d = %q %q %d words %d sentences, want %q %q %d %d", i, d.ID, d.Text, len(d.Words), len(d.Sents), tc.id, tc.text, tc.words, tc.sents)
		}
		for _, w := range d.Words {
			if strings.ContainsAny(d.Text[w.Start:w.End], " \n") {
				t.Errorf("word %q spans a space", d.Text[w.Start:w.End])
			}
		}
	}
	if w := docs[0].Words[1]; docs[0].Text[w.Start:w.End] != "n't" {
		t.Errorf("second word %q, want n't", docs[0].Text[w.Start:w.End])
	}
}

// splitter is a fake stage: one token per space-separated chunk, one
// sentence per paragraph.
type splitter struct{}

func (splitter) Name() string { return "fake" }
func (splitter) Process(d *doc.Doc) error {
	for pi, para := range strings.Split(d.Text, "\n\n") {
		off := strings.Index(d.Text, para)
		first := len(d.Tokens)
		pos := off
		for _, f := range strings.Fields(para) {
			s := strings.Index(d.Text[pos:], f) + pos
			d.Tokens = append(d.Tokens, doc.Token{Range: doc.Range{Start: s, End: s + len(f)}, Text: f})
			pos = s + len(f)
		}
		d.Sents = append(d.Sents, doc.Sentence{Range: doc.Range{Start: off, End: off + len(para)}, First: first, Last: len(d.Tokens), Para: pi})
	}
	return nil
}

func TestEvaluate(t *testing.T) {
	sents, _ := conllu.Read(strings.NewReader(sample))
	r, err := Evaluate(Documents(sents), splitter{})
	if err != nil {
		t.Fatal(err)
	}
	// fake tokens: Don't go. Stay! | Mr. Smith left. | Hello: only "Mr.",
	// "Smith" and "Hello" match; sentences: "Mr. Smith left." and "Hello"
	want := Result{Docs: 2, GoldWords: 11, PredWords: 7, MatchWords: 3, GoldSents: 4, PredSents: 3, MatchSents: 2}
	if r != want {
		t.Errorf("got %+v, want %+v", r, want)
	}
	p, rec, f1 := r.SentencePRF()
	if p != 2.0/3 || rec != 0.5 || f1 < 0.57 || f1 > 0.572 {
		t.Errorf("sentence P/R/F1 = %v %v %v", p, rec, f1)
	}
}

// ewtDev is UD English EWT's development file, relative to this package.
var ewtDev = filepath.Join("..", "..", "shared", "data", "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")

// TestEWTFloor guards the segment stage's scores on EWT dev against
// regressions (measured: see README).
func TestEWTFloor(t *testing.T) {
	if _, err := os.Stat(ewtDev); err != nil {
		t.Skip("UD English EWT absent (../shared/data/ud): skipping")
	}
	sents, err := conllu.ReadFile(ewtDev)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Evaluate(Documents(sents), segment.New())
	if err != nil {
		t.Fatal(err)
	}
	_, _, wf := r.WordPRF()
	_, _, sf := r.SentencePRF()
	t.Logf("EWT dev: token F1 %.4f, sentence F1 %.4f (%d documents)", wf, sf, r.Docs)
	// measured 0.9673 / 0.8047 (EWT splits most hyphenated compounds,
	// which Dateline keeps whole, and its web text has sentences without
	// capitals or final stops)
	if wf < 0.962 || sf < 0.80 {
		t.Errorf("token F1 %.4f (guard 0.962), sentence F1 %.4f (guard 0.80)", wf, sf)
	}
}
