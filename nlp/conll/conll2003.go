package conll

import (
	"bufio"
	"io"
	"strings"
)

// ReadCoNLL2003 reads a CoNLL-2003-style file: one token per line with
// whitespace-separated columns, the first the word and the last the NER tag
// (IOB1 or IOB2; the scheme is detected per sentence by SpansFromTags);
// blank lines between sentences; "-DOCSTART-" lines between documents.
// A file without -DOCSTART- lines is one document.
func ReadCoNLL2003(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var docs []Document
	var words, tags []string
	cur := -1
	flush := func() {
		if len(words) == 0 {
			return
		}
		if cur < 0 {
			docs = append(docs, Document{ID: "doc0"})
			cur = len(docs) - 1
		}
		s := Sentence{Words: words, Spans: SpansFromTags(tags)}
		docs[cur].Sents = append(docs[cur].Sents, s)
		words, tags = nil, nil
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			docs = append(docs, Document{ID: "doc" + itoa(len(docs))})
			cur = len(docs) - 1
			continue
		}
		tag := "O"
		if len(f) > 1 {
			tag = f[len(f)-1]
		}
		words = append(words, f[0])
		tags = append(tags, tag)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// Drop empty documents (consecutive -DOCSTART- lines).
	out := docs[:0]
	for _, d := range docs {
		if len(d.Sents) > 0 {
			out = append(out, d)
		}
	}
	return out, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
