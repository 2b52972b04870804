package petrarch

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("20060102", s)
	if err != nil {
		panic(err)
	}
	return t
}

const testActors = `<!-- a comment
# spanning lines -->
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN   # a synonym
THE_SHIRE  [FRO/BIL/SAM]
GOLLUM  # codes below
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
SAM_GAMGEE [HOB]
	[ORCHOB 20100109-20100112]
	[HOBMIL 20080120-20121109]
ONODOHER
	[ONO <911226]
NASGUL [###]
CARAS GALADHON [ELF]
`

func TestReadActors(t *testing.T) {
	as, err := ReadActors(strings.NewReader(testActors))
	if err != nil {
		t.Fatal(err)
	}
	d := New(as, nil, nil, nil)
	base := d.ActorBase()
	tests := []struct {
		name, date string
		code       string
		ok         bool
	}{
		{"Gondor", "19950101", "GON", true},
		{"Minas Tirith", "19950101", "GON", true},
		{"anorien", "", "GON", true},
		{"The Shire", "19950101", "FRO", true},
		{"Smeagol", "19950531", "HOB", true},
		{"Smeagol", "19950601", "HOBGOV", true},
		{"Gollum", "19990815", "HOBGOV", true},
		{"Gollum", "19990816", "", false}, // between the ranges: no default
		{"Gollum", "20010101", "HOBREB", true},
		{"Sam Gamgee", "20100110", "ORCHOB", true}, // the first range that holds wins
		{"Sam Gamgee", "20100113", "HOBMIL", true},
		{"Sam Gamgee", "20150101", "HOB", true},
		{"Onodoher", "19900101", "ONO", true},
		{"Onodoher", "19920101", "", false},
		{"Nasgul", "19950101", "", false}, // a null code
		{"Caras Galadhon", "19950101", "ELF", true},
		{"Mordor", "19950101", "", false},
	}
	for _, tc := range tests {
		var at time.Time
		if tc.date != "" {
			at = day(tc.date)
		}
		a, ok := base.Lookup(tc.name, at)
		if ok != tc.ok || a.Code != tc.code {
			t.Errorf("Lookup(%q, %s) = %q, %v; want %q, %v", tc.name, tc.date, a.Code, ok, tc.code, tc.ok)
		}
	}
	if got := as[1].Names[0]; !reflect.DeepEqual(got.Words, []string{"THE", "SHIRE"}) || !got.Connected[1] {
		t.Errorf("THE_SHIRE read as %+v", got)
	}
	if got := as[len(as)-1].Names[0]; got.Connected[1] {
		t.Errorf("CARAS GALADHON should be open: %+v", got)
	}
}

const testAgents = `!PERSON! = MAN, MEN
!MINST! = MINISTER, MINISTRY
PRESIDENT [~GOV] # comment
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
MSF {}  [NGO~]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
AUTHORITY  [~GOV]
`

func TestReadAgents(t *testing.T) {
	as, err := ReadAgents(strings.NewReader(testAgents))
	if err != nil {
		t.Fatal(err)
	}
	names := func(a *Agent) []string {
		var out []string
		for _, n := range a.Names {
			out = append(out, n.String())
		}
		return out
	}
	tests := []struct {
		names  []string
		code   string
		prefix bool
	}{
		{[]string{"PRESIDENT", "PRESIDENTS"}, "GOV", false},
		{[]string{"POLICE"}, "COP", false},
		{[]string{"GOLDEN_GOOSE", "GOLDEN_GEESE"}, "GGS", false},
		{[]string{"MSF"}, "NGO", true},
		{[]string{"CONGRESSMAN", "CONGRESSMEN", "CONGRESSMEN", "CONGRESSMENS"}, "LEG", false},
		{[]string{"MINISTER_OF_SILLY_WALKS", "MINISTER_OF_SILLY_WALKSES", "MINISTRY_OF_SILLY_WALKS", "MINISTRY_OF_SILLY_WALKSES"}, "GOV", false},
		{[]string{"AUTHORITY", "AUTHORITIES"}, "GOV", false},
	}
	if len(as) != len(tests) {
		t.Fatalf("read %d agents, want %d", len(as), len(tests))
	}
	for i, tc := range tests {
		a := as[i]
		if got := names(a); !reflect.DeepEqual(got, tc.names) || a.Code != tc.code || a.Prefix != tc.prefix {
			t.Errorf("agent %d = %v %q prefix=%v; want %v %q prefix=%v", i, got, a.Code, a.Prefix, tc.names, tc.code, tc.prefix)
		}
	}
}

const testVerbs = `&CURRENCY
+DOLLARS
+SWISS FRANCS

&NEG
+DID N'T
+WILL NOT

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN }
- + KNOWN_ * IN_ $  [076]  # comment
- * TREATY  [161]

--- CONFISCATE  [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
DOWNPLAY [014]
- &NEG * [081]

--- LEFT  [032:033]  ---
LEFT
`

