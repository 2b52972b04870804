package ner

import (
	"reflect"
	"testing"

	"github.com/dateline-news/dateline/nlp/conll"
)

func TestBILOURoundTrip(t *testing.T) {
	ls := newLabelSet([]string{"LOC", "PER"})
	tests := []struct {
		name  string
		n     int
		spans []conll.Span
		want  []string
	}{
		{"none", 3, nil, []string{"O", "O", "O"}},
		{"unit", 2, []conll.Span{{Start: 1, End: 2, Label: "PER"}}, []string{"O", "U-PER"}},
		{"multi", 4, []conll.Span{{Start: 0, End: 3, Label: "LOC"}}, []string{"B-LOC", "I-LOC", "L-LOC", "O"}},
		{"adjacent", 3, []conll.Span{{Start: 0, End: 2, Label: "PER"}, {Start: 2, End: 3, Label: "PER"}}, []string{"B-PER", "L-PER", "U-PER"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ys := ls.encode(tc.n, tc.spans, nil)
			var got []string
			for _, y := range ys {
				got = append(got, ls.classes[y])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("encode = %v, want %v", got, tc.want)
			}
			if back := ls.decode(ys, nil); !reflect.DeepEqual(back, tc.spans) {
				t.Errorf("decode = %v, want %v", back, tc.spans)
			}
		})
	}
}

func TestConstraints(t *testing.T) {
	ls := newLabelSet([]string{"LOC", "PER"})
	c := func(s string) int {
		for i, x := range ls.classes {
			if x == s {
				return i
			}
		}
		t.Fatalf("no class %s", s)
		return -1
	}
	start := len(ls.classes)
	tests := []struct {
		prev int
		next string
		ok   bool
	}{
		{start, "O", true},
		{start, "B-PER", true},
		{start, "I-PER", false},
		{start, "L-LOC", false},
		{c("B-PER"), "I-PER", true},
		{c("B-PER"), "L-PER", true},
		{c("B-PER"), "L-LOC", false},
		{c("B-PER"), "O", false},
		{c("I-LOC"), "U-LOC", false},
		{c("L-LOC"), "B-LOC", true},
		{c("U-PER"), "I-PER", false},
		{c("O"), "U-LOC", true},
	}
	for _, tc := range tests {
		prevName := "<s>"
		if tc.prev < start {
			prevName = ls.classes[tc.prev]
		}
		if got := ls.allowedAfter[tc.prev][c(tc.next)]; got != tc.ok {
			t.Errorf("%s -> %s allowed = %v, want %v", prevName, tc.next, got, tc.ok)
		}
	}
}

func TestSplitHyphenated(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"pro-democracy", "rally"}, []string{"pro", "-", "democracy", "rally"}},
		{[]string{"Hong", "Kong-based"}, []string{"Hong", "Kong", "-", "based"}},
		{[]string{"--", "-", "x-"}, []string{"--", "-", "x-"}},
		{[]string{"a-b-c"}, []string{"a", "-", "b", "-", "c"}},
	}
	for _, tc := range tests {
		if got := SplitHyphenated(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitHyphenated(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestShapes(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Smith", "Jones"},
		{"1996", "2003"},
		{"U.S.", "U.K."},
	}
	for _, tc := range tests {
		la, sa := shapes(tc.a)
		lb, sb := shapes(tc.b)
		if la != lb || sa != sb {
			t.Errorf("%q and %q should share shapes", tc.a, tc.b)
		}
	}
	if _, s1 := shapes("Smith"); true {
		if _, s2 := shapes("SMITH"); s1 == s2 {
			t.Error("Smith and SMITH share a short shape")
		}
	}
}
