package petrarch

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

// parsed builds a one-sentence Doc from "word/TAG/head/dep" items (heads
// 0-based, -1 for the root).
func parsed(t *testing.T, spec string) *doc.Doc {
	t.Helper()
	var words []string
	var toks []doc.Token
	pos := 0
	for _, it := range strings.Fields(spec) {
		f := strings.Split(it, "/")
		if len(f) != 4 {
			t.Fatalf("bad item %q", it)
		}
		h := 0
		neg := strings.HasPrefix(f[2], "-")
		for _, r := range strings.TrimPrefix(f[2], "-") {
			h = h*10 + int(r-'0')
		}
		if neg {
			h = -h
		}
		words = append(words, f[0])
		toks = append(toks, doc.Token{Range: doc.Range{Start: pos, End: pos + len(f[0])}, Text: f[0],
			Tag: f[1], Lemma: strings.ToLower(f[0]), Head: h, Dep: f[3]})
		pos += len(f[0]) + 1
	}
	d := doc.New(dateline.Article{Text: strings.Join(words, " ")}, day("19950101"))
	d.Tokens = toks
	d.Sents = []doc.Sentence{{Range: doc.Range{Start: 0, End: pos - 1}, First: 0, Last: len(toks)}}
	return d
}

func TestCoder(t *testing.T) {
	as, _ := ReadActors(strings.NewReader("GONDOR [GON]\nMORDOR [MOR]\n+BARAD-DUR\nARNOR [ARN]\n"))
	ag, _ := ReadAgents(strings.NewReader("GOVERNMENT [~GOV]\nMSF {} [NGO~]\n"))
	vs, _ := ReadVerbs(strings.NewReader(testVerbs + "\n--- CONDEMN [122] ---\nCONDEMN\n- ISSUE * [132]\n--- FREE [066] ---\nFREE\n- + * FROM $ [066]\n"))
	ds, _ := ReadDiscards(strings.NewReader("BASEBALL\n"))
	c := NewCoder(New(as, ag, vs, ds), DefaultOptions())
	tests := []struct {
		name, spec string
		want       []string
	}{
		{"active", "Gondor/NNP/1/nsubj condemned/VBD/-1/root Mordor/NNP/1/obj ./././punct",
			[]string{"GON MOR 122"}},
		{"agent and possessive", "Gondor/NNP/2/nmod:poss 's/POS/0/case government/NN/3/nsubj condemned/VBD/-1/root Mordor/NNP/3/obj",
			[]string{"GONGOV MOR 122"}},
		{"prefix agent", "MSF/NNP/1/compound Arnor/NNP/2/nsubj condemned/VBD/-1/root Mordor/NNP/2/obj",
			[]string{"NGOARN MOR 122"}},
		{"passive with by", "Mordor/NNP/2/nsubj:pass was/VBD/2/aux:pass condemned/VBN/-1/root by/IN/4/case Gondor/NNP/2/obl",
			[]string{"GON MOR 122"}},
		{"compound subject", "Gondor/NNP/3/nsubj and/CC/2/cc Arnor/NNP/0/conj condemned/VBD/-1/root Mordor/NNP/3/obj",
			[]string{"GON MOR 122", "ARN MOR 122"}},
		{"upper pattern", "Gondor/NNP/2/nsubj issue/NN/2/nsubj condemned/VBD/-1/root Mordor/NNP/2/obj",
			[]string{"GON MOR 132"}},
		{"paired default", "Gondor/NNP/1/nsubj left/VBD/-1/root for/IN/3/case Mordor/NNP/1/obl",
			[]string{"GON MOR 032", "MOR GON 033"}},
		{"target and source from pattern", "Gondor/NNP/2/nsubj:pass was/VBD/2/aux:pass freed/VBN/-1/root from/IN/4/case Barad-dur/NNP/2/obl",
			[]string{"MOR GON 066"}},
		{"multi-word verb", "Gondor/NNP/1/nsubj broke/VBD/-1/root down/RP/1/compound:prt a/DT/4/det treaty/NN/1/obj with/IN/6/case Mordor/NNP/4/nmod",
			[]string{"GON MOR 161"}},
		{"no target", "Gondor/NNP/1/nsubj condemned/VBD/-1/root it/PRP/1/obj", nil},
		{"discard", "Gondor/NNP/1/nsubj condemned/VBD/-1/root Mordor/NNP/1/obj baseball/NN/2/dep", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, k := range c.Code(parsed(t, tc.spec), day("19950101")) {
			got = append(got, k.Source+" "+k.Target+" "+k.Code)
		}
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestEvents(t *testing.T) {
	as, _ := ReadActors(strings.NewReader("GONDOR [GON]\nMORDOR [MOR]\n"))
	vs, _ := ReadVerbs(strings.NewReader("--- CONDEMN [122] ---\nCONDEMN\n"))
	c := NewCoder(New(as, nil, vs, nil), DefaultOptions())
	d := parsed(t, "Gondor/NNP/1/nsubj condemned/VBD/-1/root Mordor/NNP/1/obj")
	es := c.Events(d, day("19950101"))
	if len(es) != 1 {
		t.Fatalf("got %d events", len(es))
	}
	e := es[0]
	if e.Cameo != "122" || e.QuadClass != 3 || e.Date != "1995-01-01" || e.Actors[0].Actor.Code != "GON" ||
		e.Recipients[0].Name != "Mordor" || d.Slice(e.Mentions[0].Trigger) != "condemned" {
		t.Errorf("event %+v", e)
	}
}

func TestQuadClass(t *testing.T) {
	for code, want := range map[string]int{"036": 1, "0311": 1, "064": 2, "122": 3, "1721": 4, "190": 4, "223": 0, "---": 0, "1": 0} {
		if got := QuadClass(code); got != want {
			t.Errorf("QuadClass(%q) = %d, want %d", code, got, want)
		}
	}
}
