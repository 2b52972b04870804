package coref

import "github.com/dateline-news/dateline/doc"

// nameAfterRole joins a person the text has so far described only by a
// role ("Qatar's prime minister said ...") to the person named at the
// start of the next sentence ("Sheikh Mohammed bin Abdulrahman Al Thani
// told a news conference ..."): wire copy introduces officials that way.
// The named person must have no nationality of their own and no role that
// disagrees, and only one described person may qualify.
func (c *clusterer) nameAfterRole() {
	d := c.d
	for b, named := range d.Entities {
		if named.Type != "PERSON" || named.Plural || named.Nationality != "" || len(named.Mentions) == 0 {
			continue
		}
		first := d.Spans[named.Mentions[0]]
		if first.Kind != doc.KindName || first.First < 0 || first.First >= len(d.Tokens) {
			continue
		}
		sent := d.Tokens[first.First].Sent
		if sent == 0 || first.First-d.Sents[sent].First > 2 {
			continue // not the subject opening its sentence
		}
		cand := -1
		for a, desc := range d.Entities {
			if a == b || desc.Type != "PERSON" || desc.Plural || desc.Nationality == "" || !c.describedBefore(desc, sent-1, first.First) {
				continue
			}
			if !rolesAgree(desc, named) {
				continue
			}
			if cand >= 0 {
				cand = -2 // two described people: no telling which
				break
			}
			cand = a
		}
		if cand >= 0 {
			c.mergeEntity(cand, b)
		}
	}
}

// describedBefore reports whether every mention of e is a description
// (no name, and definite: "Qatar's prime minister", "the minister")
// before token limit, one of them in sentence sent.
func (c *clusterer) describedBefore(e *doc.Entity, sent, limit int) bool {
	d := c.d
	in := false
	for _, m := range e.Mentions {
		s := d.Spans[m]
		if s.Kind != doc.KindNominal || s.First < 0 || s.First >= limit {
			return false
		}
		if w := d.Tokens[s.First].Text; w == "a" || w == "an" || w == "A" || w == "An" {
			return false // "a Colombian woman" is someone new, not the next name
		}
		in = in || d.Tokens[s.First].Sent == sent
	}
	return in
}

// rolesAgree reports whether the named person's roles, if any, fit the
// described one's; an honorific ("Sheikh") says nothing either way.
func rolesAgree(desc, named *doc.Entity) bool {
	for _, r := range desc.Roles {
		if r == "civilian" {
			return false // "Iraqi women": no office to be named for
		}
	}
	n := 0
	for _, r := range named.Roles {
		if r == "sheikh" {
			continue
		}
		n++
		if len(desc.Roles) > 0 && roleCompatible(desc, r) {
			return true
		}
	}
	return n == 0
}
