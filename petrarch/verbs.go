package petrarch

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Kinds of pattern elements.
const (
	ElemWord     = iota // a literal word
	ElemVerb            // '*': the verb itself
	ElemSource          // '$': the source actor
	ElemTarget          // '+': the target actor
	ElemCompound        // '%': a compound actor
	ElemSkip            // '^': a noun phrase to skip
	ElemSynset          // '&NAME': any member of a synset
)

// Elem is one element of a verb pattern. Conn reports that it must follow
// the previous element directly ('_'); otherwise other words may come
// between (a space).
type Elem struct {
	Kind int
	Word string // ElemWord: the upper-case word; ElemSynset: the set's name
	Conn bool
}

// Pattern is one "- WORDS * WORDS [CODE]" line of a verb block.
type Pattern struct {
	Elems []Elem
	Code  string // CAMEO code; "a:b" codes a pair of events; "---" none
	Text  string // the pattern as written
	Line  int
	score int // elements other than the verb: longer patterns are tried first
}

// VerbBlock is one "--- VERB [CODE] ---" block: its default code and
// the patterns shared by all its verbs.
type VerbBlock struct {
	Name     string
	Code     string
	Patterns []*Pattern
}

// Verb is one verb phrase of a block ("BREAK", "+BREAK_DOWN",
// "WIRE_+TAP"): the verb word with the words that must come before and
// after it, and its own default code when it has one.
type Verb struct {
	Block *VerbBlock
	Pre   []string
	Word  string
	Post  []string
	Code  string
}

// Verbs is a verb dictionary: verbs by each of their word forms, and the
// synsets their patterns refer to.
type Verbs struct {
	Blocks  []*VerbBlock
	Synsets map[string][][]Elem // name -> members (word sequences, maybe nested synsets)
	forms   map[string][]*Verb  // upper-case word form of the verb word -> verbs
}

// ReadVerbs reads a PETRARCH verb dictionary: '&' synsets with '+'
// members, and "--- VERB [CODE] ---" blocks of verb lines (with optional
// {irregular forms} and [own code]) followed by "- pattern [CODE]" lines.
func ReadVerbs(r io.Reader) (*Verbs, error) {
	lines, err := readLines(r)
	if err != nil {
		return nil, err
	}
	v := &Verbs{Synsets: map[string][][]Elem{}, forms: map[string][]*Verb{}}
	var block *VerbBlock
	synset := ""
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "---"):
			name, code := blockHeader(t)
			block = &VerbBlock{Name: name, Code: code}
			v.Blocks = append(v.Blocks, block)
			synset = ""
		case t[0] == '&':
			synset = synsetName(strings.Fields(t)[0])
			v.Synsets[synset] = v.Synsets[synset][:0:0]
			block = nil
		case synset != "":
			if t[0] != '+' {
				synset = ""
				continue
			}
			m := parseElems(t[1:])
			for i := range m {
				if i > 0 {
					m[i].Conn = true
				}
			}
			if len(m) > 0 {
				v.Synsets[synset] = append(v.Synsets[synset], m)
			}
		case block == nil:
			// stray line outside any block
		case t[0] == '-':
			p, err := parsePattern(t[1:])
			if err != nil {
				continue // a malformed pattern is skipped, as PETRARCH does
			}
			p.Line = l.n
			block.Patterns = append(block.Patterns, p)
		default:
			v.addVerbLine(block, t)
		}
	}
	for _, b := range v.Blocks {
		sort.SliceStable(b.Patterns, func(i, j int) bool { return b.Patterns[i].score > b.Patterns[j].score })
	}
	return v, nil
}

func synsetName(s string) string { return strings.Trim(strings.ToUpper(s), "&_") }

// blockHeader reads "--- ATTACK  [223]  ---".
func blockHeader(t string) (name, code string) {
	t = strings.Trim(t, "- \t")
	if i := strings.IndexByte(t, '['); i >= 0 {
		name = strings.TrimSpace(t[:i])
		if j := strings.IndexByte(t[i:], ']'); j >= 0 {
			code = strings.TrimSpace(t[i+1 : i+j])
		}
	} else {
		name = t
	}
	return strings.Trim(strings.ToUpper(name), "_ "), strings.ToUpper(code)
}

