package actors

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// voiceRoles are roles of people who speak for someone else.
var voiceRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"aide": true, "adviser": true, "advisor": true}

// voiceRole reports whether a role is one of voiceRoles, possibly with
// modifiers ("presidential adviser", "press secretary").
func voiceRole(r string) bool {
	r = strings.ToLower(r)
	fs := strings.Fields(r)
	return r == "press secretary" || len(fs) > 0 && voiceRoles[fs[len(fs)-1]]
}

// principal returns whom a spokesperson or adviser with no country or
// organisation of their own speaks for:
//   - "his spokesman": the one "his" refers to;
//   - a spokesperson named by name: the first person named in the
//     sentence before, in the same paragraph ("South African President
//     Cyril Ramaphosa spoke to Kagame by phone. '...,' spokesman Vincent
//     Magwenya said."), else the country or organisation that sentence
//     is about ("Ukraine denied any involvement. '...,' presidential
//     adviser Mykhailo Podolyak said.").
//
// It returns nil when the text says nothing of it ("a spokesman said").
func principal(d *doc.Doc, e *doc.Entity) *doc.Entity {
	if len(e.Roles) == 0 || len(e.Mentions) == 0 {
		return nil
	}
	for _, r := range e.Roles {
		if !voiceRole(r) {
			return nil
		}
	}
	first := d.Spans[e.Mentions[0]]
	if first.First < 0 || first.First >= len(d.Tokens) {
		return nil
	}
	if first.Kind == doc.KindNominal {
		if d.Tokens[first.First].Tag != "PRP$" {
			return nil
		}
		for _, s := range d.Spans {
			if s.Kind == doc.KindPronoun && s.First == first.First && s.Entity >= 0 && d.Entities[s.Entity] != e {
				return d.Entities[s.Entity]
			}
		}
		return nil
	}
	if first.Kind != doc.KindName {
		return nil
	}
	// a title naming whom they work for ("Oxfam senior policy adviser Max
	// Lawson") leaves nothing to infer
	for k := first.First - 1; k >= 0 && d.Tokens[k].Sent == d.Tokens[first.First].Sent; k-- {
		t := d.Tokens[k].Text
		if t == "" || t[0] < 'a' || t[0] > 'z' {
			if strings.HasPrefix(d.Tokens[k].Tag, "NNP") {
				return nil
			}
			break
		}
	}
	si := d.Tokens[first.First].Sent
	if si == 0 || d.Sents[si-1].Para != d.Sents[si].Para {
		return nil
	}
	prev := d.Sents[si-1]
	var subject *doc.Entity
	for _, s := range d.Spans {
		if s.Kind != doc.KindName && s.Kind != doc.KindNominal || s.Entity < 0 || s.First < prev.First || s.First >= prev.Last {
			continue
		}
		p := d.Entities[s.Entity]
		if p != e && p.Type == "PERSON" && s.Kind == doc.KindName {
			return p
		}
		if subject == nil && (p.Type == "GPE" || p.Type == "ORG") && strings.HasPrefix(d.Tokens[s.Last-1].Dep, "nsubj") {
			subject = p
		}
	}
	return subject
}
