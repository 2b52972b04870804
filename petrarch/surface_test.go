package petrarch

import (
	"strings"
	"testing"
)

// TestParseVariation codes each sentence under a correct parse and under
// a wrong one of the kind Dateline's parsers make; both must code alike.
func TestParseVariation(t *testing.T) {
	as, _ := ReadActors(strings.NewReader("GONDOR [GON]\nMORDOR [MOR]\nARNOR [ARN]\nROHAN [ROH]\nBREE [BRE]\nOSGILIATH [OSG]\n"))
	ag, _ := ReadAgents(strings.NewReader("GOVERNMENT [~GOV]\n"))
	vs, _ := ReadVerbs(strings.NewReader(`--- CONDEMN [122] ---
CONDEMN
--- WELCOME [041] ---
WELCOME
--- PROMISE [050] ---
PROMISE
--- OPPOSE [112] ---
OPPOSE
--- APPEAL [095] ---
APPEAL
--- DEPART [032] ---
DEPART
--- BURN [222] ---
BURN
--- ATTACK [190] ---
ATTACK
`))
	// no comma-clause deletion: the parses are the subject here
	c := NewCoder(New(as, ag, vs, nil), Options{RequireDyad: true})
	tests := []struct {
		name         string
		right, wrong string
		want         []string
	}{
		{"list read as apposition",
			"Mordor/NNP/5/nsubj ,/,/2/punct Rohan/NNP/0/conj and/CC/4/cc Bree/NNP/0/conj welcomed/VBD/-1/root Osgiliath/NNP/5/obj ./././punct",
			"Mordor/NNP/5/nsubj ,/,/2/punct Rohan/NNP/0/appos and/CC/4/cc Bree/NNP/2/conj welcomed/VBD/-1/root Osgiliath/NNP/5/obj ./././punct",
			[]string{"MOR OSG 041", "ROH OSG 041", "BRE OSG 041"}},
		{"object read as parataxis",
			"Gondor/NNP/1/nsubj promised/VBD/-1/root aid/NN/1/obj to/IN/4/case Arnor/NNP/2/nmod ./././punct",
			"Gondor/NNP/1/nsubj promised/VBD/-1/root aid/NN/1/parataxis to/IN/4/case Arnor/NNP/2/nmod ./././punct",
			[]string{"GON ARN 050"}},
		{"conjoined verb's object attached to the first verb",
			"Gondor/NNP/1/nsubj condemned/VBD/-1/root Mordor/NNP/1/obj and/CC/4/cc promised/VBD/1/conj aid/NN/4/obj to/IN/7/case Arnor/NNP/5/nmod ./././punct",
			"Gondor/NNP/1/nsubj condemned/VBD/-1/root Mordor/NNP/1/obj and/CC/4/cc promised/VBN/1/conj aid/NN/1/obl to/IN/7/case Arnor/NNP/5/nmod ./././punct",
			[]string{"GON MOR 122", "GON ARN 050"}},
		{"'by' agent attached to an adverb",
			"Mordor/NNP/2/nsubj:pass was/VBD/2/aux:pass opposed/VBN/-1/root earlier/RBR/2/advmod by/IN/5/case Gondor/NNP/2/obl:agent ./././punct",
			"Mordor/NNP/2/nsubj:pass was/VBD/2/aux:pass opposed/VBN/-1/root earlier/RBR/2/advmod by/IN/5/case Gondor/NNP/3/obl ./././punct",
			[]string{"GON MOR 112"}},
		{"active verb read as passive with a 'for' agent",
			"Gondor/NNP/2/nsubj has/VBZ/2/aux appealed/VBN/-1/root for/IN/4/case peace/NN/2/obl in/IN/6/case Arnor/NNP/4/nmod ./././punct",
			"Gondor/NNP/2/nsubj:pass has/VBZ/2/aux appealed/VBN/-1/root for/IN/4/case peace/NN/2/obl:agent in/IN/6/case Arnor/NNP/4/nmod ./././punct",
			[]string{"GON ARN 095"}},
		{"verb tagged as a noun",
			"Gondor/NNP/1/nsubj departs/VBZ/6/ccomp from/IN/3/case Arnor/NNP/1/obl ,/,/6/punct sources/NNS/6/nsubj said/VBD/-1/root ./././punct",
			"Gondor/NNP/1/compound departs/NNS/6/nsubj from/IN/3/case Arnor/NNP/1/nmod ,/,/6/punct sources/NNS/6/nsubj said/VBD/-1/root ./././punct",
			[]string{"GON ARN 032"}},
		{"subject of an embedded clause read as the verb's",
			"Gondor/NNP/1/nsubj welcomed/VBD/-1/root Arnor/NNP/1/obj and/CC/4/cc Mordor/NNP/2/conj ./././punct",
			"Gondor/NNP/1/nsubj welcomed/VBD/-1/root Arnor/NNP/1/nsubj and/CC/4/cc Mordor/NNP/2/conj ./././punct",
			[]string{"GON ARN 041", "GON MOR 041"}},
		{"adverbial clause inside a coded event",
			"Arnor/NNP/1/nsubj condemned/VBD/-1/root Gondor/NNP/1/obj after/IN/5/mark Mordor/NNP/5/nsubj burned/VBD/1/advcl Bree/NNP/5/obj ./././punct",
			"Arnor/NNP/1/nsubj condemned/VBD/-1/root Gondor/NNP/1/obj after/IN/4/case Mordor/NNP/1/obl burned/VBD/1/conj Bree/NNP/5/obj ./././punct",
			[]string{"ARN GON 122"}},
		{"names around ', and' that is no list",
			"Arnor/NNP/1/nsubj attacked/VBD/-1/root Gondor/NNP/1/obj ,/,/6/punct and/CC/6/cc Mordor/NNP/6/nsubj condemned/VBD/1/conj Bree/NNP/6/obj ./././punct",
			"Arnor/NNP/1/nsubj attacked/VBD/-1/root Gondor/NNP/1/obj ,/,/5/punct and/CC/5/cc Mordor/NNP/2/conj condemned/VBD/1/conj Bree/NNP/6/obj ./././punct",
			[]string{"ARN GON 190", "MOR BRE 122"}},
	}
	for _, tc := range tests {
		for _, spec := range []string{tc.right, tc.wrong} {
			var got []string
			for _, k := range c.Code(parsed(t, spec), day("19950101")) {
				got = append(got, k.Source+" "+k.Target+" "+k.Code)
			}
			if strings.Join(got, ";") != strings.Join(tc.want, ";") {
				t.Errorf("%s (%s): got %v, want %v", tc.name, spec, got, tc.want)
			}
		}
	}
}

