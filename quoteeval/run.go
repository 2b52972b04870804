package quoteeval

import (
	"fmt"
	"io"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/pipeline"
)

// Predictions turns a processed Doc's quotes into scorer input.
func Predictions(d *doc.Doc) []Predicted {
	out := make([]Predicted, 0, len(d.Quotes))
	for _, q := range d.Quotes {
		p := Predicted{Content: q.Content, Direct: q.Direct, Cue: q.CueRange}
		if q.Speaker >= 0 {
			s := d.Spans[q.Speaker]
			p.SpeakerAt = []doc.Range{s.Range}
			if s.Entity >= 0 {
				for _, m := range d.Entities[s.Entity].Mentions {
					p.Speaker = append(p.Speaker, d.Spans[m].Range)
				}
			}
			if len(p.Speaker) == 0 {
				p.Speaker = []doc.Range{s.Range}
			}
		}
		out = append(out, p)
	}
	return out
}

// Run processes a gold document's text verbatim through p, so that
// offsets agree with the annotation, and returns the Doc.
func Run(p *pipeline.Pipeline, g Document) (*doc.Doc, error) {
	in := pipeline.Input{
		Article:  dateline.Article{ID: g.Name, Text: g.Text, Published: g.Published, Language: "en"},
		Verbatim: true,
	}
	if t, err := time.Parse("2006-01-02", g.Published); err == nil {
		in.Published = t
	}
	return p.Doc(in)
}

// Evaluate runs p over every document and scores its quotations. A
// document the pipeline fails on is scored as if nothing were found in it,
// counted in Counts.Failed, and its error kept in Counts.Errors.
func Evaluate(p *pipeline.Pipeline, docs []Document) (*Counts, error) {
	return EvaluateDump(p, docs, nil)
}

// EvaluateDump is Evaluate that also writes every error to dump (when not
// nil), one a line: missed gold attributions with their cue and source,
// spurious predictions, wrong speakers and content-span mismatches (see
// DumpMissed and the other classes).
func EvaluateDump(p *pipeline.Pipeline, docs []Document, dump io.Writer) (*Counts, error) {
	c := &Counts{}
	for _, g := range docs {
		d, err := Run(p, g)
		if err != nil {
			c.Failed++
			c.Errors = append(c.Errors, fmt.Errorf("%s: %w", g.Name, err))
			c.Add(g.Attributions, nil)
			continue
		}
		pred := Predictions(d)
		if dump != nil {
			dumpDoc(dump, g, pred)
		}
		c.Add(g.Attributions, pred)
	}
	return c, nil
}
