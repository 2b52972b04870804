package sqlite

import (
	"strings"
	"testing"
)

func TestRuneTextSlice(t *testing.T) {
	tests := []string{
		"",
		"plain ASCII text",
		"Путин встретился с Асадом в Сочи 🎄 — “quoted” ✓",
		strings.Repeat("é🎄a", 100), // crosses several checkpoints
		"bad \xff\xe2\x82 bytes",
	}
	for _, s := range tests {
		rt := newRuneText(s)
		rs := []rune(s)
		if rt.n != len(rs) {
			t.Fatalf("%q: %d code points, want %d", s, rt.n, len(rs))
		}
		for i := 0; i <= len(rs); i++ {
			for j := i; j <= len(rs); j++ {
				// Invalid bytes come back as they are, where []rune
				// has U+FFFD: compare as code points.
				want := string(rs[i:j])
				if got := string([]rune(rt.slice(i, j))); got != want {
					t.Fatalf("%q [%d,%d): %q, want %q", s, i, j, got, want)
				}
			}
		}
	}
}

func TestSentenceAround(t *testing.T) {
	text := newRuneText("First one. Putin met Assad in Сочи! Then more\nlines here.")
	tests := []struct {
		start, end int
		want       string
	}{
		{11, 16, " Putin met Assad in Сочи"},
		{36, 40, " Then more"},
		{47, 52, "lines here"},
		{0, 5, "First one"},
	}
	for _, tc := range tests {
		if got := text.sentenceAround(tc.start, tc.end, 300); got != tc.want {
			t.Errorf("[%d,%d): %q, want %q", tc.start, tc.end, got, tc.want)
		}
	}
	if got := text.sentenceAround(21, 26, 3); got != "et Assad in" {
		t.Errorf("reach 3: %q, want %q", got, "et Assad in")
	}
}
