package places

import (
	"math"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
)

// Resolution is the place one mention was resolved to.
type Resolution struct {
	Span     int       // index into Doc.Spans
	Range    doc.Range // byte range of the mention
	Text     string
	Geo      *dateline.Geo // nil when nothing could be resolved
	Score    float64       // margin of the chosen candidate over the runner-up (0 for fallbacks)
	Demonym  bool          // the mention is a national or regional adjective ("Russian")
	Embedded bool          // a place name inside a longer name of another type ("Nenagh" in "Nenagh MDC")
	Fallback bool          // the name is not in the gazetteer; Geo is the article's main place
}

// mention is one span considered as a place reference.
type mention struct {
	span     int
	r        doc.Range
	text     string // the part of the mention that names the place
	key      string
	after    string // apposition following the mention ("Texas" in "Paris, Texas")
	embedded bool
	demonym  bool
}

// group gathers the mentions of one name, resolved together (one sense per
// discourse).
type group struct {
	key        string
	cands      []gazetteer.Place
	mentions   []int
	containers []gazetteer.Place // places named in appositions
	hints      map[string]float64
	adminHints map[string]float64
	best       int // index into cands, -1 when none
	margin     float64
	first      int // byte offset of the first mention
}

// Resolve resolves every place mention of d: the name spans labelled GPE,
// LOC or FAC, national adjectives labelled NORP, and place names heading an
// organisation name ("Nenagh" in "Nenagh MDC"). It does not need
// Doc.Entities.
func (r *Resolver) Resolve(d *doc.Doc) []Resolution {
	ms := r.mentions(d)
	if len(ms) == 0 {
		return nil
	}
	groups, byKey := r.group(d, ms)
	r.decide(groups)
	main := r.mainPlace(groups, ms)
	out := make([]Resolution, 0, len(ms))
	for _, m := range ms {
		g := groups[byKey[m.key]]
		res := Resolution{Span: m.span, Range: m.r, Text: d.Text[m.r.Start:m.r.End], Embedded: m.embedded, Demonym: m.demonym}
		switch {
		case g.best >= 0:
			res.Geo = geoOf(g.cands[g.best])
			res.Score = g.margin
		case main != nil:
			res.Geo = geoOf(*main)
			res.Geo.Name = cleanName(m.text)
			res.Geo.GeonameID = 0
			res.Geo.Feature = ""
			res.Fallback = true
		}
		out = append(out, res)
	}
	return out
}

func geoOf(p gazetteer.Place) *dateline.Geo {
	return &dateline.Geo{Name: p.Name, Country: p.Country, Admin1: p.Admin1Name, Lat: p.Lat, Lon: p.Lon,
		GeonameID: p.ID, Feature: p.Feature}
}

// mentions picks the spans that may name places.
func (r *Resolver) mentions(d *doc.Doc) []mention {
	var ms []mention
	for i, s := range d.Spans {
		if s.Kind != "" && s.Kind != doc.KindName {
			continue
		}
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			continue
		}
		text := d.Text[s.Start:s.End]
		if strings.ToLower(text) == text {
			continue // not a name
		}
		m := mention{span: i, r: s.Range}
		switch s.Label {
		case "GPE", "LOC", "FAC", "":
			name, container := splitComma(cleanName(text))
			m.text = name
			m.after = container
			if m.after == "" {
				m.after = appositionAfter(d.Text, s.End)
			}
			m.demonym = r.g.IsDemonym(name)
		case "NORP":
			name := cleanName(text)
			if !r.g.IsDemonym(name) {
				if _, ok := r.g.Country(name); !ok {
					continue
				}
			}
			m.text = name
			m.demonym = true
		case "ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW":
			name := r.embeddedName(cleanName(text))
			if name == "" {
				continue
			}
			m.text = name
			m.embedded = true
			m.r = doc.Range{Start: s.Start + strings.Index(text, name), End: s.Start + strings.Index(text, name) + len(name)}
		default:
			continue
		}
		m.key = gazetteer.Key(m.text)
		if m.key == "" {
			continue
		}
		ms = append(ms, m)
	}
	return ms
}

