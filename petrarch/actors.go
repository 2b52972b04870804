package petrarch

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Actor is one actor-dictionary entry: its names (the first is the
// entry's own name, the rest its '+' synonyms) and its codes, some of
// them valid only in a date range.
type Actor struct {
	Names []Phrase
	Codes []DatedCode
}

// Phrase is a dictionary phrase: upper-case words, and for each word
// whether it is connected to the previous one ('_') or open (a space:
// another word may come between).
type Phrase struct {
	Words     []string
	Connected []bool
}

// String joins the words the dictionary way.
func (p Phrase) String() string {
	var b strings.Builder
	for i, w := range p.Words {
		if i > 0 {
			if p.Connected[i] {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

func newPhrase(s string) Phrase {
	w, c := phraseWords(s)
	return Phrase{Words: w, Connected: c}
}

// Date-restriction kinds of a DatedCode.
const (
	Always  = iota // no restriction
	Before         // [CODE <date]: strictly before From
	After          // [CODE >date]: strictly after From
	Between        // [CODE from-to]: inclusive
)

// DatedCode is one bracketed code of an actor entry, "[HOBGOV
// 19950601-19990815]". Code may hold several codes separated by '/'
// ("FRO/BIL/SAM": a compound actor).
type DatedCode struct {
	Code     string
	Kind     int
	From, To int // YYYYMMDD
}

// valid reports whether the restriction holds at day (YYYYMMDD).
func (c DatedCode) valid(day int) bool {
	switch c.Kind {
	case Before:
		return day < c.From
	case After:
		return day > c.From
	case Between:
		return day >= c.From && day <= c.To
	}
	return true
}

// CodeAt returns the entry's codes valid at t: the first restricted code
// whose range holds, else the first unrestricted one. A zero t takes the
// unrestricted code. ok is false when no code applies.
func (a *Actor) CodeAt(t time.Time) (codes []string, ok bool) {
	day := 0
	if !t.IsZero() {
		day = t.Year()*10000 + int(t.Month())*100 + t.Day()
	}
	if day > 0 {
		for _, c := range a.Codes {
			if c.Kind != Always && c.valid(day) {
				return splitCodes(c.Code), true
			}
		}
	}
	for _, c := range a.Codes {
		if c.Kind == Always {
			return splitCodes(c.Code), true
		}
	}
	return nil, false
}

func splitCodes(s string) []string {
	var out []string
	for _, c := range strings.Split(s, "/") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// ReadActors reads a TABARI/PETRARCH actor dictionary. An entry is a name
// line ("GONDOR [GON]", "GOLLUM" with its codes on following indented
// lines), followed by '+' synonym lines and indented "[CODE date]" lines.
func ReadActors(r io.Reader) ([]*Actor, error) {
	lines, err := readLines(r)
	if err != nil {
		return nil, err
	}
	var out []*Actor
	var cur *Actor
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		switch {
		case t[0] == '+':
			if cur == nil {
				return nil, fmt.Errorf("line %d: synonym %q before any actor", l.n, t)
			}
			name, codes, err := splitEntry(t[1:])
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", l.n, err)
			}
			if p := newPhrase(name); len(p.Words) > 0 {
				cur.Names = append(cur.Names, p)
			}
			cur.Codes = append(cur.Codes, codes...)
		case t[0] == '[':
			if cur == nil {
				return nil, fmt.Errorf("line %d: code %q before any actor", l.n, t)
			}
			_, codes, err := splitEntry(t)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", l.n, err)
			}
			cur.Codes = append(cur.Codes, codes...)
		default:
			name, codes, err := splitEntry(t)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", l.n, err)
			}
			p := newPhrase(name)
			if len(p.Words) == 0 {
				continue
			}
			cur = &Actor{Names: []Phrase{p}, Codes: codes}
			out = append(out, cur)
		}
	}
	return out, nil
}

// splitEntry splits "NAME [CODE] [CODE date]" into the name and its codes.
func splitEntry(s string) (name string, codes []DatedCode, err error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), nil, nil
	}
	name = strings.TrimSpace(s[:i])
	rest := s[i:]
	for {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ']')
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed code in %q", s)
		}
		// production dictionaries hold the odd malformed date
		// ("9008223"): such a code is skipped rather than failing the file
		if c, err := parseDatedCode(rest[i+1 : i+j]); err == nil {
			codes = append(codes, c)
		}
		rest = rest[i+j+1:]
	}
	return name, codes, nil
}

// parseDatedCode parses the inside of "[HOBGOV 19950601 - 19990815]",
// "[HOB < 950601]", "[HOBREB > 990816]" or "[GON]".
func parseDatedCode(s string) (DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, nil
	}
	c := DatedCode{Code: strings.ToUpper(f[0])}
	restr := strings.Join(f[1:], "")
	if restr == "" {
		return c, nil
	}
	var err error
	switch {
	case restr[0] == '<':
		c.Kind = Before
		c.From, err = parseDay(restr[1:])
	case restr[0] == '>':
		c.Kind = After
		c.From, err = parseDay(restr[1:])
	default:
		k := strings.IndexByte(restr, '-')
		if k < 0 {
			return c, fmt.Errorf("bad date restriction %q", s)
		}
		c.Kind = Between
		if c.From, err = parseDay(restr[:k]); err == nil {
			c.To, err = parseDay(restr[k+1:])
		}
	}
	if err != nil {
		return c, fmt.Errorf("bad date restriction %q: %v", s, err)
	}
	return c, nil
}

// parseDay reads YYYYMMDD or TABARI's YYMMDD (years below 30 are 20xx).
func parseDay(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	switch len(s) {
	case 8:
		return n, nil
	case 6:
		if n/10000 < 30 {
			return 20000000 + n, nil
		}
		return 19000000 + n, nil
	}
	return 0, fmt.Errorf("date %q is neither YYMMDD nor YYYYMMDD", s)
}