func TestReadVerbs(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader(testVerbs))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		form       string
		pre, post  []string
		block      string
		code       string
		npatterns  int
		firstScore int
	}{
		{"BREAK", nil, nil, "BREAK", "", 2, 4},
		{"BROKEN", nil, nil, "BREAK", "", 2, 4},
		{"BREAKS", nil, nil, "BREAK", "", 2, 4},
		{"TAPPED", []string{"WIRE"}, nil, "CONFISCATE", "", 1, 1},
		{"CONFISCATED", nil, nil, "CONFISCATE", "", 1, 1},
		{"DOWNPLAYED", nil, nil, "CONFISCATE", "014", 1, 1},
		{"LEFT", nil, nil, "LEFT", "", 0, 0},
	}
	for _, tc := range tests {
		vs := v.Lookup(tc.form)
		if len(vs) == 0 {
			t.Errorf("%s: not found", tc.form)
			continue
		}
		got := vs[0]
		if !reflect.DeepEqual(got.Pre, tc.pre) && len(got.Pre)+len(tc.pre) > 0 ||
			!reflect.DeepEqual(got.Post, tc.post) && len(got.Post)+len(tc.post) > 0 ||
			got.Block.Name != tc.block || got.Code != tc.code || len(got.Block.Patterns) != tc.npatterns {
			t.Errorf("%s: got pre %v post %v block %s code %q patterns %d", tc.form, got.Pre, got.Post, got.Block.Name, got.Code, len(got.Block.Patterns))
			continue
		}
		if tc.npatterns > 0 && got.Block.Patterns[0].score != tc.firstScore {
			t.Errorf("%s: first pattern %q scores %d, want %d", tc.form, got.Block.Patterns[0].Text, got.Block.Patterns[0].score, tc.firstScore)
		}
	}
	// BREAK_DOWN: the verb word BREAK/BROKE/BROKEN with DOWN after it
	found := false
	for _, vb := range v.Lookup("BROKEN") {
		if len(vb.Post) == 1 && vb.Post[0] == "DOWN" {
			found = true
		}
	}
	if !found {
		t.Error("BROKEN DOWN not read")
	}
	if got := v.Blocks[2].Code; got != "032:033" {
		t.Errorf("LEFT code %q", got)
	}
	p := v.Blocks[0].Patterns[0]
	want := []Elem{{Kind: ElemTarget}, {Kind: ElemWord, Word: "KNOWN"}, {Kind: ElemVerb}, {Kind: ElemWord, Word: "IN"}, {Kind: ElemSource}}
	if !reflect.DeepEqual(p.Elems, want) || p.Code != "076" {
		t.Errorf("pattern %q read as %+v [%s]", p.Text, p.Elems, p.Code)
	}
	if m := v.Synsets["CURRENCY"]; len(m) != 2 || len(m[1]) != 2 || !m[1][1].Conn {
		t.Errorf("synset CURRENCY read as %+v", m)
	}
}

func TestReadDiscards(t *testing.T) {
	ds, err := ReadDiscards(strings.NewReader("# c\nMONTHS LATER\n+World Golf Championships   # x\nBASEBALL\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		words string
		story bool
	}{{"MONTHS_LATER", false}, {"WORLD_GOLF_CHAMPIONSHIPS", true}, {"BASEBALL", false}}
	if len(ds) != len(want) {
		t.Fatalf("read %d discards", len(ds))
	}
	for i, w := range want {
		if ds[i].Phrase.String() != w.words || ds[i].Story != w.story {
			t.Errorf("discard %d = %s %v, want %s %v", i, ds[i].Phrase, ds[i].Story, w.words, w.story)
		}
	}
}

func TestParseDatedCode(t *testing.T) {
	tests := []struct {
		in   string
		want DatedCode
		err  bool
	}{
		{"GON", DatedCode{Code: "GON"}, false},
		{"HOB < 950601", DatedCode{Code: "HOB", Kind: Before, From: 19950601}, false},
		{"HOBREB >20130119", DatedCode{Code: "HOBREB", Kind: After, From: 20130119}, false},
		{"AFGELI 730717-070723", DatedCode{Code: "AFGELI", Kind: Between, From: 19730717, To: 20070723}, false},
		{"HOBGOV 19950601 - 19990815", DatedCode{Code: "HOBGOV", Kind: Between, From: 19950601, To: 19990815}, false},
		{"X 12-", DatedCode{}, true},
	}
	for _, tc := range tests {
		got, err := parseDatedCode(tc.in)
		if (err != nil) != tc.err || !tc.err && got != tc.want {
			t.Errorf("parseDatedCode(%q) = %+v, %v", tc.in, got, err)
		}
	}
}
