package places

import (
	"strings"

	"github.com/dateline-news/dateline/gazetteer"
)

// The gazetteer has no second-level regions outside Britain and Ireland,
// so "Plymouth County" is looked up as the towns called Plymouth. A county
// is seldom where its namesake town lies (Plymouth County, Iowa, is far
// from every Plymouth of any size), and a town of the name is taken only
// when the article's other places lie near it. Otherwise the county is
// placed where local news happens: at the town the text names beside it,
// else at the article's main town.

// countyNear is how close another place of the article must lie to a town
// named like a county for the town to stand for it.
const countyNear = 100

// countyTown is the population from which a town named like a county
// stands for it without support: the county is named after it.
const countyTown = 100000

// countyWords follow the name of a county.
var countyWords = map[string]bool{"county": true, "parish": true}

// isCounty reports whether key names a county or parish ("plymouth
// county", "st landry parish").
func isCounty(key string) bool {
	return strings.HasSuffix(key, " county") || strings.HasSuffix(key, " parish")
}

// countySupported reports whether town p, found for a county of its name,
// lies within countyNear km of a place the rest of the article names (ev
// must leave out the groups resolved to p itself). A large city is the
// county's namesake too, unless the article names other regions of its
// country and not its own ("Dallas County" in a report on Iowa).
func countySupported(p gazetteer.Place, named map[string]bool, ev evidence) bool {
	if !local(p) {
		return true
	}
	if p.Population >= countyTown && !otherRegionsNamed(p, named) {
		return true // "Orange County": a city that large is the county's namesake
	}
	for _, pt := range ev.points {
		if gazetteer.DistanceKm(p.Lat, p.Lon, pt.lat, pt.lon) < countyNear {
			return true
		}
	}
	return false
}

// countyChars is how far before a county's name the text may name the
// town that locates it (after it, half as far).
const countyChars = 600

// townBeforeCounty locates a county the gazetteer lacks at the town named
// closest before it (within countyChars, across sentences), else after
// it: local news names a town and then its county ("the fire at their home
// in Oxford. Granville County's fire marshal said"). The town must lie in
// the main place's country.
func townBeforeCounty(m mention, ms []mention, groups []*group, byKey map[string]int, main *gazetteer.Place) *gazetteer.Place {
	if !isCounty(m.key) || main == nil {
		return nil
	}
	return nearest(m, ms, groups, byKey, countyChars, func(p gazetteer.Place, _ *group) bool {
		return p.City() && p.Country == main.Country
	}, func(o mention) (int, bool) {
		d := m.r.Start - o.r.End
		if o.r.Start >= m.r.End {
			d = 2 * (o.r.Start - m.r.End)
		}
		return d, d >= 0
	})
}

// countyShortNames reads a name as the county of that name when the
// article names the county in full: "the Suffolk Times" in a report on
// Suffolk County, New York, is the county's paper, not one of Suffolk,
// Virginia.
func countyShortNames(ms []mention) {
	counties := map[string]mention{}
	for _, m := range ms {
		if isCounty(m.key) {
			counties[m.key[:strings.LastIndexByte(m.key, ' ')]] = m
		}
	}
	for i, m := range ms {
		if c, ok := counties[m.key]; ok && !m.demonym {
			ms[i].key, ms[i].gkey, ms[i].text = c.key, c.key, c.text
		}
	}
}

// otherRegionsNamed reports whether the article names first-level regions
// of p's country (named holds them) but not p's own.
func otherRegionsNamed(p gazetteer.Place, named map[string]bool) bool {
	if named[p.Country+"."+p.Admin1] {
		return false
	}
	for k := range named {
		if strings.HasPrefix(k, p.Country+".") {
			return true
		}
	}
	return false
}
