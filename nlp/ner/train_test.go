package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/nlp/conll"
)

// toyDocs makes documents where capitalised names after "met" are PER and
// after "in" are LOC.
func toyDocs() []conll.Document {
	people := []string{"Alice Smith", "Bob", "Carla Jones", "Dmitri"}
	places := []string{"Paris", "New Zorbia", "Lima", "Oslo"}
	var docs []conll.Document
	for i := 0; i < 40; i++ {
		p := strings.Fields(people[i%len(people)])
		l := strings.Fields(places[(i/2)%len(places)])
		words := append([]string{"They", "met"}, p...)
		words = append(words, "in")
		words = append(words, l...)
		words = append(words, ".")
		spans := []conll.Span{
			{Start: 2, End: 2 + len(p), Label: "PER"},
			{Start: 3 + len(p), End: 3 + len(p) + len(l), Label: "LOC"},
		}
		docs = append(docs, conll.Document{ID: "d", Sents: []conll.Sentence{{Words: words, Spans: spans}}})
	}
	return docs
}

func TestTrainToy(t *testing.T) {
	docs := toyDocs()
	m, err := Train(docs, docs[:8], TrainOptions{Epochs: 5, Folds: 1})
	if err != nil {
		t.Fatal(err)
	}
	if ev := m.Evaluate(docs); ev.Overall.F1() < 0.99 {
		t.Errorf("training-set F1 %.3f", ev.Overall.F1())
	}
	// save and load through the file formats
	var w, g bytes.Buffer
	if err := m.p.Save(&w); err != nil {
		t.Fatal(err)
	}
	if err := writeGazetteers(&g, m.gazs); err != nil {
		t.Fatal(err)
	}
	m2, err := LoadModel(&w, &g, nil)
	if err != nil {
		t.Fatal(err)
	}
	sent := conll.Document{Sents: []conll.Sentence{{Words: strings.Fields("They met Carla Jones in Lima .")}}}
	got := m2.TagDoc(sent)[0]
	want := []conll.Span{{Start: 2, End: 4, Label: "PER"}, {Start: 5, End: 6, Label: "LOC"}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("tagged %v, want %v", got, want)
	}
}

func TestEvaluationCounts(t *testing.T) {
	var e Evaluation
	e.add([]conll.Span{{Start: 0, End: 2, Label: "PER"}, {Start: 3, End: 4, Label: "LOC"}},
		[]conll.Span{{Start: 0, End: 2, Label: "PER"}, {Start: 3, End: 4, Label: "ORG"}})
	tests := []struct {
		name string
		got  Counts
		want Counts
	}{
		{"overall", e.Overall, Counts{TP: 1, FP: 1, FN: 1}},
		{"PER", e.PerType["PER"], Counts{TP: 1}},
		{"LOC", e.PerType["LOC"], Counts{FN: 1}},
		{"ORG", e.PerType["ORG"], Counts{FP: 1}},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}
	if f := e.Overall.F1(); f != 0.5 {
		t.Errorf("F1 = %v", f)
	}
}
