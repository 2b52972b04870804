package parser

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/conllu"
)

// benchText is tagged news-like text, one sentence per line.
var benchText = []string{
	"Russian/JJ President/NNP Vladimir/NNP Putin/NNP met/VBD his/PRP$ Syrian/JJ counterpart/NN Bashar/NNP al-Assad/NNP in/IN Sochi/NNP on/IN Monday/NNP ,/, the/DT Kremlin/NNP said/VBD ./.",
	"The/DT two/CD leaders/NNS discussed/VBD the/DT political/JJ settlement/NN in/IN Syria/NNP after/IN the/DT defeat/NN of/IN Islamic/NNP State/NNP militants/NNS ./.",
	"Officials/NNS in/IN Washington/NNP did/VBD n't/RB comment/VB on/IN the/DT talks/NNS ,/, which/WDT came/VBD a/DT day/NN before/IN a/DT summit/NN with/IN Turkey/NNP and/CC Iran/NNP ./.",
	"Shares/NNS of/IN the/DT company/NN fell/VBD 3.5/CD %/NN to/IN $/$ 42.10/CD in/IN early/JJ trading/NN in/IN New/NNP York/NNP ./.",
}

func benchDoc(n int) *doc.Doc {
	d := &doc.Doc{}
	var b strings.Builder
	for len(d.Tokens) < n {
		for _, line := range benchText {
			first := len(d.Tokens)
			start := b.Len()
			for _, wt := range strings.Fields(line) {
				i := strings.LastIndexByte(wt, '/')
				s := b.Len()
				b.WriteString(wt[:i])
				d.Tokens = append(d.Tokens, doc.Token{Range: doc.Range{Start: s, End: b.Len()}, Text: wt[:i], Tag: wt[i+1:], Head: -1, Sent: len(d.Sents)})
				b.WriteByte(' ')
			}
			d.Sents = append(d.Sents, doc.Sentence{Range: doc.Range{Start: start, End: b.Len() - 1}, First: first, Last: len(d.Tokens)})
		}
	}
	d.Text = b.String()
	return d
}

func BenchmarkParser(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := benchDoc(10000)
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := p.Process(d); err != nil {
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

// BenchmarkParserEWT parses the UD EWT development set (with its gold
// tags): real text, whose rarer features miss the processor caches, unlike
// those of BenchmarkParser's few sentences.
func BenchmarkParserEWT(b *testing.B) {
	sents, err := conllu.ReadFile(ewtDev)
	if err != nil {
		b.Skip("UD EWT dev absent (../shared/data/ud)")
	}
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := conllu.Doc(sents)
	k := 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			d.Tokens[k].Tag = t.XPOS
			k++
		}
	}
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := p.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}
