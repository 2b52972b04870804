package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadOntoNotes reads OntoNotes 5 in the CoNLL-2012 *_conll format: each
// "#begin document (ID); part N" ... "#end document" block is one
// Document; token lines have the word in column 4 and the named entities in
// column 11 in bracket notation ("(PERSON*", "*", "*)", "(GPE)"). Treebank
// escapes in words (-LRB-, /.) are undone.
func ReadOntoNotes(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var docs []Document
	var cur *Document
	var words []string
	var spans []Span
	open, openAt := "", -1
	lineNo := 0
	flush := func() {
		if len(words) > 0 && cur != nil {
			cur.Sents = append(cur.Sents, Sentence{Words: words, Spans: spans})
		}
		words, spans = nil, nil
		open, openAt = "", -1
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.HasPrefix(line, "#begin document") {
			flush()
			id := strings.TrimPrefix(line, "#begin document ")
			docs = append(docs, Document{ID: id})
			cur = &docs[len(docs)-1]
			continue
		}
		if strings.HasPrefix(line, "#end document") {
			flush()
			cur = nil
			continue
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			flush()
			continue
		}
		if len(f) < 11 {
			return nil, fmt.Errorf("conll: line %d: %d columns, want at least 11", lineNo, len(f))
		}
		if cur == nil {
			docs = append(docs, Document{ID: f[0]})
			cur = &docs[len(docs)-1]
		}
		i := len(words)
		words = append(words, NormalizeWord(f[3]))
		ne := f[10]
		if strings.HasPrefix(ne, "(") {
			label := strings.TrimLeft(ne, "(")
			label = strings.TrimRight(label, "*)")
			open, openAt = label, i
		}
		if strings.HasSuffix(ne, ")") && openAt >= 0 {
			spans = append(spans, Span{openAt, i + 1, open})
			open, openAt = "", -1
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}
