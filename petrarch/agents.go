package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// Agent is one agent-dictionary entry: a role noun phrase ("FOREIGN
// MINISTER") with its plural forms and the code it adds to an actor's,
// after it ("~GOV": ARN+GOV = ARNGOV) or before it ("NGO~": NGOARN).
type Agent struct {
	Names  []Phrase // the phrase, its substitution-set variants and plurals
	Code   string
	Prefix bool // the code goes before the actor's code
}

// ReadAgents reads a PETRARCH agent dictionary. Lines are
//
//	!PERSON! = MAN, MEN, WOMAN      a substitution set
//	FOREIGN_MINISTER [~GOVFRM]      plural formed automatically
//	POLICE {} [~COP]                no plural
//	GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]   explicit plurals
//	CONGRESS!PERSON! [~LEG]         one entry per member of the set
func ReadAgents(r io.Reader) ([]*Agent, error) {
	lines, err := readLines(r)
	if err != nil {
		return nil, err
	}
	subst := map[string][]string{}
	var out []*Agent
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if t[0] == '!' {
			if i := strings.Index(t, "="); i > 0 {
				name := strings.ToUpper(strings.TrimSpace(t[:i]))
				for _, m := range strings.Split(t[i+1:], ",") {
					if m = strings.ToUpper(strings.TrimSpace(m)); m != "" {
						subst[name] = append(subst[name], m)
					}
				}
				continue
			}
		}
		a, err := parseAgent(t, subst)
		if err != nil {
			continue // malformed lines occur in production files ("[~ENV}"): skip them
		}
		if a != nil {
			out = append(out, a)
		}
	}
	return out, nil
}

func parseAgent(t string, subst map[string][]string) (*Agent, error) {
	ci := strings.IndexByte(t, '[')
	if ci < 0 {
		return nil, nil // a bare word without a code: nothing to add
	}
	cj := strings.IndexByte(t[ci:], ']')
	if cj < 0 {
		return nil, fmt.Errorf("unclosed code in %q", t)
	}
	code := strings.ToUpper(strings.Join(strings.Fields(t[ci+1:ci+cj]), ""))
	a := &Agent{}
	switch {
	case strings.HasPrefix(code, "~"):
		a.Code = code[1:]
	case strings.HasSuffix(code, "~"):
		a.Code, a.Prefix = code[:len(code)-1], true
	default:
		a.Code = code
	}
	head := t[:ci]
	var plurals []string
	explicit := false
	if i := strings.IndexByte(head, '{'); i >= 0 {
		j := strings.IndexByte(head[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("unclosed plural list in %q", t)
		}
		explicit = true
		plurals = strings.Fields(head[i+1 : i+j])
		head = head[:i]
	}
	for _, name := range expandSubst(strings.ToUpper(strings.TrimSpace(head)), subst) {
		p := newPhrase(name)
		if len(p.Words) == 0 {
			continue
		}
		a.Names = append(a.Names, p)
		if !explicit {
			pl := Phrase{Words: append([]string(nil), p.Words...), Connected: p.Connected}
			pl.Words[len(pl.Words)-1] = plural(pl.Words[len(pl.Words)-1])
			a.Names = append(a.Names, pl)
		}
	}
	for _, pl := range plurals {
		for _, name := range expandSubst(strings.ToUpper(pl), subst) {
			if p := newPhrase(name); len(p.Words) > 0 {
				a.Names = append(a.Names, p)
			}
		}
	}
	if len(a.Names) == 0 {
		return nil, nil
	}
	return a, nil
}

// expandSubst replaces each !SET! in s by every member of the set.
func expandSubst(s string, subst map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	name := s[i : i+j+2]
	members, ok := subst[name]
	if !ok {
		return []string{s}
	}
	var out []string
	for _, m := range members {
		out = append(out, expandSubst(s[:i]+m+s[i+j+2:], subst)...)
	}
	return out
}

// plural forms a regular English plural the way PETRARCH does.
func plural(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "Y") && n > 1 && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		return w[:n-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES"
	case strings.HasSuffix(w, "MAN"):
		return w[:n-3] + "MEN"
	}
	return w + "S"
}
