package places

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
)

// institution reports whether host names a street, building or institution
// that the wide place p it is named after does not locate: a street or a
// park lies in a town, not in the region or country it is named after
// ("Northumberland Avenue"), and a mall or a summit lies somewhere in the
// continent, ocean or region it is named after ("SM Mall of Asia", "the
// Summit of the Americas"). Such a mention is not reported as the place:
// it is placed at the town the text puts it in, if any ("Penn Park in
// York").
func institution(host string, p gazetteer.Place) bool {
	words := strings.Fields(gazetteer.Key(host))
	if len(words) < 2 || local(p) {
		return false
	}
	if streetWords[words[len(words)-1]] {
		return true // "Northumberland Avenue", "Penn Park": a street is in a town
	}
	switch p.Feature {
	case gazetteer.FeatContinent, "RGN", "OCN", "SEA":
	default:
		return false
	}
	for _, w := range words {
		if buildingWords[w] {
			return true
		}
	}
	return false
}

// streetWords end the names of streets and parks, which lie in a town even
// when they are named after a region or a country.
var streetWords = map[string]bool{"avenue": true, "street": true, "road": true, "drive": true, "lane": true,
	"boulevard": true, "park": true, "square": true, "st": true, "ave": true, "rd": true, "blvd": true}

// buildingWords name buildings and institutions that lie in one town, often
// abroad from the country they are named after.
var buildingWords = map[string]bool{"embassy": true, "consulate": true, "ministry": true, "institute": true,
	"mall": true, "avenue": true, "street": true, "road": true, "court": true, "hospital": true, "center": true,
	"centre": true, "theatre": true, "theater": true, "museum": true, "church": true, "hotel": true,
	"stadium": true, "arena": true, "airport": true, "station": true, "summit": true, "university": true, "college": true, "school": true}

// hostLocator finds where the text puts the building or institution a
// place name is part of ("The Colony Theatre in Los Angeles", "the
// Liverpool Academy, Cairo"): the town right after the whole name. It
// returns nil for a name that is no building's or whose place the text
// does not give.
func hostLocator(d *doc.Doc, m mention, ms []mention, groups []*group, byKey map[string]int) *gazetteer.Place {
	if !m.embedded || m.span < 0 || m.span >= len(d.Spans) {
		return nil
	}
	words := strings.Fields(gazetteer.Key(m.host))
	if len(words) < 2 || !facilityWords[words[len(words)-1]] {
		return nil
	}
	h := m
	h.r = d.Spans[m.span].Range
	return locator(d.Text, h, ms, groups, byKey)
}

// abroadWords end the names of institutions that a country keeps in other
// countries.
var abroadWords = map[string]bool{"embassy": true, "consulate": true, "school": true, "academy": true}

// abroad reports whether host names an institution that a national
// adjective in it does not locate: "the British Embassy", "the British
// International School".
func abroad(host string) bool {
	words := strings.Fields(gazetteer.Key(host))
	return len(words) >= 2 && abroadWords[words[len(words)-1]]
}

// street reports whether m is a place inside the name of a street ("401 -
// 333 Victoria St.", "Northumberland Avenue"): streets are named after
// towns and counties far away, so the place does not locate the street.
func street(m mention) bool {
	if !m.embedded {
		return false
	}
	words := strings.Fields(gazetteer.Key(m.host))
	return len(words) >= 2 && streetWords[words[len(words)-1]] && words[len(words)-1] != "park"
}
