package tagger

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-news/dateline/doc"
)

// benchText is news-like text, tokenised, one sentence per line.
var benchText = []string{
	"Russian President Vladimir Putin met his Syrian counterpart Bashar al-Assad in Sochi on Monday , the Kremlin said .",
	"The two leaders discussed the political settlement in Syria after the defeat of Islamic State militants .",
	"\" There is much work to do before the region is safe again , \" Putin told Assad .",
	"Officials in Washington did n't comment on the talks , which came a day before a summit with Turkey and Iran .",
	"Shares of the company fell 3.5 % to $ 42.10 in early trading in New York .",
}

// benchDoc builds a document of about n tokens from benchText.
func benchDoc(n int) *doc.Doc {
	d := &doc.Doc{}
	var b strings.Builder
	for len(d.Tokens) < n {
		for _, line := range benchText {
			first := len(d.Tokens)
			start := b.Len()
			for _, w := range strings.Fields(line) {
				s := b.Len()
				b.WriteString(w)
				d.Tokens = append(d.Tokens, doc.Token{Range: doc.Range{Start: s, End: b.Len()}, Text: w, Head: -1, Sent: len(d.Sents)})
				b.WriteByte(' ')
			}
			d.Sents = append(d.Sents, doc.Sentence{Range: doc.Range{Start: start, End: b.Len() - 1}, First: first, Last: len(d.Tokens)})
		}
	}
	d.Text = b.String()
	return d
}

func BenchmarkTagger(b *testing.B) {
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := benchDoc(10000)
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := tg.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time overstates the cost; CPU time does not.
	b.ReportMetric(float64(len(d.Tokens)*b.N)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
