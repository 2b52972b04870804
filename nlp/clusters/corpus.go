package clusters

import (
	"bufio"
	"io"
	"strings"

	"github.com/dateline-news/dateline/nlp/conll"
)

// AddText tokenizes raw text and adds each non-empty line as a sequence.
func (c *Corpus) AddText(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var toks []string
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		toks = Tokenize(line, toks[:0])
		c.Add(toks)
	}
	return sc.Err()
}

// AddFile adds a file: CoNLL-2003 and OntoNotes corpora (recognised by
// name: .conll, .gold_conll, eng.train, ...) sentence by sentence, anything
// else as raw text. Gzipped files are read transparently.
func (c *Corpus) AddFile(path string) error {
	if isColumnFile(path) {
		docs, err := conll.ReadFile(path)
		if err != nil {
			return err
		}
		for _, d := range docs {
			for _, s := range d.Sents {
				c.Add(s.Words)
			}
		}
		return nil
	}
	rc, err := conll.Open(path)
	if err != nil {
		return err
	}
	defer rc.Close()
	return c.AddText(rc)
}

func isColumnFile(path string) bool {
	p := strings.TrimSuffix(path, ".gz")
	return strings.HasSuffix(p, "_conll") || strings.HasSuffix(p, ".conll") ||
		strings.Contains(p, "eng.train") || strings.Contains(p, "eng.test")
}
