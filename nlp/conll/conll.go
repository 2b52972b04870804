// Package conll reads the column formats that Dateline's named-entity
// corpora come in: CoNLL-2003 files (one token a line, the NER tag last,
// IOB1 or IOB2, -DOCSTART- lines between documents) and OntoNotes 5 in the
// CoNLL-2012 *_conll format (bracketed NER column). Gzipped input is read
// transparently. Both readers return documents of sentences whose entities
// are token spans, so that callers need not care about the tag scheme.
package conll

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"strings"
)

// Span is an entity mention over tokens [Start, End) of a sentence.
type Span struct {
	Start, End int
	Label      string
}

// Sentence is a tokenized sentence with its gold entity spans.
type Sentence struct {
	Words []string
	Spans []Span
}

// Document is a sequence of sentences that belong together (a news story,
// an OntoNotes document part).
type Document struct {
	ID    string
	Sents []Sentence
}

// Tokens returns the number of tokens in the documents.
func Tokens(docs []Document) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sents {
			n += len(s.Words)
		}
	}
	return n
}

// Open opens a file for reading, decompressing it when its name ends in .gz
// or its content starts with the gzip magic bytes.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(f, 1<<16)
	head, _ := br.Peek(2)
	if strings.HasSuffix(path, ".gz") || (len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, err
		}
		return readCloser{zr, f}, nil
	}
	return readCloser{br, f}, nil
}

type readCloser struct {
	io.Reader
	c io.Closer
}

func (r readCloser) Close() error { return r.c.Close() }

// ReadFile reads a corpus file, choosing the format from its content:
// OntoNotes when it has "#begin document" lines, CoNLL-2003 otherwise.
func ReadFile(path string) ([]Document, error) {
	rc, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 1<<16)
	head, _ := br.Peek(512)
	if strings.Contains(string(head), "#begin document") {
		return ReadOntoNotes(br)
	}
	return ReadCoNLL2003(br)
}

// ReadFiles reads and concatenates several corpus files.
func ReadFiles(paths ...string) ([]Document, error) {
	var all []Document
	for _, p := range paths {
		docs, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		all = append(all, docs...)
	}
	return all, nil
}

// ptbUnescape maps Penn Treebank bracket escapes and OntoNotes' escaped
// punctuation back to the characters that running text has.
var ptbUnescape = map[string]string{
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]",
	"-LCB-": "{", "-RCB-": "}", "/.": ".", "/?": "?", "/-": "-",
}

// NormalizeWord undoes treebank escapes in a corpus token.
func NormalizeWord(w string) string {
	if r, ok := ptbUnescape[w]; ok {
		return r
	}
	return w
}
