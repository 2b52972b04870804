package pipeline_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/pipeline"
)

// FuzzPipeline runs every stage on arbitrary text: no stage may fail or
// panic, and the result must satisfy the offset invariants.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		`"On November 20," the statement reads, according to TASS. Putin met Assad in Sochi.`,
		"Police in Lagos arrested dozens of protesters on Tuesday.\n\n\"We will not,\" he said.",
		"The Russian and Syrian presidents . , “ ” « » ' ' the presidents of Turkey and Iran",
		"", "\n\n\n", "\"", "He said. She said: \"", "In 2008, Russian troops invaded Georgia.",
	} {
		f.Add(s)
	}
	p, err := pipeline.Default()
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2017, 11, 21, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		r, err := p.Run(pipeline.Input{Article: dateline.Article{Text: text}, Published: pub, Verbatim: true})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		checkResult(t, "fuzz", r)
	})
}