// embeddedName finds a well-known place or national adjective that starts
// an organisation's name: "European" in "European Commission", "Nenagh" in
// "Nenagh MDC", "Chicago" in "Chicago Tribune".
func (r *Resolver) embeddedName(s string) string {
	words := strings.Fields(s)
	for n := len(words) - 1; n >= 1; n-- {
		cand := strings.Join(words[:n], " ")
		if !isCapitalised(cand) {
			continue
		}
		if r.g.IsDemonym(cand) {
			return cand
		}
		for _, p := range r.g.Lookup(cand) {
			if !p.City() || p.Population >= 20000 {
				return cand
			}
		}
	}
	return ""
}

// group collects mentions by key and gathers their context.
func (r *Resolver) group(d *doc.Doc, ms []mention) ([]*group, map[string]int) {
	byKey := map[string]int{}
	var groups []*group
	for i, m := range ms {
		gi, ok := byKey[m.key]
		if !ok {
			gi = len(groups)
			byKey[m.key] = gi
			groups = append(groups, &group{key: m.key, cands: r.candidates(m.text), best: -1,
				hints: map[string]float64{}, adminHints: map[string]float64{}, first: m.r.Start})
		}
		g := groups[gi]
		g.mentions = append(g.mentions, i)
		if m.after != "" {
			g.containers = append(g.containers, r.containerPlaces(m.after)...)
		}
		r.addHints(g, wordsBefore(d.Text, m.r.Start, 6))
	}
	return groups, byKey
}

// containerPlaces reads the name after a comma as a country or region.
func (r *Resolver) containerPlaces(s string) []gazetteer.Place {
	if len(s) == 2 && strings.ToUpper(s) == s {
		if p, ok := r.g.USState(s); ok {
			return []gazetteer.Place{p}
		}
	}
	var out []gazetteer.Place
	for _, p := range r.g.Lookup(s) {
		switch {
		case p.Demonym:
		case p.Feature == gazetteer.FeatCountry || p.Feature == gazetteer.FeatAdmin1:
			out = append(out, p)
		case p.City() && p.Population >= 100000:
			out = append(out, p)
		}
	}
	return out
}

// addHints records countries and regions named in the words before a
// mention: "the Russian Black Sea resort of Sochi", "Kazakhstan's capital".
func (r *Resolver) addHints(g *group, words []string) {
	for i, w := range words {
		w = cleanName(w)
		if !isCapitalised(w) {
			continue
		}
		for _, cand := range []string{w, joinNext(words, i)} {
			if cand == "" {
				continue
			}
			if iso, ok := r.g.Country(cand); ok {
				g.hints[iso] = 1
				continue
			}
			for _, p := range r.g.Lookup(cand) {
				if p.Feature == gazetteer.FeatAdmin1 && !p.Demonym {
					g.adminHints[p.Country+"."+p.Admin1] = 1
				}
			}
		}
	}
}

func joinNext(words []string, i int) string {
	if i+1 >= len(words) || !isCapitalised(words[i+1]) {
		return ""
	}
	return cleanName(words[i] + " " + words[i+1])
}

// genericHead and genericTail are words around a place name that do not
// change which place it is.
var genericHead = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "greater": true, "upper": true,
	"lower": true, "downtown": true, "metro": true, "rural": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"mainland": true, "occupied": true, "coastal": true, "inner": true, "outer": true, "city": true}
var genericTail = map[string]bool{"county": true, "city": true, "province": true, "region": true, "state": true,
	"district": true, "area": true, "township": true, "municipality": true, "parish": true, "borough": true,
	"valley": true, "metropolitan": true, "metro": true, "governorate": true, "oblast": true, "prefecture": true}

// facilityWords end names of streets, buildings and institutions, whose
// leading words are seldom the place itself.
var facilityWords = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "road": true,
	"rd": true, "church": true, "school": true, "hospital": true, "bridge": true, "park": true, "airport": true,
	"station": true, "center": true, "centre": true, "university": true, "college": true, "hall": true,
	"library": true, "court": true, "building": true, "tower": true, "square": true, "stadium": true,
	"arena": true, "mall": true, "hotel": true, "museum": true, "club": true, "house": true, "lane": true,
	"drive": true, "boulevard": true, "blvd": true, "highway": true, "way": true, "place": true, "field": true,
	"prison": true, "jail": true, "cathedral": true, "theatre": true, "theater": true, "market": true}

