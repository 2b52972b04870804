package doc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

func TestRune(t *testing.T) {
	for _, text := range []string{"", "a", strings.Repeat("x", 64), strings.Repeat("é", 64), "Сочи ↺ " + strings.Repeat("ab", 100) + "😀"} {
		d := New(dateline.Article{Text: text}, zeroTime)
		for b := 0; b <= len(text); b++ {
			if b < len(text) && !utf8.RuneStart(text[b]) {
				continue
			}
			if got, want := d.Rune(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Fatalf("Rune(%d) of %q = %d, want %d", b, text, got, want)
			}
		}
	}
}