// addVerbLine reads "BREAK { BROKE BROKEN }", "DOWNPLAY [014]",
// "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}" or "WIRE_+TAP {WIRE_+TAPPED}".
func (v *Verbs) addVerbLine(b *VerbBlock, t string) {
	code := ""
	if i := strings.IndexByte(t, '['); i >= 0 {
		if j := strings.IndexByte(t[i:], ']'); j >= 0 {
			code = strings.ToUpper(strings.TrimSpace(t[i+1 : i+j]))
			t = t[:i] + t[i+j+1:]
		}
	}
	var listed []string
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			j = len(t) - i
		}
		listed = strings.Fields(t[i+1 : i+j])
		t = t[:i]
	}
	base := parseVerbPhrase(t)
	if base == nil {
		return
	}
	base.Block, base.Code = b, code
	v.index(base, base.Word)
	for _, f := range regularForms(base.Word) {
		v.index(base, f)
	}
	for _, s := range listed {
		if f := parseVerbPhrase(s); f != nil {
			f.Block, f.Code = b, code
			v.index(f, f.Word)
		}
	}
}

func (v *Verbs) index(vb *Verb, form string) {
	if form == vb.Word {
		v.forms[form] = append(v.forms[form], vb)
		return
	}
	c := *vb
	c.Word = form
	v.forms[form] = append(v.forms[form], &c)
}

// parseVerbPhrase splits a verb phrase at its verb word: the word marked
// '+', else the first.
func parseVerbPhrase(s string) *Verb {
	words, _ := phraseWords(s)
	if len(words) == 0 {
		return nil
	}
	k := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			k = i
			break
		}
	}
	for i := range words {
		words[i] = strings.TrimPrefix(words[i], "+")
	}
	if words[k] == "" {
		return nil
	}
	return &Verb{Pre: words[:k], Word: words[k], Post: words[k+1:]}
}

// regularForms returns the -S, -ED and -ING forms of a verb.
func regularForms(w string) []string {
	n := len(w)
	switch {
	case n < 2:
		return nil
	case strings.HasSuffix(w, "E"):
		return []string{w + "S", w + "D", w[:n-1] + "ING"}
	case strings.HasSuffix(w, "Y") && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		return []string{w[:n-1] + "IES", w[:n-1] + "IED", w + "ING"}
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return []string{w + "ES", w + "ED", w + "ING"}
	}
	return []string{w + "S", w + "ED", w + "ING"}
}

// parsePattern reads " SAID WOULD_*_TALKS  [102]".
func parsePattern(s string) (*Pattern, error) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return nil, fmt.Errorf("pattern %q has no code", s)
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return nil, fmt.Errorf("pattern %q has an unclosed code", s)
	}
	p := &Pattern{Code: strings.ToUpper(strings.TrimSpace(s[i+1 : i+j])), Text: strings.TrimSpace(s[:i])}
	p.Elems = parseElems(p.Text)
	verbs := 0
	for _, e := range p.Elems {
		if e.Kind == ElemVerb {
			verbs++
		} else {
			p.score++
		}
	}
	if verbs != 1 {
		return nil, fmt.Errorf("pattern %q needs exactly one '*'", s)
	}
	return p, nil
}

// parseElems splits pattern text into elements. Parentheses and braces
// (PETRARCH 2's phrase markup) are read as spaces.
func parseElems(s string) []Elem {
	s = strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(s)
	words, conn := phraseWords(s)
	out := make([]Elem, 0, len(words))
	for i, w := range words {
		e := Elem{Conn: conn[i]}
		switch {
		case w == "*":
			e.Kind = ElemVerb
		case w == "$":
			e.Kind = ElemSource
		case w == "+":
			e.Kind = ElemTarget
		case w == "%":
			e.Kind = ElemCompound
		case w == "^":
			e.Kind = ElemSkip
		case strings.HasPrefix(w, "&") && len(w) > 1:
			e.Kind, e.Word = ElemSynset, synsetName(w)
		default:
			e.Kind, e.Word = ElemWord, w
		}
		out = append(out, e)
	}
	return out
}

// Lookup returns the verbs whose verb word has this upper-case form.
func (v *Verbs) Lookup(form string) []*Verb { return v.forms[form] }