func TestSurfacePassive(t *testing.T) {
	tests := []struct {
		spec string
		verb int
		want bool
	}{
		{"Mordor/NNP/2/nsubj:pass was/VBD/2/aux:pass opposed/VBN/-1/root", 2, true},
		{"Mordor/NNP/3/nsubj:pass was/VBD/3/aux:pass not/RB/3/advmod opposed/VBN/-1/root", 3, true},
		{"Mordor/NNP/2/nsubj:pass has/VBZ/2/aux appealed/VBN/-1/root", 2, false},
		{"Mordor/NNP/1/nsubj opposed/VBD/-1/root", 1, false},
	}
	c := NewCoder(New(nil, nil, nil, nil), DefaultOptions())
	for _, tc := range tests {
		s := c.newSent(parsed(t, tc.spec), 0, day("19950101"))
		if got := s.surfacePassive(tc.verb); got != tc.want {
			t.Errorf("%s: surfacePassive = %v, want %v", tc.spec, got, tc.want)
		}
	}
}

func TestCyclicParse(t *testing.T) {
	as, _ := ReadActors(strings.NewReader("GONDOR [GON]\nMORDOR [MOR]\n"))
	vs, _ := ReadVerbs(strings.NewReader("--- CONDEMN [122] ---\nCONDEMN\n"))
	c := NewCoder(New(as, nil, vs, nil), DefaultOptions())
	tests := []struct{ name, spec string }{
		{"two-cycle", "Gondor/NNP/1/nsubj condemned/VBD/2/root Mordor/NNP/1/obj"},
		{"self-loop", "Gondor/NNP/0/nsubj condemned/VBD/-1/root Mordor/NNP/1/obj"},
	}
	for _, tc := range tests {
		_ = c.Code(parsed(t, tc.spec), day("19950101")) // must return
	}
}
