// Package conllu reads Universal Dependencies treebanks in the CoNLL-U
// format and turns their sentences into doc.Doc values, for training and
// evaluating Dateline's tagger and parser. Multiword-token lines (1-2) and
// empty nodes (8.1) are skipped: only syntactic words are kept.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Token is one syntactic word of a sentence.
type Token struct {
	ID     int    // 1-based position in the sentence
	Form   string // word form
	Lemma  string
	UPOS   string // universal part-of-speech tag
	XPOS   string // language-specific tag (Penn Treebank for English)
	Feats  string
	Head   int    // 1-based index of the head; 0 for the root
	Deprel string // dependency relation, with its subtype
	Misc   string
	// NoSpace is set when no whitespace follows the word in the original
	// text: SpaceAfter=No on the word, or inside a multiword token, or
	// on the multiword token the word ends.
	NoSpace bool
}

// SpaceAfter reports whether whitespace follows the token in the original
// text.
func (t Token) SpaceAfter() bool { return !t.NoSpace }

// Sentence is one sentence: its id, text and words.
type Sentence struct {
	ID     string
	Text   string
	Tokens []Token
	// NewDoc holds the id of the document the sentence begins (a
	// "# newdoc" comment), NewPar is set when it begins a paragraph
	// ("# newpar", or a new document).
	NewDoc string
	NewPar bool
}

// ReadFile reads all sentences of a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Read reads all sentences from r.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Sentence
	var cur Sentence
	lineNo := 0
	mwtFirst, mwtLast, mwtNoSpace := 0, 0, false
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
		mwtFirst, mwtLast = 0, 0
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		switch {
		case line == "":
			flush()
			continue
		case strings.HasPrefix(line, "#"):
			if v, ok := strings.CutPrefix(line, "# sent_id = "); ok {
				cur.ID = v
			} else if v, ok := strings.CutPrefix(line, "# newdoc"); ok {
				cur.NewDoc = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), "id ="))
				if cur.NewDoc == "" {
					cur.NewDoc = "-"
				}
				cur.NewPar = true
			} else if strings.HasPrefix(line, "# newpar") {
				cur.NewPar = true
			} else if v, ok := strings.CutPrefix(line, "# text = "); ok {
				cur.Text = v
			}
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("conllu: line %d: %d columns, want 10", lineNo, len(cols))
		}
		if a, b, ok := strings.Cut(cols[0], "-"); ok {
			mwtFirst, _ = strconv.Atoi(a)
			mwtLast, _ = strconv.Atoi(b)
			mwtNoSpace = strings.Contains(cols[9], "SpaceAfter=No")
			continue
		}
		if strings.Contains(cols[0], ".") {
			continue // empty node
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil {
			return nil, fmt.Errorf("conllu: line %d: bad id %q", lineNo, cols[0])
		}
		head := 0
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil {
				return nil, fmt.Errorf("conllu: line %d: bad head %q", lineNo, cols[6])
			}
		}
		noSpace := strings.Contains(cols[9], "SpaceAfter=No")
		if id >= mwtFirst && id < mwtLast {
			noSpace = true
		} else if id == mwtLast {
			noSpace = mwtNoSpace
		}
		cur.Tokens = append(cur.Tokens, Token{
			ID: id, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Deprel: cols[7], Misc: cols[9], NoSpace: noSpace,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// Projective reports whether the sentence's tree has no crossing arcs.
func (s Sentence) Projective() bool {
	n := len(s.Tokens)
	for i := 0; i < n; i++ {
		a, b := s.Tokens[i].ID, s.Tokens[i].Head
		if a > b {
			a, b = b, a
		}
		for j := 0; j < n; j++ {
			c, d := s.Tokens[j].ID, s.Tokens[j].Head
			if c > d {
				c, d = d, c
			}
			if (c > a && c < b && (d < a || d > b)) || (d > a && d < b && (c < a || c > b)) {
				return false
			}
		}
	}
	return true
}
