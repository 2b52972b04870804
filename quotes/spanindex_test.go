package quotes

import (
	"testing"

	"github.com/dateline-news/dateline/doc"
)

// TestSpanIndex checks that every question the span index answers gets
// the answer a scan of all spans gives, for spans present when the index
// was built and for spans added after it.
func TestSpanIndex(t *testing.T) {
	newDoc := func() *doc.Doc {
		d := &doc.Doc{Tokens: make([]doc.Token, 12)}
		d.Spans = []doc.Span{
			{First: 0, Last: 2, Kind: doc.KindName, Label: "PERSON"},
			{First: 3, Last: 5, Kind: doc.KindTime, Label: "DATE"},
			{First: 3, Last: 4, Kind: doc.KindTime, Label: "DATE"}, // starts where the first does
			{First: 4, Last: 5, Kind: doc.KindTime, Label: "DATE"}, // ends where the first does
			{First: 6, Last: 7, Kind: doc.KindNominal, Label: "TIME"},
			{First: -1, Last: -1, Kind: doc.KindName, Label: "ORG"},
			{First: 8, Last: 8, Kind: doc.KindTime, Label: "DATE"}, // empty
		}
		return d
	}
	added := []doc.Span{
		{First: 9, Last: 10, Kind: doc.KindName, Label: "PERSON"},
		{First: 10, Last: 12, Kind: doc.KindTime, Label: "TIME"},
		{First: 3, Last: 6, Kind: doc.KindTime, Label: "DATE"}, // later than the indexed one
	}
	tests := []struct {
		name string
		add  []doc.Span
	}{
		{"indexed spans only", nil},
		{"spans added after indexing", added},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plain, indexed := newDoc(), newDoc()
			done := indexSpans(indexed)
			defer done()
			plain.Spans = append(plain.Spans, tc.add...)
			indexed.Spans = append(indexed.Spans, tc.add...)
			for i := -1; i <= len(plain.Tokens)+1; i++ {
				if got, want := inNameSpan(indexed, i), inNameSpan(plain, i); got != want {
					t.Errorf("inNameSpan(%d) = %v, want %v", i, got, want)
				}
				if got, want := inTimeSpan(indexed, i), inTimeSpan(plain, i); got != want {
					t.Errorf("inTimeSpan(%d) = %v, want %v", i, got, want)
				}
				if got, want := timeSpanEnding(indexed, i), timeSpanEnding(plain, i); got != want {
					t.Errorf("timeSpanEnding(%d) = %v, want %v", i, got, want)
				}
				if got, want := timeSpanStarting(indexed, i), timeSpanStarting(plain, i); got != want {
					t.Errorf("timeSpanStarting(%d) = %v, want %v", i, got, want)
				}
			}
		})
	}
}
