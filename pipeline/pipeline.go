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
	if !utf8.ValidString(in.Article.Text) {
		// each invalid byte becomes U+FFFD, as JSON output shows it, so that
		// code point offsets mean the same in the output as here
		in.Article.Text = validUTF8(in.Article.Text)
	}
	d = doc.New(in.Article, in.Published)
	d.Verbatim = in.Verbatim
	if d.Article.Published != "" && d.Published.IsZero() {
		if t, err := time.Parse("2006-01-02", d.Article.Published); err == nil {
			d.Published = t
		}
	}
	for i, s := range p.Stages {
		if i > 0 && d.Published.IsZero() {
			// the first stage (clean) may find the date in the text itself
			d.Published = in.Fallback
		}
		if err := runStage(s, d); err != nil {
			return d, err
		}
	}
	return d, nil
}

// Run processes one article and returns its records.
func (p *Pipeline) Run(in Input) (*dateline.Result, error) {
	d, err := p.Doc(in)
	if err != nil {
		return nil, err
	}
	r := d.Result()
	if r.Article.Language == "" {
		r.Article.Language = "en"
	}
	return r, nil
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
