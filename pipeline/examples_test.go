package pipeline_test

import (
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/input"
	"github.com/dateline-news/dateline/pipeline"
)

// TestExamplesInvariants runs the bundled example articles and checks what
// must hold for any article: offsets are code points that select exactly
// the reported text, every event has a type, a date, participants with
// codes and its sentence, and every quote lies inside the text.
func TestExamplesInvariants(t *testing.T) {
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	input.Read([]string{filepath.Join("..", "examples")}, input.Options{}, func(it input.Item) bool {
		if it.Err != nil {
			t.Errorf("%s: %v", it.Path, it.Err)
			return true
		}
		r, err := p.Run(pipeline.Input{Article: it.Article, Published: it.Published, Verbatim: it.Verbatim})
		if err != nil {
			t.Errorf("%s: %v", it.Path, err)
			return true
		}
		n++
		checkResult(t, it.Path, r)
		return true
	})
	if n < 4 {
		t.Fatalf("read %d example articles, want at least 4", n)
	}
}

func checkResult(t *testing.T, path string, r *dateline.Result) {
	t.Helper()
	text := []rune(r.Article.Text)
	slice := func(s, e int) (string, bool) {
		if s < 0 || e > len(text) || s > e {
			return "", false
		}
		return string(text[s:e]), true
	}
	for _, e := range r.Entities {
		if len(e.Mentions) == 0 {
			t.Errorf("%s: entity %s has no mentions", path, e.ID)
		}
		for _, m := range e.Mentions {
			if got, ok := slice(m.Start, m.End); !ok || got != m.Text {
				t.Errorf("%s: entity %s mention %d:%d = %q, want %q", path, e.ID, m.Start, m.End, got, m.Text)
			}
		}
	}
	for _, q := range r.Quotes {
		if got, ok := slice(q.Start, q.End); !ok || got != q.Text {
			t.Errorf("%s: quote %s %d:%d = %q, want %q", path, q.ID, q.Start, q.End, got, q.Text)
		}
		if q.Speaker != nil {
			if _, ok := slice(q.Speaker.Start, q.Speaker.End); !ok {
				t.Errorf("%s: quote %s speaker offsets out of range", path, q.ID)
			}
		}
	}
	for _, e := range r.Events {
		if e.Event == "" || e.Cameo == "" || e.Date == "" || len(e.Actor) == 0 {
			t.Errorf("%s: incomplete event %+v", path, e)
		}
		if _, ok := slice(e.TextInfo.Start, e.TextInfo.End); !ok || e.TextInfo.End <= e.TextInfo.Start {
			t.Errorf("%s: event %s sentence offsets %d:%d", path, e.ID, e.TextInfo.Start, e.TextInfo.End)
		}
		if e.QuadClass < 1 || e.QuadClass > 4 {
			t.Errorf("%s: event %s quad class %d", path, e.ID, e.QuadClass)
		}
		for _, m := range e.Mentions {
			if got, ok := slice(m.Start, m.End); !ok || got != m.EventText {
				t.Errorf("%s: event %s mention %q at %d:%d", path, e.ID, got, m.Start, m.End)
			}
		}
	}
}
