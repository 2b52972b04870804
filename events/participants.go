package events

import (
	"github.com/dateline-news/dateline/doc"
)

// participant builds a participant from a mention span. Inside a direct
// quotation "we"/"our"/"us" stand for the speaker and "you" for the
// addressee.
func (x *context) participant(si int) part {
	d := x.d
	s := d.Spans[si]
	e := s.Entity
	p := part{Participant: doc.Participant{Entity: e}, first: s.First}
	if e >= 0 {
		ent := d.Entities[e]
		p.Name = ent.Name
		if ent.Actor != nil {
			p.Actor = *ent.Actor
		}
	}
	return p
}

// coded keeps participants with an actor code, one per entity. Plural
// first-person pronouns inside quotations were resolved by participant.
func (x *context) coded(ps []part) []part {
	var out []part
	seen := map[int]bool{}
	for _, p := range ps {
		if p.Actor.Code == "" || seen[p.Entity] {
			continue
		}
		seen[p.Entity] = true
		out = append(out, p)
	}
	return out
}

func without(ps, minus []part) []part {
	var out []part
	for _, p := range ps {
		dup := false
		for _, m := range minus {
			if m.Entity == p.Entity {
				dup = true
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

func isQuoteTok(t string) bool {
	switch t {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// part is a participant with the token where its mention starts.
type part struct {
	doc.Participant
	first int
}

func plain(ps []part) []doc.Participant {
	out := make([]doc.Participant, len(ps))
	for i, p := range ps {
		out[i] = p.Participant
	}
	return out
}
