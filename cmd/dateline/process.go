package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/input"
	"github.com/dateline-news/dateline/pipeline"
)

// processed is one input after the pipeline: a result, or the error.
type processed struct {
	Path   string
	Result *dateline.Result
	Err    error
}

// processOptions are the flags that extract and ingest share.
type processOptions struct {
	date     string // --date: publication date for inputs without one
	maxSize  int64  // --max-size in MiB
	workers  int
	progress func(done int) // called after each input, in order; may be nil

	dictionaries string // --dictionaries: PETRARCH-format dictionaries directory
}

// workerCount is how many articles are processed in parallel: --workers,
// or one per CPU.
func (o *processOptions) workerCount() int {
	if o.workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return o.workers
}

// batchSize is how many waiting articles a worker takes at once.
const batchSize = 8

// processInputs reads the paths, runs the pipeline on each article on
// several workers, and calls out for each input in input order.
func processInputs(p *pipeline.Pipeline, paths []string, o processOptions, out func(processed) error) error {
	var fallback time.Time
	if o.date != "" {
		t, err := input.ParseDate(o.date)
		if err != nil {
			return fmt.Errorf("bad --date %q: want YYYY-MM-DD", o.date)
		}
		fallback = t
	}
	workers := o.workerCount()
	type job struct {
		seq  int
		item input.Item
	}
	jobs := make(chan job, workers*2)
	results := make(chan struct {
		seq int
		p   processed
	}, workers*2)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				// take what else is waiting, up to a batch: the pipeline runs
				// a batch stage by stage, which keeps each model in cache
				batch := []job{j}
			fill:
				for len(batch) < batchSize {
					select {
					case more, ok := <-jobs:
						if !ok {
							break fill
						}
						batch = append(batch, more)
					default:
						break fill
					}
				}
				var ins []pipeline.Input
				var at []int
				for k, b := range batch {
					if b.item.Err == nil {
						ins = append(ins, pipeline.Input{Article: b.item.Article, Published: b.item.Published, Verbatim: b.item.Verbatim, Fallback: fallback})
						at = append(at, k)
					}
				}
				rs, errs := p.RunAll(ins)
				prs := make([]processed, len(batch))
				for k, b := range batch {
					prs[k] = processed{Path: b.item.Path, Err: b.item.Err}
				}
				for n, k := range at {
					prs[k].Result = rs[n]
					if errs[n] != nil {
						prs[k].Err = fmt.Errorf("%s: %w", batch[k].item.Path, errs[n])
					}
				}
				for k, b := range batch {
					results <- struct {
						seq int
						p   processed
					}{b.seq, prs[k]}
				}
			}
		}()
	}
	go func() {
		seq := 0
		input.Read(paths, input.Options{MaxBytes: o.maxSize << 20}, func(it input.Item) bool {
			select {
			case jobs <- job{seq, it}:
				seq++
				return true
			case <-stop:
				return false
			}
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	pending := map[int]processed{}
	next := 0
	var firstErr error
	for r := range results {
		pending[r.seq] = r.p
		for {
			pr, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if firstErr == nil {
				if err := out(pr); err != nil {
					firstErr = err
					close(stop)
				}
			}
			if o.progress != nil {
				o.progress(next)
			}
		}
	}
	return firstErr
}
