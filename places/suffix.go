package places

import "github.com/dateline-news/dateline/gazetteer"

// suffixFilter keeps the candidates of a name found without its generic
// last word that the word allows: "Quebec City" is a city, not the
// province; "Suffolk County" and "Ohio County" are US counties, neither an
// English county (written without "County") nor a US state.
func suffixFilter(ps []gazetteer.Place, last string) []gazetteer.Place {
	var keep []gazetteer.Place
	switch last {
	case "city":
		for _, p := range ps {
			if p.City() {
				keep = append(keep, p)
			}
		}
		if len(keep) == 0 {
			return ps
		}
		return keep
	case "county":
		for _, p := range ps {
			switch {
			case p.Feature == "ADM2" && (p.Country == "GBR" || p.Country == "IRL"):
			case p.Feature == gazetteer.FeatAdmin1 && p.Country == "USA":
			default:
				keep = append(keep, p)
			}
		}
		return keep
	}
	return ps
}
