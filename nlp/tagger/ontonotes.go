package tagger

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"strings"

	"github.com/dateline-news/dateline/nlp/conllu"
)

// ontoForms maps OntoNotes' escaped tokens to the raw text forms the
// tagger sees at run time.
var ontoForms = map[string]string{
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"``": "\"", "''": "\"", "/.": ".", "/?": "?", "/-": "-",
}

// ReadOntoNotesFile reads the words and POS tags of an OntoNotes 5 file in
// the CoNLL-2012 *_conll format (gzipped when the name ends in .gz), for
// use as extra training data. Sentences with unannotated tokens (XX, VERB,
// traces) are dropped.
func ReadOntoNotesFile(path string) ([]conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		r = zr
	}
	return readOntoNotes(r)
}

func readOntoNotes(r io.Reader) ([]conllu.Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []conllu.Sentence
	var cur conllu.Sentence
	bad := false
	flush := func() {
		if len(cur.Tokens) > 0 && !bad {
			out = append(out, cur)
		}
		cur, bad = conllu.Sentence{}, false
	}
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Fields(line)
		if len(cols) < 5 {
			flush()
			continue
		}
		form, tag := cols[3], cols[4]
		if f, ok := ontoForms[form]; ok {
			form = f
		}
		switch tag {
		case "XX", "VERB", "*", "-NONE-":
			bad = true
		}
		cur.Tokens = append(cur.Tokens, conllu.Token{ID: len(cur.Tokens) + 1, Form: form, XPOS: tag, Lemma: "_"})
	}
	flush()
	return out, sc.Err()
}
