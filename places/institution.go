package places

import (
	"strings"

	"github.com/dateline-news/dateline/gazetteer"
)

// institution reports whether host names a building or institution that
// the wide feature p it is named after does not locate: a mall, an avenue
// or a summit lies somewhere in the continent, ocean or region it is named
// after ("SM Mall of Asia", "Atlantic Avenue", "the Summit of the
// Americas"). Such a mention is not reported as the place.
func institution(host string, p gazetteer.Place) bool {
	switch p.Feature {
	case gazetteer.FeatContinent, "RGN", "OCN", "SEA":
	default:
		return false
	}
	words := strings.Fields(gazetteer.Key(host))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if buildingWords[w] {
			return true
		}
	}
	return false
}

// buildingWords name buildings and institutions that lie in one town, often
// abroad from the country they are named after.
var buildingWords = map[string]bool{"embassy": true, "consulate": true, "ministry": true, "institute": true,
	"mall": true, "avenue": true, "street": true, "road": true, "court": true, "hospital": true, "center": true,
	"centre": true, "theatre": true, "theater": true, "museum": true, "church": true, "hotel": true,
	"stadium": true, "arena": true, "airport": true, "station": true, "summit": true, "university": true, "college": true, "school": true}
