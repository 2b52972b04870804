package pipeline_test

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/dateline-news/dateline/input"
	"github.com/dateline-news/dateline/pipeline"
)

// BenchmarkExtract runs the default pipeline over the example articles (and
// the seed when ../shared is present) and reports articles/s and tokens/s.
// Run it on one core: GOMAXPROCS=1 go test -run XXX -bench Extract ./pipeline
func BenchmarkExtract(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	ins := benchInputs()
	tokens := 0
	for _, in := range ins {
		d, err := p.Doc(in)
		if err != nil {
			b.Fatal(err)
		}
		tokens += len(d.Tokens)
	}
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			if _, err := p.Run(in); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := cpuSeconds() - cpu0
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(ins))/s, "articles/s")
	b.ReportMetric(float64(b.N*tokens)/s, "tokens/s")
	// on a busy machine wall time says little; CPU time of this process does
	b.ReportMetric(float64(b.N*tokens)/cpu, "tokens/cpu-s")
}

// cpuSeconds is the user and system CPU time this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// BenchmarkExtractBatched is BenchmarkExtract with the articles run stage
// by stage (Pipeline.Docs).
func BenchmarkExtractBatched(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	ins := benchInputs()
	docs, _ := p.Docs(ins)
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		docs, errs := p.Docs(ins)
		for k, d := range docs {
			if errs[k] != nil {
				b.Fatal(errs[k])
			}
			d.Result()
		}
	}
	cpu := cpuSeconds() - cpu0
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(ins))/s, "articles/s")
	b.ReportMetric(float64(b.N*tokens)/s, "tokens/s")
	b.ReportMetric(float64(b.N*tokens)/cpu, "tokens/cpu-s")
}

// benchInputs reads the example articles and, when present, the seed.
func benchInputs() []pipeline.Input {
	return readInputs(filepath.Join("..", "examples"), filepath.Join(shared, "seed", "sochi-2017-11-21.txt"))
}

// readInputs reads the articles under paths, skipping those that fail.
func readInputs(paths ...string) []pipeline.Input {
	var ins []pipeline.Input
	input.Read(paths, input.Options{}, func(it input.Item) bool {
		if it.Err == nil {
			ins = append(ins, pipeline.Input{Article: it.Article, Published: it.Published, Verbatim: it.Verbatim})
		}
		return true
	})
	return ins
}
