package segment

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

// BenchmarkSegment splits the repository's example articles into
// paragraphs, sentences and tokens and reports tokens per second.
func BenchmarkSegment(b *testing.B) {
	var texts []string
	for _, name := range []string{"ankara-talks-2019-03-14.txt", "lagos-protest-2020-10-21.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	s := New()
	tokens := 0
	for _, t := range texts {
		d := doc.New(dateline.Article{Text: t}, zeroTime)
		s.Process(d)
		tokens += len(d.Tokens)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			s.Process(doc.New(dateline.Article{Text: t}, zeroTime))
		}
	}
	b.ReportMetric(float64(b.N*tokens)/b.Elapsed().Seconds(), "tokens/s")
}
