package places

import (
	"math"

	"github.com/dateline-news/dateline/gazetteer"
)

// A candidate the scores chose can still lack any support in the article:
// a town guessed from part of a name, a small town abroad or in a state
// the article never names, a town reached by an old name. Such a name is
// taken for one the gazetteer lacks and located by the text instead.

// unsupported reports whether the candidate chosen for g has nothing in
// the article to back it (named holds the regions the article names).
func (r *Resolver) unsupported(g *group, groups []*group, named map[string]bool) bool {
	p := g.cands[g.best]
	ev := collectExcept(groups, p)
	switch {
	case g.weak && !r.supported(p, g, ev):
		return true // a guess from part of the name with nothing to back it
	case g.weak && isCounty(g.key) && !countySupported(p, named, ev):
		return true // "Plymouth County" far from the article's places is no Plymouth
	case g.weak:
		return false
	case strayTown(g, named, ev):
		return true
	}
	ev = collectExcept(placesNamed(groups), p)
	if r.foreignTown(g, ev) {
		return true
	}
	// "Guma" is an old name of Goma in the Philippines, but not in a
	// Nigerian report
	return p.AltName && p.City() && float64(p.Population) < w.foreignPop && !r.supported(p, g, ev)
}

// supported reports whether a city guessed from part of a name agrees with
// the rest of the article: in a region, or near a place, the article names.
// ev must leave out the groups resolved to p itself, so that "Suffolk
// County" and "Suffolk City" do not vouch for each other.
func (r *Resolver) supported(p gazetteer.Place, g *group, ev evidence) bool {
	if !p.City() && p.Feature != "ADM2" || p.Population >= bigCityPop {
		return true
	}
	if g.hints[p.Country] > 0 || g.adminHints[p.Country+"."+p.Admin1] > 0 {
		return true
	}
	for _, c := range g.containers {
		if c.Country == p.Country {
			return true
		}
	}
	if ev.admin1[p.Country+"."+p.Admin1] > 0.5 {
		return true
	}
	for _, pt := range ev.points {
		if gazetteer.DistanceKm(p.Lat, p.Lon, pt.lat, pt.lon) < 150 {
			return true
		}
	}
	return false
}

// foreignTown reports whether the town chosen for g is a small one in a
// country nothing else in the article names, while the article is about
// another country: "Delft" in a report from Cape Town is a township the
// gazetteer lacks, not the Dutch city. ev must leave out g's own choice.
func (r *Resolver) foreignTown(g *group, ev evidence) bool {
	p := g.cands[g.best]
	if !p.City() || float64(p.Population) >= w.foreignPop || ev.country[p.Country] > 0 || g.hints[p.Country] > 0 || len(g.containers) > 0 {
		return false
	}
	for _, pt := range ev.points {
		if gazetteer.DistanceKm(p.Lat, p.Lon, pt.lat, pt.lon) < 150 {
			return false // "Imperial Beach" beside Tijuana: across a border, not abroad
		}
	}
	top := 0.0
	for _, v := range ev.country {
		top = math.Max(top, v)
	}
	if g.inName {
		// "Peel Regional Police" in a report from Mississauga: a name
		// borrows a place near its story, not a small town abroad
		return top > 0
	}
	return top >= w.foreignTop
}

// namedRegions are the first-level regions the article names as such
// ("Iowa", "Wisconsin"), by country and code.
func namedRegions(groups []*group) map[string]bool {
	out := map[string]bool{}
	for _, g := range groups {
		if g.best >= 0 && g.cands[g.best].Feature == gazetteer.FeatAdmin1 {
			p := g.cands[g.best]
			out[p.Country+"."+p.Admin1] = true
		}
	}
	return out
}

// strayTown reports whether the small town chosen for g lies in a region
// of a country the article names other regions of but never its own, and
// far from every other place it names: "Hinton" in a report that names
// Iowa, Illinois and Wisconsin is a hamlet the gazetteer lacks, not
// Hinton, West Virginia. ev must leave out g's own choice.
func strayTown(g *group, named map[string]bool, ev evidence) bool {
	p := g.cands[g.best]
	if !p.City() || float64(p.Population) >= w.strayPop || len(g.containers) > 0 ||
		g.adminHints[p.Country+"."+p.Admin1] > 0 {
		return false
	}
	if !otherRegionsNamed(p, named) {
		return false
	}
	for _, pt := range ev.points {
		if gazetteer.DistanceKm(p.Lat, p.Lon, pt.lat, pt.lon) < 150 {
			return false
		}
	}
	return true
}

// placesNamed leaves out of groups those named only by national
// adjectives: "the French Quarter" and "Russian officials" tell whose,
// not where, so they do not say which country an article is set in.
func placesNamed(groups []*group) []*group {
	var out []*group
	for _, g := range groups {
		if !g.adjective {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return groups
	}
	return out
}
