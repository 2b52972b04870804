package parser

import (
	"fmt"
	"testing"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// TestFormCache checks that the form cache gives what the parser computes
// of a form and tag, when the form is new, when it is cached, and after
// the cache has started over.
func TestFormCache(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := func(form, tag string) word {
		bits, _ := p.clu.LookupFold(form, nil)
		return word{wordHash(form), p.tagID(tag), perceptron.NewHasher(2).Str(bits).Sum(), perceptron.NewHasher(3).Str(bits[:min(4, len(bits))]).Sum()}
	}
	tests := []struct{ form, tag string }{
		{"Reuters", "NNP"},
		{"REUTERS", "NNP"},
		{"reuters", "NN"},
		{"said", "VBD"},
		{"said", "VBN"},
		{"“", "``"},
		{"zzxqv", "NN"},
		{"", "NN"},
		{"Putin", "no such tag"},
	}
	c := formCache{}
	for pass := range 2 {
		for _, tc := range tests {
			e, _ := p.word(c, tc.form, tc.tag, nil)
			if w := want(tc.form, tc.tag); e.k != w {
				t.Errorf("pass %d, %q/%s: %+v, want %+v", pass, tc.form, tc.tag, e.k, w)
			}
		}
	}
	if len(c) != len(tests) {
		t.Errorf("%d forms cached, want %d", len(c), len(tests))
	}
	for i := range formWords {
		p.word(c, fmt.Sprint("w", i), "NN", nil)
	}
	if len(c) > formWords {
		t.Errorf("%d forms cached, more than %d", len(c), formWords)
	}
	for _, tc := range tests {
		if e, _ := p.word(c, tc.form, tc.tag, nil); e.k != want(tc.form, tc.tag) {
			t.Errorf("after starting over, %q/%s: %+v", tc.form, tc.tag, e.k)
		}
	}
}
