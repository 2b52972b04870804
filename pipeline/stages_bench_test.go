package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/pipeline"
)

// BenchmarkStages runs the default pipeline stage by stage over a corpus of
// real news text (the PolNeAR development articles when ../shared is
// present, else the examples) and reports each stage's throughput, the
// three statistical models together (tagger, parser, NER: the issue's
// "tag + parse + NER") and the whole pipeline, in tokens per second of
// processor time. Run it on one core:
//
//	GOMAXPROCS=1 go test -run XXX -bench Stages -benchtime 3x ./pipeline
func BenchmarkStages(b *testing.B) {
	p, err := pipeline.Default()
	if err != nil {
		b.Fatal(err)
	}
	ins := stageInputs(b)
	docs, _ := p.Docs(ins)
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	names := make([]string, len(p.Stages))
	for i, s := range p.Stages {
		names[i] = s.Name()
	}
	spent := make([]float64, len(p.Stages))
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for n := 0; n < b.N; n++ {
		timed := pipeline.New()
		for i, s := range p.Stages {
			timed.Stages = append(timed.Stages, &clock{s, &spent[i]})
		}
		docs, errs := timed.Docs(ins)
		for k, d := range docs {
			if errs[k] != nil {
				b.Fatal(errs[k])
			}
			d.Result()
		}
	}
	cpu := cpuSeconds() - cpu0
	total := float64(b.N * tokens)
	models := 0.0
	for i, name := range names {
		if name == "tagger" || name == "parser" || name == "ner" {
			models += spent[i]
		}
		if spent[i] > 0 {
			b.ReportMetric(total/spent[i], "tok/s:"+name)
		}
	}
	if models > 0 {
		b.ReportMetric(total/models, "tok/s:tag+parse+ner")
	}
	b.ReportMetric(total/cpu, "tokens/cpu-s")
	b.ReportMetric(float64(tokens), "tokens/op")
}

// clock is a stage that adds the processor time of the stage it wraps to
// *spent.
type clock struct {
	doc.Stage
	spent *float64
}

func (c *clock) Process(d *doc.Doc) error {
	t0 := cpuSeconds()
	err := c.Stage.Process(d)
	*c.spent += cpuSeconds() - t0
	return err
}

// stageInputs reads the PolNeAR development texts when ../shared is
// present, else the example articles.
func stageInputs(b *testing.B) []pipeline.Input {
	dir := filepath.Join(shared, "data", "quotes", "polnear", "dev", "text")
	if _, err := os.Stat(dir); err != nil {
		b.Logf("no %s: timing the example articles", dir)
		return benchInputs()
	}
	return readInputs(dir)
}
