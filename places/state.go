package places

import (
	"strings"

	"github.com/dateline-news/dateline/gazetteer"
)

// A name shared by a first-level region and a large city ("New York",
// "Washington", "São Paulo") means the city in news unless the text says
// otherwise: "New York state", "upstate New York", "the New York governor",
// "the Bronx, New York", "California or Washington", or an article whose
// datelines name the state ("CAMP MURRAY, Wash.").

// bigCityPop is the population from which a city is the default sense of a
// name it shares with the region it lies in.
const bigCityPop = 1000000

// stateAfter are words after a name that make it the region.
var stateAfter = map[string]bool{"state": true, "gov.": true, "governor": true, "gubernatorial": true,
	"legislature": true, "legislators": true, "statehouse": true, "assembly": true, "senate": true}

// stateBefore are words right before a name that make it the region.
var stateBefore = map[string]bool{"upstate": true, "downstate": true, "central": true, "eastern": true,
	"western": true, "northern": true, "southern": true, "rural": true, "statewide": true}

// stateCue reports whether the text around mention i names a region rather
// than a city: a state word, a preceding "state of", an apposition to a
// place before it ("the Bronx, New York"), or a list of regions it stands
// in ("California or Washington").
func (r *Resolver) stateCue(text string, ms []mention, i int) bool {
	m := ms[i]
	if after := wordsAfter(text, m.r.End, 1); len(after) == 1 && stateAfter[strings.ToLower(after[0])] {
		return true
	}
	before := wordsBefore(text, m.r.Start, 3)
	if n := len(before); n > 0 {
		if stateBefore[strings.ToLower(before[n-1])] {
			return true
		}
		if n >= 2 && strings.EqualFold(before[n-2], "state") && strings.EqualFold(before[n-1], "of") {
			return true
		}
	}
	if i > 0 {
		p := ms[i-1]
		if p.r.End <= m.r.Start && strings.TrimSpace(text[p.r.End:m.r.Start]) == "," && !p.list {
			return true
		}
	}
	if i > 0 && coordinated(text, ms[i-1], m) && r.plainRegion(ms[i-1].key) {
		return true
	}
	// "California or Washington", but not "Washington, D.C.": an
	// apposition is no list
	apposition := m.after != "" && !m.list
	return i+1 < len(ms) && !apposition && coordinated(text, m, ms[i+1]) && r.plainRegion(ms[i+1].key)
}

// plainRegion reports whether key names a first-level region and no large
// city or country: "California", "Florida", not "New York" or "Georgia".
func (r *Resolver) plainRegion(key string) bool {
	region := false
	for _, p := range r.g.LookupKey(key) {
		switch {
		case p.Feature == gazetteer.FeatAdmin1 && !p.AltName:
			region = true
		case p.Feature == gazetteer.FeatCountry, p.City() && p.Population >= 100000:
			return false
		}
	}
	return region
}

// eponymousCity reports whether g has a large city lying in region p that
// shares its name ("New York City" in New York state).
func (g *group) eponymousCity(p gazetteer.Place) bool {
	for _, c := range g.cands {
		if c.City() && c.Population >= bigCityPop && c.Country == p.Country && c.Admin1 == p.Admin1 {
			return true
		}
	}
	return false
}

// hasBigCity reports whether g has a city candidate large enough to rival
// region p of the same country ("Washington, D.C." against the state).
func (g *group) hasBigCity(p gazetteer.Place) bool {
	for _, c := range g.cands {
		if c.City() && c.Country == p.Country && (c.Population >= bigCityPop || c.Feature == "PPLC") {
			return true
		}
	}
	return false
}

// stateScore adjusts the score of region p in a group whose name a large
// city shares: down unless the text reads it as the region, up when it
// does.
func (g *group) stateScore(p gazetteer.Place) float64 {
	if p.Feature != gazetteer.FeatAdmin1 || !g.hasBigCity(p) {
		return 0
	}
	if g.stateCue {
		return w.stateCue
	}
	if g.eponymousCity(p) {
		return -w.eponym
	}
	return 0
}

// markStates sets stateCue on the groups whose region the article names
// unambiguously elsewhere, as the apposition of another place ("CAMP
// MURRAY, Wash.").
func markStates(groups []*group) {
	named := map[string]bool{}
	for _, g := range groups {
		for i, c := range g.containers {
			if c.Feature == gazetteer.FeatAdmin1 && !g.listed[i] {
				named[c.Country+"."+c.Admin1] = true
			}
		}
	}
	for _, g := range groups {
		for _, p := range g.cands {
			if p.Feature == gazetteer.FeatAdmin1 && named[p.Country+"."+p.Admin1] && g.hasBigCity(p) {
				g.stateCue = true
			}
		}
	}
}

