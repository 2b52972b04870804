package ner

import (
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/dateline-news/dateline/doc"
)

// sample is a made-up news paragraph for tests and benchmarks.
const sample = `Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday to discuss the future of the European Union. ` +
	`The two leaders said that Germany and France would present a joint plan to Brussels next month. ` +
	`Shares of Siemens AG rose 3 percent on the Frankfurt Stock Exchange after the company reported profits of $2.1 billion. ` +
	`"We are confident," said Joe Kaeser, the chief executive of the Munich-based group, in an interview with Reuters. ` +
	`Meanwhile, United Nations Secretary-General Antonio Guterres urged Russia and Ukraine to resume talks in Geneva.`

// makeDoc splits text into whitespace tokens with punctuation split off
// and one sentence per ". ".
func makeDoc(text string) *doc.Doc {
	d := &doc.Doc{Text: text}
	i := 0
	for i < len(text) {
		r := rune(text[i])
		if r == ' ' {
			if n := len(d.Tokens); n > 0 {
				d.Tokens[n-1].Space = true
			}
			i++
			continue
		}
		j := i
		if unicode.IsPunct(r) && r != '$' {
			j = i + 1
		} else {
			for j < len(text) && text[j] != ' ' && !(strings.ContainsRune(",.\"?!", rune(text[j])) && (j+1 == len(text) || text[j+1] == ' ' || text[j+1] == '"')) {
				j++
			}
			if j == i {
				j = i + 1
			}
		}
		d.Tokens = append(d.Tokens, doc.Token{Range: doc.Range{Start: i, End: j}, Text: text[i:j], Head: -1})
		i = j
	}
	first := 0
	for k, tk := range d.Tokens {
		if tk.Text == "." || k == len(d.Tokens)-1 {
			d.Sents = append(d.Sents, doc.Sentence{Range: doc.Range{Start: d.Tokens[first].Start, End: tk.End}, First: first, Last: k + 1})
			first = k + 1
		}
	}
	return d
}

func TestRecognizers(t *testing.T) {
	tests := []struct {
		name string
		get  func() (*Recognizer, error)
		want map[string]string // text -> label
	}{
		{"ontonotes", Default, map[string]string{"Angela Merkel": "PERSON", "Berlin": "GPE", "Tuesday": "DATE", "Germany": "GPE", "Reuters": "ORG"}},
		{"conll", CoNLL, map[string]string{"Angela Merkel": "PER", "Berlin": "LOC", "Germany": "LOC", "Reuters": "ORG"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.get()
			if err != nil {
				t.Fatal(err)
			}
			d := makeDoc(sample)
			if err := r.Process(d); err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, s := range d.Spans {
				if s.Kind != doc.KindName || s.Source != "ner" || s.Entity != -1 {
					t.Errorf("bad span fields %+v", s)
				}
				if s.First >= 0 && (d.Tokens[s.First].Start != s.Start || d.Tokens[s.Last-1].End != s.End) {
					t.Errorf("span %+v does not match its tokens", s)
				}
				got[d.Slice(s.Range)] = s.Label
			}
			for text, label := range tc.want {
				if got[text] != label {
					t.Errorf("%q: got %q, want %q (all: %v)", text, got[text], label, got)
				}
			}
		})
	}
}

func TestHyphenSpansAreSubToken(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := makeDoc("The Munich-based company hired workers from Texas.")
	if err := r.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Spans {
		if d.Slice(s.Range) == "Munich" && s.First != -1 {
			t.Errorf("sub-token span should have First -1: %+v", s)
		}
	}
}

func BenchmarkNER(b *testing.B) {
	r, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := makeDoc(strings.Repeat(sample+" ", 4))
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Spans = d.Spans[:0]
		if err := r.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
	// CPU time is the fairer measure on a shared machine
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(d.Tokens)*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestConcurrentProcess(t *testing.T) {
	r, err := CoNLL()
	if err != nil {
		t.Fatal(err)
	}
	want := makeDoc(sample)
	if err := r.Process(want); err != nil {
		t.Fatal(err)
	}
	done := make(chan []doc.Span)
	for g := 0; g < 4; g++ {
		go func() {
			d := makeDoc(sample)
			r.Process(d)
			done <- d.Spans
		}()
	}
	for g := 0; g < 4; g++ {
		got := <-done
		if len(got) != len(want.Spans) {
			t.Fatalf("concurrent run found %d spans, want %d", len(got), len(want.Spans))
		}
		for i := range got {
			if got[i] != want.Spans[i] {
				t.Errorf("span %d: %+v, want %+v", i, got[i], want.Spans[i])
			}
		}
	}
}
