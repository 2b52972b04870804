package places

import (
	"strings"

	"github.com/dateline-news/dateline/gazetteer"
)

// nearbyChars is how far from an unknown name a town may be named to
// locate it.
const nearbyChars = 300

// nearby locates an unknown name (a street, a building, a neighbourhood)
// at the town named closest to it in the same paragraph — before it, or
// failing that after it — rather than at the article's main place: "the
// Princes Theatre" in a paragraph about Clacton is in Clacton.
func nearby(text string, m mention, ms []mention, groups []*group, byKey map[string]int, main *gazetteer.Place) *gazetteer.Place {
	if main == nil {
		return nil
	}
	return nearest(m, ms, groups, byKey, nearbyChars, func(p gazetteer.Place, g *group) bool {
		return local(p) && p.Country == main.Country && trusted(p, g, main)
	}, func(o mention) (int, bool) {
		switch {
		case o.r.End <= m.r.Start:
			return m.r.Start - o.r.End, !crossesSentence(text[o.r.End:m.r.Start])
		case o.r.Start >= m.r.End:
			// a town after the name counts less
			return 2 * (o.r.Start - m.r.End), !crossesSentence(text[m.r.End:o.r.Start])
		}
		return 0, false
	})
}

// nearest returns the resolved place of the mention nearest m (other than
// m's own name and names inside other names) that keep accepts: dist gives
// a mention's distance from m, or false to pass it over, and only places
// nearer than limit count.
func nearest(m mention, ms []mention, groups []*group, byKey map[string]int, limit int,
	keep func(p gazetteer.Place, g *group) bool, dist func(o mention) (int, bool)) *gazetteer.Place {
	var best *gazetteer.Place
	bestD := limit + 1
	for _, o := range ms {
		if o.embedded || o.key == m.key {
			continue
		}
		g := groups[byKey[o.gkey]]
		if g.best < 0 || !keep(g.cands[g.best], g) {
			continue
		}
		if d, ok := dist(o); ok && d < bestD {
			best, bestD = &g.cands[g.best], d
		}
	}
	return best
}

// trusted reports whether the town chosen for g is sure enough to locate
// other names by: a large town, one the text locates with an apposition,
// or one in the region of the article's main place.
func trusted(p gazetteer.Place, g *group, main *gazetteer.Place) bool {
	switch {
	case p.Population >= 100000, agrees(p, g):
		return true
	case main.Feature == gazetteer.FeatCountry:
		return false
	}
	return p.Admin1 == main.Admin1 || gazetteer.DistanceKm(p.Lat, p.Lon, main.Lat, main.Lon) < 150
}

// crossesSentence reports whether the text between two mentions ends a
// sentence.
func crossesSentence(s string) bool {
	return strings.ContainsAny(s, "\n!?") || strings.Contains(s, ". ")
}

// regionTownChars is how far from a name the text may name a town of the
// region its apposition gives for the town to locate it.
const regionTownChars = 600

// townIn finds the town named closest to mention m (within
// regionTownChars, before or after it) that lies in region, a first-level
// region an apposition gave an unknown name: a town the gazetteer lacks
// lies nearer the towns the article names in its state than the state's
// middle ("Gwen of Detroit, Texas" in an obituary from Paris, Texas).
func townIn(text string, m mention, ms []mention, groups []*group, byKey map[string]int, region gazetteer.Place) *gazetteer.Place {
	if region.Feature != gazetteer.FeatAdmin1 {
		return nil
	}
	return nearest(m, ms, groups, byKey, regionTownChars, func(p gazetteer.Place, _ *group) bool {
		return p.City() && p.Country == region.Country && p.Admin1 == region.Admin1
	}, func(o mention) (int, bool) {
		d := m.r.Start - o.r.End
		if o.r.Start >= m.r.End {
			d = o.r.Start - m.r.End
		}
		return d, d >= 0
	})
}