// listed returns the keys of the mentions coordinated with mention i in a
// list ("Washington, New York and Boston"): they are the mention's peers,
// not the region or country it lies in.
func listed(text string, ms []mention, i int) map[string]bool {
	out := map[string]bool{}
	for j := i; j > 0 && coordinated(text, ms[j-1], ms[j]); j-- {
		out[ms[j-1].key] = true
	}
	for j := i; j+1 < len(ms) && coordinated(text, ms[j], ms[j+1]); j++ {
		out[ms[j+1].key] = true
	}
	return out
}

// coordinated reports whether mention b follows mention a in a list: only
// a comma, "and" or "or" between them.
func coordinated(text string, a, b mention) bool {
	if a.r.End > b.r.Start || b.r.Start-a.r.End > 6 {
		return false
	}
	switch strings.TrimSpace(text[a.r.End:b.r.Start]) {
	case ",", "and", "or", ", and", ", or", "&":
		return true
	}
	return false
}

// townWords before "of" make the name after them a town: "the city of
// Turkey", "the town of Southold".
var townWords = map[string]bool{"city": true, "town": true, "village": true, "borough": true, "township": true,
	"suburb": true, "hamlet": true, "municipality": true}

// townCue reports whether the mention is introduced as a town ("the city
// of X", "the village of X").
func townCue(text string, m mention) bool {
	before := wordsBefore(text, m.r.Start, 2)
	return len(before) == 2 && strings.EqualFold(before[1], "of") && townWords[strings.ToLower(before[0])]
}

// splitSenses parts the mentions of a name the article uses both for a
// region and for a city of that name in another region: "central
// Washington" and "Washington, D.C." in one report are the state and the
// capital. The mentions whose apposition names the city's region become a
// group of their own; the others lose that apposition's pull. It returns
// the groups, with byKey and the mentions' group keys updated.
func (r *Resolver) splitSenses(text string, groups []*group, ms []mention, byKey map[string]int) []*group {
	n := len(groups)
	for gi := 0; gi < n; gi++ {
		g := groups[gi]
		if !g.stateCue || len(g.containers) == 0 || len(g.mentions) < 2 {
			continue
		}
		var apart, rest []int
		for _, mi := range g.mentions {
			m := ms[mi]
			if m.after != "" && !m.list && r.pinsOtherCity(g, m.after) {
				apart = append(apart, mi)
			} else {
				rest = append(rest, mi)
			}
		}
		if len(apart) == 0 || len(rest) == 0 {
			continue
		}
		g2 := *g
		g2.mentions, g2.stateCue, g2.first = apart, false, ms[apart[0]].r.Start
		g2.containers, g2.listed = nil, nil
		g.mentions, g.containers, g.listed = rest, nil, nil
		for _, mi := range apart {
			for _, c := range r.containerPlaces(ms[mi].after) {
				g2.containers = append(g2.containers, c)
				g2.listed = append(g2.listed, false)
			}
		}
		for _, mi := range rest {
			if ms[mi].after == "" {
				continue
			}
			for _, c := range r.containerPlaces(ms[mi].after) {
				g.containers = append(g.containers, c)
				g.listed = append(g.listed, ms[mi].list)
			}
		}
		// each sense keeps the hints of its own mentions
		g.hints, g.adminHints = map[string]float64{}, map[string]float64{}
		g2.hints, g2.adminHints = map[string]float64{}, map[string]float64{}
		for _, mi := range rest {
			r.mentionHints(g, text, ms, mi)
		}
		for _, mi := range apart {
			r.mentionHints(&g2, text, ms, mi)
		}
		key := g.key + "\x00apposition"
		byKey[key] = len(groups)
		for _, mi := range apart {
			ms[mi].gkey = key
		}
		groups = append(groups, &g2)
	}
	return groups
}

// pinsOtherCity reports whether the apposition after names the region or
// country of a large city of g that lies outside the region g's name also
// names ("Washington, D.C.", not "Washington state").
func (r *Resolver) pinsOtherCity(g *group, after string) bool {
	for _, c := range r.containerPlaces(after) {
		if c.Feature != gazetteer.FeatAdmin1 {
			continue
		}
		for _, p := range g.cands {
			if p.Feature == gazetteer.FeatAdmin1 && p.Country == c.Country && p.Admin1 != c.Admin1 && g.hasBigCity(p) {
				for _, q := range g.cands {
					if q.City() && q.Country == c.Country && q.Admin1 == c.Admin1 {
						return true
					}
				}
			}
		}
	}
	return false
}
