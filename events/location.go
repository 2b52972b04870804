package events

import (
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

// location is where the event happened: a resolved place introduced by
// "in", "at" or "near" in the same sentence, nearest the trigger.
func (x *context) location(si int, m match) *dateline.Location {
	d := x.d
	s := d.Sents[si]
	var best *dateline.Location
	bestDist := 1 << 30
	for _, sp := range d.Spans {
		if sp.Entity < 0 || sp.First < s.First || sp.First >= s.Last || sp.Kind != doc.KindName {
			continue
		}
		ent := d.Entities[sp.Entity]
		if ent.Geo == nil || sp.First <= 0 {
			continue
		}
		prev := strings.ToLower(d.Tokens[sp.First-1].Text)
		k := sp.First - 1
		// an attack on "the outskirts of Donetsk" struck there
		struck := prev == "of" && attack(m.t.code) && k > s.First && areaNouns[strings.ToLower(d.Tokens[k-1].Text)]
		// "in the Russian Black Sea resort of Sochi"
		for k > s.First && sp.First-k < 8 && !locPreps[prev] && !struck {
			k--
			prev = strings.ToLower(d.Tokens[k].Text)
			if prev == "," || prev == "." || prev == "to" || prev == "from" {
				break
			}
		}
		if !locPreps[prev] && !struck {
			continue
		}
		if sp.First > m.last && x.inAttribution(m.last, sp.First) {
			continue // "..., a military spokesman in Kiev said": where it was said
		}
		if !struck && !x.circumstantial(k, s.First, m) {
			continue // "the process in Syria": the place belongs to a noun
		}
		if x.inNounClause(sp, m) || x.ofParticiple(sp, m) {
			continue // "released Krasikov, a Russian convicted of murdering a man in a Berlin park"
		}
		dist := sp.First - m.last
		if dist < 0 {
			dist = -dist * 2
		}
		if !strings.HasPrefix(ent.Geo.Feature, "PPL") {
			// prefer a town to the sea, region or country around it
			dist += 1000
		}
		if dist < bestDist {
			g := ent.Geo
			best = &dateline.Location{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, GeonameID: g.GeonameID}
			bestDist = dist
		}
	}
	return best
}

// circumstantial reports whether the preposition at token k attaches to
// the clause rather than to a noun before it: it opens the sentence, or
// follows the trigger, a comma, "here"/"there", a participant or a time.
func (x *context) circumstantial(k, start int, m match) bool {
	d := x.d
	if k == start || k == m.last {
		return true
	}
	switch strings.ToLower(d.Tokens[k-1].Text) {
	case ",", "here", "there", "meeting", "talks", "visit":
		return true
	}
	for _, sp := range d.Spans {
		if sp.Last == k && sp.Entity >= 0 {
			return true
		}
	}
	return false
}

// locPreps introduce where an event happened.
var locPreps = map[string]bool{"in": true, "at": true, "near": true, "around": true, "outside": true, "inside": true}

// areaNouns name parts of a place an attack can strike ("the outskirts of
// Donetsk", "rebel-held districts of Aleppo").
var areaNouns = map[string]bool{"districts": true, "district": true, "outskirts": true, "suburbs": true, "suburb": true,
	"neighbourhoods": true, "neighborhoods": true, "neighbourhood": true, "neighborhood": true, "parts": true,
	"areas": true, "centre": true, "center": true, "villages": true, "towns": true, "streets": true}

// inAttribution reports whether a comma between tokens i and j opens an
// attribution ("..., officials in Kiev said").
func (x *context) inAttribution(i, j int) bool {
	for k := i; k < j; k++ {
		if x.d.Tokens[k].Text == "," && x.attributionFollows(k+1, len(x.d.Tokens)) {
			return true
		}
	}
	return false
}
