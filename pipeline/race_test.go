package pipeline_test

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/dateline-news/dateline/input"
	"github.com/dateline-news/dateline/pipeline"
)

// TestConcurrentUse runs one pipeline from several goroutines, as extract
// and ingest do; run it with -race to check that no stage keeps per-article
// state in shared fields.
func TestConcurrentUse(t *testing.T) {
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var ins []pipeline.Input
	input.Read([]string{filepath.Join("..", "examples")}, input.Options{}, func(it input.Item) bool {
		if it.Err == nil {
			ins = append(ins, pipeline.Input{Article: it.Article, Published: it.Published, Verbatim: it.Verbatim})
		}
		return true
	})
	want := make([]int, len(ins))
	for i, in := range ins {
		r, err := p.Run(in)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = len(r.Entities)*10000 + len(r.Quotes)*100 + len(r.Events)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, in := range ins {
				r, err := p.Run(in)
				if err != nil {
					t.Error(err)
					return
				}
				if got := len(r.Entities)*10000 + len(r.Quotes)*100 + len(r.Events); got != want[i] {
					t.Errorf("article %d: concurrent run gave %d, sequential %d", i, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}
