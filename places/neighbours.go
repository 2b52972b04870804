package places

import (
	"math"

	"github.com/dateline-news/dateline/gazetteer"
)

// maxNeighbourCands bounds the candidates of each name compared with the
// others', most prominent first.
const maxNeighbourCands = 12

// neighbours counts, for each town or district candidate of each name, the
// other names of the article that have a town or district candidate within
// w.neighbourKm (at most two): places named together lie together, so
// "Edmonton" and "Enfield" in one article are the two in north London
// whatever their better-known namesakes. The counts weigh in every round of
// decide, before any name is settled.
func neighbours(groups []*group) {
	type pt struct {
		lat, lon float64
		group    int
	}
	var pts []pt
	for gi, g := range groups {
		if g.weak || g.towns() > maxNeighbourCands*2/3 {
			continue // a name shared by many towns is near something anywhere
		}
		for ci, c := range g.cands {
			if ci >= maxNeighbourCands {
				break
			}
			if local(c) {
				pts = append(pts, pt{c.Lat, c.Lon, gi})
			}
		}
	}
	if len(pts) == 0 {
		return
	}
	for gi, g := range groups {
		if g.regional() {
			continue // "Mexico" is the country, whatever lies near Mexico City
		}
		g.neighbours = make([]float64, len(g.cands))
		for ci, c := range g.cands {
			if ci >= maxNeighbourCands || !local(c) {
				continue
			}
			seen := map[int]bool{}
			for _, q := range pts {
				if q.group == gi || seen[q.group] || groups[q.group].key == g.key {
					continue
				}
				if math.Abs(q.lat-c.Lat) > 1 {
					continue
				}
				if gazetteer.DistanceKm(c.Lat, c.Lon, q.lat, q.lon) <= w.neighbourKm {
					seen[q.group] = true
				}
			}
			g.neighbours[ci] = math.Min(float64(len(seen)), 2)
		}
	}
}

// towns counts the town and district candidates of g.
func (g *group) towns() int {
	n := 0
	for _, c := range g.cands {
		if local(c) {
			n++
		}
	}
	return n
}

// regional reports whether some candidate of g is a country or a
// first-level region.
func (g *group) regional() bool {
	for _, c := range g.cands {
		if c.Feature == gazetteer.FeatCountry || c.Feature == gazetteer.FeatAdmin1 {
			return true
		}
	}
	return false
}
