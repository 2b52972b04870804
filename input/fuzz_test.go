package input

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzRead feeds arbitrary bytes through every reader: it must never panic,
// and every item is either an article with text or an error naming the input.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"plain text article.\n",
		`{"id":"a","text":"Putin met Assad."}` + "\n{broken\n",
		"<html><body><p>Hello <b>world</p></html>",
		`<?xml version="1.0"?><rss><channel><item><title>t</title><description>Putin met Assad in Sochi.</description></item></channel></rss>`,
		"\x1f\x8b\x08\x00",
		"",
	} {
		f.Add([]byte(s), "x.txt")
		f.Add([]byte(s), "x.jsonl")
		f.Add([]byte(s), "x.html")
		f.Add([]byte(s), "x.xml")
	}
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		kind := kindOf(name)
		readStream(name, kind, bytes.NewReader(data), Options{MaxBytes: 1 << 20}, func(it Item) bool {
			if it.Err != nil {
				if !strings.HasPrefix(it.Err.Error(), name) {
					t.Fatalf("error %q does not name the input %q", it.Err, name)
				}
				return true
			}
			if strings.TrimSpace(it.Article.Text) == "" && !it.Verbatim {
				t.Fatalf("article without text from %q", data)
			}
			return true
		})
	})
}
