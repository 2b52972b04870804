package events

import (
	"sort"
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// merge folds mentions of one real event into one record: same type, same
// pair of countries (in either direction for what two sides do together;
// see dyad), compatible dates (equal, or
// one not written for the event) and compatible places. The first mention
// found stays the coded one; missing dates, places and participants are
// filled from the others.
func merge(cs []*candidate) []*doc.Event {
	var out []*candidate
	for _, c := range cs {
		placed := false
		for _, o := range out {
			if sameEvent(o, c) {
				o.Mentions = append(o.Mentions, c.Mentions...)
				if !o.dated && c.dated {
					o.Date, o.dated = c.Date, true
				}
				if o.Loc == nil {
					o.Loc = c.Loc
				}
				o.Actors = specific(o.Actors, c.Actors)
				o.Recipients = specific(o.Recipients, c.Recipients)
				if c.Confidence > o.Confidence {
					o.Confidence = c.Confidence
				}
				placed = true
				break
			}
		}
		if !placed {
			out = append(out, c)
		}
	}
	res := make([]*doc.Event, 0, len(out))
	for _, c := range out {
		visitMode(c)
		if len(c.Mentions) > 1 && c.Confidence < 0.95 {
			c.Confidence += 0.05
		}
		res = append(res, c.Event)
	}
	return res
}

func sameEvent(a, b *candidate) bool {
	if a.Type != b.Type || a.AuxMode != b.AuxMode {
		return false
	}
	if dyad(a) != dyad(b) {
		return false
	}
	if a.Date != b.Date && a.dated && b.dated {
		return false
	}
	if a.Loc != nil && b.Loc != nil && a.Loc.GeonameID != b.Loc.GeonameID {
		return false
	}
	return true
}

// specific replaces a participant coded only by its country with one of the
// same country that another mention codes more closely ("visited Moscow and
// met Russian Foreign Minister Sergei Lavrov": RUS becomes RUSGOV).
func specific(ps, others []doc.Participant) []doc.Participant {
	var out []doc.Participant
	for _, p := range ps {
		if p.Actor.Country != "" && p.Actor.Code == p.Actor.Country {
			for _, o := range others {
				if o.Actor.Country == p.Actor.Country && len(o.Actor.Code) > len(p.Actor.Code) {
					p = o
					break
				}
			}
		}
		out = append(out, p)
	}
	return out
}

// dyad is the set of participant countries (or codes without one):
// unordered for what two sides do together (meetings, agreements,
// cooperation), ordered for what one side does to the other (an attack by
// Russia on Ukraine is not one by Ukraine on Russia).
func dyad(c *candidate) string {
	countries := func(ps []doc.Participant, seen map[string]bool) []string {
		var ks []string
		for _, p := range ps {
			k := p.Actor.Country
			if k == "" {
				k = p.Actor.Code
			}
			if !seen[k] {
				seen[k] = true
				ks = append(ks, k)
			}
		}
		sort.Strings(ks)
		return ks
	}
	switch c.Type {
	case "CONSULT", "AGREE", "COOPERATE":
		seen := map[string]bool{}
		ks := append(countries(c.Actors, seen), countries(c.Recipients, seen)...)
		sort.Strings(ks)
		return strings.Join(ks, "+")
	}
	return strings.Join(countries(c.Actors, map[string]bool{}), "+") + ">" + strings.Join(countries(c.Recipients, map[string]bool{}), "+")
}

// visitMode refines a generic meeting by where it took place: in the
// actor's country it hosted a visit (043), in the recipient's it was a
// visit (042), elsewhere a meeting at a third location (044).
func visitMode(c *candidate) {
	if c.Type != "CONSULT" || c.Loc == nil || c.Loc.Country == "" || len(c.Recipients) == 0 || len(c.Actors) == 0 {
		return
	}
	if c.Cameo != "040" && c.Cameo != "046" {
		return
	}
	a, r := c.Actors[0].Actor.Country, c.Recipients[0].Actor.Country
	code := ""
	switch {
	case a == "" || r == "" || a == r:
		return
	case c.Loc.Country == a:
		code = "043"
	case c.Loc.Country == r:
		code = "042"
	default:
		code = "044"
	}
	info := cameo[code]
	c.Cameo, c.Mode, c.Goldstein = code, info.mode, info.goldstein
}
