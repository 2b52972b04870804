package quoteeval

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/doc"
)

func TestParseAnn(t *testing.T) {
	text := "Héllo. “We won,” he said. She said it was over."
	// code point offsets: “ at 7, content 7..16, "he" 17..19
	ann := strings.Join([]string{
		"T1\tContent 7 16\t“We won,”",
		"T2\tSource 17 19\the",
		"T3\tCue 20 24\tsaid",
		"T4\tAttribution 20 24\tsaid",
		"E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
		"T5\tContent 35 47\tit was over.",
		"T6\tCue 30 34\tsaid",
		"T7\tAttribution-no-source 30 34\tsaid",
		"E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
		"#1\tAnnotatorNotes T1\tnote",
		"T8\tDiscard 0 6\tHéllo.",
		"E3\tAttribution:T8",
	}, "\n")
	got, err := ParseAnn(strings.NewReader(ann), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d attributions, want 2", len(got))
	}
	tests := []struct {
		content, source string
		direct          bool
	}{
		{"“We won,”", "he", true},
		{"it was over.", "", false},
	}
	for i, tt := range tests {
		a := got[i]
		if s := text[a.Content[0].Start:a.Content[0].End]; s != tt.content {
			t.Errorf("%d: content %q, want %q", i, s, tt.content)
		}
		src := ""
		if len(a.Source) > 0 {
			src = text[a.Source[0].Start:a.Source[0].End]
		}
		if src != tt.source || a.Direct != tt.direct {
			t.Errorf("%d: source %q direct %v, want %q %v", i, src, a.Direct, tt.source, tt.direct)
		}
	}
}

func TestIsDirect(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		want       bool
	}{
		{`"We won," he said.`, 0, 9, true},
		{`He said "we won".`, 9, 15, true},
		{`He said that the claim was “true.”`, 8, 34, false},
		{`He said it was over.`, 8, 20, false},
	}
	for _, tt := range tests {
		if got := IsDirect(tt.text, []doc.Range{{Start: tt.start, End: tt.end}}); got != tt.want {
			t.Errorf("IsDirect(%q[%d:%d]) = %v, want %v", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}

func TestCounts(t *testing.T) {
	r := func(a, b int) doc.Range { return doc.Range{Start: a, End: b} }
	gold := []Attribution{
		{Content: []doc.Range{r(0, 10)}, Source: []doc.Range{r(12, 14)}, Direct: true},
		{Content: []doc.Range{r(20, 40)}, Source: []doc.Range{r(41, 45)}},
		{Content: []doc.Range{r(50, 60)}},
	}
	pred := []Predicted{
		{Content: r(1, 9), Direct: true, Speaker: []doc.Range{r(100, 105), r(12, 14)}}, // right via another mention
		{Content: r(22, 38), Speaker: []doc.Range{r(0, 2)}},                            // wrong speaker
		{Content: r(70, 80)}, // spurious
	}
	var c Counts
	c.Add(gold, pred)
	m := c.Metrics()
	want := map[string]float64{
		"precision": 2.0 / 3, "recall": 2.0 / 3, "speaker_accuracy": 1,
		"attribution_precision": 1.0 / 3, "attribution_recall": 1.0 / 3,
	}
	for k, v := range want {
		if d := m[k] - v; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s = %.4f, want %.4f", k, m[k], v)
		}
	}
}
