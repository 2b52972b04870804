package timex

import (
	"github.com/dateline-news/dateline/doc"
)

// Stage is the pipeline stage that adds a span for every temporal
// expression of a Doc: Label "DATE" or "TIME" (OntoNotes), Kind
// doc.KindTime, Value the TIMEX3 value, Source "timex:" plus the TIMEX3
// type (so durations and sets, labelled DATE, stay distinguishable).
type Stage struct{}

// New returns the stage.
func New() *Stage { return &Stage{} }

// Name is "timex".
func (*Stage) Name() string { return "timex" }

// Process finds the temporal expressions of d.Text, anchored on
// d.Published (relative expressions stay partly unresolved when it is
// zero), and appends them to d.Spans. It uses the sentences and, when a
// tagger ran before it, the part-of-speech tags of d.Tokens.
func (*Stage) Process(d *doc.Doc) error {
	for _, e := range FindDoc(d) {
		label := "DATE"
		if e.Type == "TIME" {
			label = "TIME"
		}
		d.AddSpan(doc.Span{
			Range:  doc.Range{Start: e.Start, End: e.End},
			Label:  label,
			Kind:   doc.KindTime,
			Value:  e.Value,
			Entity: -1,
			Source: "timex:" + e.Type,
		})
	}
	return nil
}
