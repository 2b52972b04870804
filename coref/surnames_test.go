package coref

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/doc"
)

func TestMergeSurnames(t *testing.T) {
	tests := []struct {
		name string
		ents []string // "Name/TYPE"; the first is the short name
		into int      // entity that ends with the short name's mention; -1: none
	}{
		{"one person", []string{"Merkel/PERSON", "Angela Merkel/PERSON", "Emmanuel Macron/PERSON"}, 1},
		{"two people share it", []string{"Clinton/PERSON", "Hillary Clinton/PERSON", "Bill Clinton/PERSON"}, -1},
		{"not a suffix", []string{"Angela/PERSON", "Angela Merkel/PERSON"}, -1},
		{"a place in the body", []string{"Merkel/GPE", "Angela Merkel/PERSON"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// the short name's only mention is in the body (sentence 1)
			d := &doc.Doc{
				Text:   "Headline here.\nBody text.",
				Tokens: []doc.Token{{Text: "Headline", Sent: 0}, {Text: "Body", Sent: 1}, {Text: "text", Sent: 1}},
				Sents:  []doc.Sentence{{First: 0, Last: 1}, {First: 1, Last: 3}},
			}
			for i, e := range tt.ents {
				name, typ, _ := strings.Cut(e, "/")
				d.Spans = append(d.Spans, doc.Span{First: 1, Last: 2, Kind: doc.KindName, Label: typ, Entity: i})
				d.Entities = append(d.Entities, &doc.Entity{Name: name, Type: typ, Mentions: []int{i}})
			}
			c := &clusterer{d: d, r: New(), byKey: map[string]int{}}
			c.mergeSurnames()
			got := d.Spans[0].Entity
			want := tt.into
			if want < 0 {
				want = 0
			}
			if got != want {
				t.Errorf("short name's mention in entity %d, want %d", got, want)
			}
			if tt.into >= 0 && len(d.Entities[0].Mentions) != 0 {
				t.Errorf("merged entity keeps %d mentions", len(d.Entities[0].Mentions))
			}
		})
	}
}
