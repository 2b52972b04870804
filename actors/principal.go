package actors

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// voiceRoles are roles of people who speak for someone else.
var voiceRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"press secretary": true, "aide": true, "adviser": true, "advisor": true}

// principal returns the person a spokesperson named by name, with no
// country or organisation, speaks for: the first person named in the sentence before
// the spokesperson's first mention, in the same paragraph ("South African
// President Cyril Ramaphosa spoke to Kagame by phone. '...,' spokesman
// Vincent Magwenya said."), or nil.
func principal(d *doc.Doc, e *doc.Entity) *doc.Entity {
	if len(e.Roles) == 0 || len(e.Mentions) == 0 {
		return nil
	}
	for _, r := range e.Roles {
		if !voiceRoles[strings.ToLower(r)] {
			return nil
		}
	}
	first := d.Spans[e.Mentions[0]]
	if first.Kind != doc.KindName {
		return nil // "a spokesman said", "her spokesman": whose, the text says otherwise
	}
	if first.First < 0 || first.First >= len(d.Tokens) {
		return nil
	}
	si := d.Tokens[first.First].Sent
	if si == 0 || d.Sents[si-1].Para != d.Sents[si].Para {
		return nil
	}
	prev := d.Sents[si-1]
	for _, s := range d.Spans {
		if s.Kind != doc.KindName || s.Entity < 0 || s.First < prev.First || s.First >= prev.Last {
			continue
		}
		if p := d.Entities[s.Entity]; p != e && p.Type == "PERSON" {
			return p
		}
	}
	return nil
}