// candidates looks a name up, falling back to the name without generic
// words and then to its longest known part.
func (r *Resolver) candidates(name string) []gazetteer.Place {
	if ps := r.g.Lookup(name); len(ps) > 0 {
		return ps
	}
	words := strings.Fields(gazetteer.Key(name))
	if len(words) < 2 {
		return nil
	}
	trimmed := words
	for len(trimmed) > 1 && genericHead[trimmed[0]] {
		trimmed = trimmed[1:]
	}
	for len(trimmed) > 1 && genericTail[trimmed[len(trimmed)-1]] {
		trimmed = trimmed[:len(trimmed)-1]
	}
	if len(trimmed) < len(words) {
		if ps := r.g.LookupKey(strings.Join(trimmed, " ")); len(ps) > 0 {
			return ps
		}
	}
	// "Republic of Armenia", "Bank of Mexico": the place follows "of".
	for i := 1; i < len(words)-1; i++ {
		if words[i] == "of" {
			if ps := r.bigPlaces(words[i+1:], true); len(ps) > 0 {
				return ps
			}
		}
	}
	for n := len(words) - 1; n >= 1; n-- {
		if ps := r.bigPlaces(words[:n], true); len(ps) > 0 {
			return ps
		}
		if ps := r.bigPlaces(words[len(words)-n:], false); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// bigPlaces looks up part of a longer name, keeping only entries prominent
// enough that the part is likely to mean them: countries, regions and
// features, and cities of 50,000 people or more. National adjectives count
// only at the start of the name ("European Commission").
func (r *Resolver) bigPlaces(words []string, head bool) []gazetteer.Place {
	if len(words) == 1 && genericHead[words[0]] {
		return nil
	}
	var keep []gazetteer.Place
	for _, p := range r.g.LookupKey(strings.Join(words, " ")) {
		if p.Demonym && !head {
			continue
		}
		if !p.City() || p.Population >= 50000 {
			keep = append(keep, p)
		}
	}
	return keep
}

// prior is the score of a candidate before context: bigger places and
// higher administrative rank first.
func prior(p gazetteer.Place) float64 {
	pop := float64(p.Population)
	switch p.Feature {
	case gazetteer.FeatCountry:
		return math.Log10(pop+1) + 2.5
	case gazetteer.FeatAdmin1:
		return math.Log10(pop/10+1) + 0.5
	case "PPLC":
		return math.Log10(pop+1) + 1.5
	case "PPLA":
		return math.Log10(pop+1) + 0.6
	case "PPLA2":
		return math.Log10(pop+1) + 0.2
	case "PPLX":
		return math.Log10(pop+1) - 0.8
	case gazetteer.FeatContinent, "OCN":
		return math.Log10(pop+1) + 1.5
	}
	if p.City() {
		return math.Log10(pop + 1)
	}
	return math.Log10(pop+1) + 0.5
}

// evidence is what the other places of an article say about a candidate.
type evidence struct {
	country map[string]float64
	admin1  map[string]float64
	points  []point
}

type point struct {
	lat, lon, w float64
	group       int
}

// collect gathers the evidence of the current decisions.
func collect(groups []*group) evidence {
	ev := evidence{country: map[string]float64{}, admin1: map[string]float64{}}
	for gi, g := range groups {
		if g.best < 0 {
			continue
		}
		p := g.cands[g.best]
		n := float64(len(g.mentions))
		switch {
		case p.Feature == gazetteer.FeatCountry:
			ev.country[p.Country] += n
		case p.Feature == gazetteer.FeatAdmin1:
			ev.country[p.Country] += 0.5 * n
			ev.admin1[p.Country+"."+p.Admin1] += n
		case p.City():
			ev.country[p.Country] += 0.5 * n
			ev.admin1[p.Country+"."+p.Admin1] += 0.3 * n
			ev.points = append(ev.points, point{p.Lat, p.Lon, math.Min(n, 3), gi})
		default:
			if p.Country != "" {
				ev.country[p.Country] += 0.3 * n
			}
		}
	}
	return ev
}

// own subtracts a group's contribution to the country and admin1 evidence.
func own(g *group) (country string, cw float64, admin string, aw float64) {
	if g.best < 0 {
		return
	}
	p := g.cands[g.best]
	n := float64(len(g.mentions))
	switch {
	case p.Feature == gazetteer.FeatCountry:
		return p.Country, n, "", 0
	case p.Feature == gazetteer.FeatAdmin1:
		return p.Country, 0.5 * n, p.Country + "." + p.Admin1, n
	case p.City():
		return p.Country, 0.5 * n, p.Country + "." + p.Admin1, 0.3 * n
	}
	return p.Country, 0.3 * n, "", 0
}

// score rates candidate p of group gi given the evidence.
func (r *Resolver) score(p gazetteer.Place, gi int, g *group, ev *evidence) float64 {
	s := prior(p)
	for _, c := range g.containers {
		switch {
		case c.Feature == gazetteer.FeatCountry && p.Country == c.Country:
			s += 4
		case c.Feature == gazetteer.FeatAdmin1 && p.Country == c.Country && p.Admin1 == c.Admin1 && p.Feature != gazetteer.FeatAdmin1:
			s += 6
		case c.City() && gazetteer.DistanceKm(p.Lat, p.Lon, c.Lat, c.Lon) < 60:
			s += 3
		}
	}
	if g.hints[p.Country] > 0 {
		s += 2
	}
	if g.adminHints[p.Country+"."+p.Admin1] > 0 && p.Feature != gazetteer.FeatAdmin1 {
		s += 3
	}
	oc, ocw, oa, oaw := own(g)
	cw := ev.country[p.Country]
	if p.Country == oc {
		cw -= ocw
	}
	aw := ev.admin1[p.Country+"."+p.Admin1]
	if p.Country+"."+p.Admin1 == oa {
		aw -= oaw
	}
	if p.Country != "" && cw > 0 {
		s += 1.2 * math.Log2(1+cw)
	}
	if p.Admin1 != "" && aw > 0 {
		s += 1.5 * math.Log2(1+aw)
	}
	if p.City() || p.Feature == gazetteer.FeatAdmin1 {
		best := 0.0
		for _, pt := range ev.points {
			if pt.group == gi {
				continue
			}
			d := gazetteer.DistanceKm(p.Lat, p.Lon, pt.lat, pt.lon)
			if v := pt.w * math.Exp(-d/300); v > best {
				best = v
			}
		}
		s += 2.5 * math.Min(best, 1.5)
	}
	return s
}

// decide picks each group's candidate, first on priors and local context,
// then again with the evidence of the others' choices.
func (r *Resolver) decide(groups []*group) {
	ev := evidence{country: map[string]float64{}, admin1: map[string]float64{}}
	for iter := 0; iter < 4; iter++ {
		changed := false
		for gi, g := range groups {
			best, bestS, second := -1, math.Inf(-1), math.Inf(-1)
			for ci, p := range g.cands {
				s := r.score(p, gi, g, &ev)
				if s > bestS {
					best, bestS, second = ci, s, bestS
				} else if s > second {
					second = s
				}
			}
			if best != g.best {
				changed = true
			}
			g.best = best
			if len(g.cands) > 1 {
				g.margin = bestS - second
			} else {
				g.margin = bestS
			}
		}
		if !changed && iter > 0 {
			break
		}
		ev = collect(groups)
	}
}

// mainPlace is where the article happens, for names the gazetteer lacks:
// the most mentioned city, else region, else country.
func (r *Resolver) mainPlace(groups []*group, ms []mention) *gazetteer.Place {
	type scored struct {
		p     gazetteer.Place
		n     int
		first int
		rank  int
	}
	var best *scored
	for _, g := range groups {
		if g.best < 0 {
			continue
		}
		p := g.cands[g.best]
		rank := 0
		switch {
		case p.City():
			rank = 3
		case p.Feature == gazetteer.FeatAdmin1:
			rank = 2
		case p.Feature == gazetteer.FeatCountry:
			rank = 1
		default:
			continue
		}
		c := scored{p, len(g.mentions), g.first, rank}
		if best == nil || c.rank > best.rank || c.rank == best.rank && (c.n > best.n || c.n == best.n && c.first < best.first) {
			best = &c
		}
	}
	if best == nil {
		return nil
	}
	return &best.p
}
