// Package pipeline runs an article through Dateline's stages, in order,
// on one doc.Doc, and turns the result into the contract's records.
package pipeline

import (
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

// Pipeline is an ordered list of stages.
type Pipeline struct {
	Stages []doc.Stage
}

// New returns a pipeline of the given stages.
func New(stages ...doc.Stage) *Pipeline { return &Pipeline{Stages: stages} }

// Input is one article to process.
type Input struct {
	Article   dateline.Article
	Published time.Time // zero when unknown
	Verbatim  bool      // keep Article.Text byte for byte
	// Fallback is the publication date to assume when neither the input
	// nor its text (page chrome) gives one.
	Fallback time.Time
}

// Doc runs every stage on a new Doc for the input and returns the Doc.
// A stage that panics is reported as an error, never propagated.
func (p *Pipeline) Doc(in Input) (d *doc.Doc, err error) {
	docs, errs := p.Docs([]Input{in})
	return docs[0], errs[0]
}

// newDoc makes the Doc for an input.
func newDoc(in Input) *doc.Doc {
	if !utf8.ValidString(in.Article.Text) {
		// each invalid byte becomes U+FFFD, as JSON output shows it, so that
		// code point offsets mean the same in the output as here
		in.Article.Text = validUTF8(in.Article.Text)
	}
	d := doc.New(in.Article, in.Published)
	d.Verbatim = in.Verbatim
	if d.Article.Published != "" && d.Published.IsZero() {
		if t, err := time.Parse("2006-01-02", d.Article.Published); err == nil {
			d.Published = t
		}
	}
	return d
}

// Run processes one article and returns its records.
func (p *Pipeline) Run(in Input) (*dateline.Result, error) {
	d, err := p.Doc(in)
	if err != nil {
		return nil, err
	}
	return result(d), nil
}

// RunAll processes several articles stage by stage (see Docs) and returns
// their records; results[i] is nil where errs[i] is not.
func (p *Pipeline) RunAll(ins []Input) (results []*dateline.Result, errs []error) {
	docs, errs := p.Docs(ins)
	results = make([]*dateline.Result, len(ins))
	for i, d := range docs {
		if errs[i] == nil {
			results[i] = result(d)
		}
	}
	return results, errs
}

// result converts a processed Doc into its records.
func result(d *doc.Doc) *dateline.Result {
	r := d.Result()
	if r.Article.Language == "" {
		r.Article.Language = "en"
	}
	return r
}

func runStage(s doc.Stage, d *doc.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage %s failed: %v\n%s", s.Name(), r, debug.Stack())
		}
	}()
	if err := s.Process(d); err != nil {
		return fmt.Errorf("stage %s: %w", s.Name(), err)
	}
	return nil
}

// validUTF8 replaces every byte that is not part of valid UTF-8 with U+FFFD.
func validUTF8(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Docs runs the stages over several inputs stage by stage: every article
// through one stage before the next stage starts, which keeps each model's
// weights in the processor's caches. The result for input i is docs[i] or
// errs[i].
func (p *Pipeline) Docs(ins []Input) (docs []*doc.Doc, errs []error) {
	docs = make([]*doc.Doc, len(ins))
	errs = make([]error, len(ins))
	for i, in := range ins {
		docs[i] = newDoc(in)
	}
	for si, s := range p.Stages {
		for i, d := range docs {
			if errs[i] != nil {
				continue
			}
			if si > 0 && d.Published.IsZero() {
				// the first stage (clean) may find the date in the text itself
				d.Published = ins[i].Fallback
			}
			errs[i] = runStage(s, d)
		}
	}
	return docs, errs
}
