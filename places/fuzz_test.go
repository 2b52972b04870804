package places

import (
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

// FuzzResolve feeds Resolve texts whose runs of capitalised words are name
// spans of assorted labels, and checks that it neither panics nor reports
// a mention outside the text.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"GLASGOW, Ky. - Deputies in Adair County arrested two men near Glasgow.",
		"The choir sang at Eva's Village in Paterson. Kuala Lumpur: Malaysian officials met.",
		"Crews drove to central Washington and to Washington, D.C., then to Zqxwv County's jail in Oxford.",
		"PLYMOUTH CO. - The Plymouth County Sheriff's Office, the Democratic People's Republic of Korea, the OAS.",
		"'s , : County Church Republic The Valley",
	} {
		f.Add(s)
	}
	labels := []string{"GPE", "ORG", "PERSON", "NORP", "FAC", "LOC", "PRODUCT"}
	r := New()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		d := doc.New(dateline.Article{Text: text}, time.Time{})
		n := 0
		for i := 0; i < len(text); {
			c, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsUpper(c) {
				i += size
				continue
			}
			j := i
			for j < len(text) {
				c2, s2 := utf8.DecodeRuneInString(text[j:])
				if c2 == '\n' || c2 == '.' || c2 == ',' && n%2 == 0 {
					break
				}
				j += s2
				if c2 == ' ' && j < len(text) {
					if c3, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsUpper(c3) {
						j--
						break
					}
				}
			}
			if j > i {
				d.Spans = append(d.Spans, doc.Span{Range: doc.Range{Start: i, End: j}, First: -1, Last: -1,
					Label: labels[n%len(labels)], Kind: doc.KindName, Entity: -1})
				n++
			}
			i = j + 1
		}
		for _, res := range r.Resolve(d) {
			if res.Range.Start < 0 || res.Range.End > len(text) || res.Range.Start > res.Range.End {
				t.Fatalf("mention range %+v outside the text of %d bytes", res.Range, len(text))
			}
		}
	})
}
