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
	Span     int       // index into Doc.Spans; -1 for a dateline no span covers ("LONDON, Ky. -")
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
	gkey     string // key of the mention's group: key, set apart for names inside other names
	after    string // apposition following the mention ("Texas" in "Paris, Texas")
	list     bool   // the apposition may be the next item of a list
	near     string // place the mention is said to be near ("Brisbane" in "Kingston, south of Brisbane")
	embedded bool
	demonym  bool
	dateline bool   // the place the article is filed from
	host     string // the longer name a place inside a name stands in ("University of California")
	facility bool   // NER read the name as a building or a structure (FAC)
}

// group gathers the mentions of one name, resolved together (one sense per
// discourse).
type group struct {
	key        string
	cands      []gazetteer.Place
	neighbours []float64 // per candidate: other names of the article with a candidate close by
	mentions   []int
	containers []gazetteer.Place // places named in appositions
	listed     []bool            // per container: the apposition may be a list item
	nears      []gazetteer.Place // places the mentions are said to be near
	hints      map[string]float64
	adminHints map[string]float64
	approx     *gazetteer.Place // where the mentions' appositions put an unknown name
	maxNames   float64          // most alternate names of a city candidate
	weak       bool             // candidates found for part of the name only ("Pike" for "Pike County")
	best       int              // index into cands, -1 when none
	margin     float64
	first      int  // byte offset of the first mention
	stateCue   bool // some mention reads as a region rather than a city of the same name
	townCue    bool // some mention reads as a town: "the city of Turkey"
	inName     bool // the mentions are places inside longer names ("Cambridge Analytica")
	dateline   bool // a mention is the article's dateline
	adjective  bool // every mention is a national or regional adjective ("French")
}

// Resolve resolves every place mention of d: the name spans labelled GPE,
// LOC or FAC, national adjectives labelled NORP, and place names heading an
// organisation name ("Nenagh" in "Nenagh MDC"). A name the gazetteer lacks
// is placed at the town or region the text locates it in (a Fallback):
// "Zqxwv Street in Manchester", a town named close by. Where nothing but the
// article's main place would locate it, it is left out, unless the
// resolver is Guessing. It does not need Doc.Entities.
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
		g := groups[byKey[m.gkey]]
		res := Resolution{Span: m.span, Range: m.r, Text: d.Text[m.r.Start:m.r.End], Embedded: m.embedded, Demonym: m.demonym}
		switch {
		case g.best >= 0 && m.demonym && m.embedded && abroad(m.host) && hostLocator(d, m, ms, groups, byKey) == nil:
			continue // "the British Embassy": somewhere abroad, not in Britain
		case g.best >= 0 && !m.demonym && (institution(m.host, g.cands[g.best]) || street(m) ||
			m.facility && g.weak && !local(g.cands[g.best])):
			// "the Stade de France" is a stadium in a town, not France
			// "the University of California, Los Angeles": where the text puts it
			at := locator(d.Text, m, ms, groups, byKey)
			if at == nil && main != nil {
				at = nearby(d.Text, m, ms, groups, byKey, main)
			}
			if at == nil {
				continue
			}
			res.Geo = geoOf(*at)
			res.Geo.Name = cleanName(m.host)
			res.Geo.GeonameID = 0
			res.Geo.Feature = ""
			res.Fallback = true
		case g.best >= 0 && hostLocator(d, m, ms, groups, byKey) != nil:
			// "The Colony Theatre in Los Angeles": the building, where
			// the text puts it, not the town it is named after
			res.Geo = geoOf(*hostLocator(d, m, ms, groups, byKey))
			res.Geo.Name = cleanName(m.host)
			res.Geo.GeonameID = 0
			res.Geo.Feature = ""
			res.Fallback = true
		case g.best >= 0:
			res.Geo = geoOf(g.cands[g.best])
			res.Score = g.margin
		case g.approx != nil || main != nil:
			at := main
			if g.approx != nil {
				at = g.approx
				if p := townIn(d.Text, m, ms, groups, byKey, *g.approx); p != nil {
					at = p // "Detroit, Texas" after "Paris, Texas": near Paris, not mid-Texas
				} else if main != nil && local(*main) && g.approx.Feature == gazetteer.FeatAdmin1 &&
					main.Country == g.approx.Country && main.Admin1 == g.approx.Admin1 {
					at = main // the article's town in that state
				}
			} else if p := locator(d.Text, m, ms, groups, byKey); p != nil {
				at = p
			} else if p := nearby(d.Text, m, ms, groups, byKey, main); p != nil {
				at = p
			} else if p := townBeforeCounty(m, ms, groups, byKey, main); p != nil {
				at = p
			} else if !r.guess && !(isCounty(m.key) && local(*main)) {
				// a county is where local news happens: around the main town;
				// only the article's main place would locate another name:
				// it is not reported unless guesses are asked for
				continue
			}
			res.Geo = geoOf(*at)
			res.Geo.Name = cleanName(m.text)
			res.Geo.GeonameID = 0
			res.Geo.Feature = ""
			res.Fallback = true
		}
		out = append(out, res)
	}
	return out
}

// locator finds where an unknown name is from the text around it: the
// place right after it ("the Palais des Nations in Geneva", "Le Bernardin
// in New York", "Windsor Castle, Berkshire"), else the nearest town named
// in the same sentence.
func locator(text string, m mention, ms []mention, groups []*group, byKey map[string]int) *gazetteer.Place {
	placeOf := func(o mention) *gazetteer.Place {
		g := groups[byKey[o.gkey]]
		if g.best < 0 || o.embedded {
			return nil
		}
		p := g.cands[g.best]
		if !local(p) && p.Feature != gazetteer.FeatAdmin1 {
			return nil
		}
		return &p
	}
	// right after: ", X", " in X", " at X", " near X", " of X"
	for _, o := range ms {
		if o.r.Start <= m.r.End || o.r.Start > m.r.End+20 {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(text[m.r.End:o.r.Start]))
		if w, rest, ok := strings.Cut(gap, " "); ok && (genericTail[w] || townWords[w] || w == "village") {
			gap = rest // "Maoxian county in Sichuan", "Xinmo village of Mao"
		}
		switch gap {
		case ",", "in", "at", "near", "of", ", in", "in the", "outside":
			if p := placeOf(o); p != nil {
				return p
			}
		}
	}
	return nil
}

func geoOf(p gazetteer.Place) *dateline.Geo {
	return &dateline.Geo{Name: p.Name, Country: p.Country, Admin1: p.Admin1Name, Lat: p.Lat, Lon: p.Lon,
		GeonameID: p.ID, Feature: p.Feature}
}

// mentions picks the spans that may name places: GPE, LOC and FAC names
// (and the container of "Paris, Texas" as a mention of its own), national
// adjectives, names of other types that are themselves a well-known place
// (an NER slip: "EU" as ORG, "Douma" as PERSON), and well-known places
// inside other names ("Nenagh MDC", "Air France KLM", "ex-Russian").
func (r *Resolver) mentions(d *doc.Doc) []mention {
	var ms []mention
	add := func(m mention) {
		m.key = gazetteer.Key(m.text)
		m.gkey = m.key
		if m.key != "" {
			ms = append(ms, m)
		}
	}
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
		name := cleanName(text)
		off := s.Start + strings.Index(text, name)
		if s.Label == "GPE" || s.Label == "LOC" || s.Label == "FAC" || s.Label == "NORP" || s.Label == "" {
			if st, en, ok := r.widen(d.Text, off, off+len(name)); ok {
				// "Mexico" of "New Mexico", "Korean" of "Korean Peninsula"
				s.Range = doc.Range{Start: st, End: en}
				text, name, off = d.Text[st:en], d.Text[st:en], st
				if s.Label == "NORP" {
					s.Label = "LOC"
				}
			}
		}
		switch s.Label {
		case "GPE", "LOC", "FAC", "":
			if st, ok := facilityStart(d.Text, off, off+len(name)); ok {
				// "Third Presbyterian" + "Church": a building, not the town of Church
				s.Range = doc.Range{Start: st, End: off + len(name)}
				text, name, off = d.Text[st:off+len(name)], d.Text[st:off+len(name)], st
			}
			if k := strings.Index(name, ": "); k > 0 {
				// "Kuala Lumpur: Malaysian authorities": a dateline and the
				// name that starts the story are two mentions
				if tail := cleanName(name[k+2:]); tail != "" && isCapitalised(tail) {
					t := off + strings.Index(name, tail)
					add(mention{span: i, r: doc.Range{Start: t, End: t + len(tail)}, text: tail, demonym: r.g.IsDemonym(tail)})
				}
				name = name[:k]
				s.Range = doc.Range{Start: off, End: off + k}
				text = name
			}
			head, container := splitComma(name)
			m := mention{span: i, r: s.Range, text: head, after: container}
			if container == "" {
				m.after = appositionAfter(d.Text, s.End)
				m.list = m.after != "" && inList(d.Text, s.End, m.after)
			} else if ci := strings.LastIndex(text, container); ci > 0 {
				add(mention{span: i, r: doc.Range{Start: s.Start + ci, End: s.Start + ci + len(container)}, text: container})
			}
			m.near = nearAfter(d.Text, s.End)
			m.demonym = r.g.IsDemonym(head)
			m.host = head
			m.facility = s.Label == "FAC"
			add(m)
			continue
		}
		if r.wholePlace(name, s.Label) {
			add(mention{span: i, r: doc.Range{Start: off, End: off + len(name)}, text: name,
				demonym: r.g.IsDemonym(name), embedded: s.Label != "NORP"})
			continue
		}
		switch s.Label {
		case "NORP", "ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "PERSON", "FAC":
		default:
			continue
		}
		if s.Label == "PERSON" && !strings.ContainsAny(name, "-") {
			continue
		}
		if sub := r.embeddedName(name); sub != "" {
			k := strings.Index(name, sub)
			add(mention{span: i, r: doc.Range{Start: off + k, End: off + k + len(sub)}, text: sub,
				demonym: r.g.IsDemonym(sub), embedded: true, host: name})
		}
	}
	ms = r.datelineMention(d.Text, ms)
	countyShortNames(ms)
	// A place inside a name of another type ("Cambridge Analytica", "the
	// Venice Commission") is resolved apart unless the article also names
	// the place plainly ("Paris Regional Medical Center" in a report from
	// Paris, Texas).
	plain := map[string]bool{}
	for _, m := range ms {
		if !m.embedded {
			plain[m.key] = true
		}
	}
	for i, m := range ms {
		if m.embedded && !m.demonym && !plain[m.key] {
			ms[i].gkey = m.key + "\x00in-name"
		}
	}
	return ms
}

// wholePlace reports whether a name that NER gave another type is a
// well-known place all the same: a country, region, national adjective or
// named feature, or a city big enough (larger for PERSON) that a clash with
// a person's or organisation's name is unlikely.
func (r *Resolver) wholePlace(name, label string) bool {
	if label == "NORP" {
		if r.g.IsDemonym(name) {
			return true
		}
		if _, ok := r.g.Country(name); ok {
			return true
		}
	}
	minPop := 20000
	if label == "PERSON" {
		minPop = 100000
	}
	for _, p := range r.g.Lookup(name) {
		switch {
		case p.Demonym:
			if label != "PERSON" {
				return true
			}
		case p.City():
			if p.Population >= minPop && !p.AltName {
				return true
			}
		case p.Population > 0:
			return true
		}
	}
	return false
}

// embeddedName finds a well-known place or national adjective inside a
// longer name: "European" in "European Commission", "Nenagh" in "Nenagh
// MDC", "France" in "Air France KLM", "Iran" in "Trade Promotion
// Organization of Iran", "Russian" in "ex-Russian".
func (r *Resolver) embeddedName(s string) string {
	words := strings.FieldsFunc(s, func(c rune) bool { return c == ' ' || c == '-' || c == '/' })
	// "(The) Plymouth County Sheriff's Office", "Black Hawk County jail":
	// the county, whether or not a town shares its name
	start := 0
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		start = 1
	}
	for n := 1; n <= 2 && start+n < len(words); n++ {
		name := strings.Join(words[start:start+n], " ")
		if countyWords[strings.ToLower(words[start+n])] && isCapitalised(name) && !r.g.IsDemonym(name) {
			if county := name + " " + words[start+n]; strings.Contains(s, county) {
				return county
			}
		}
	}
	facility := len(words) > 1 && facilityWords[strings.ToLower(words[len(words)-1])]
	for n := len(words) - 1; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			cand := strings.Join(words[i:i+n], " ")
			// "British Columbia's Expropriation Act"; but a lone word with a
			// possessive is mostly a person's ("Wilson's Farm")
			bare := strings.TrimSuffix(strings.TrimSuffix(cand, "'s"), "’s")
			possessive := bare != cand
			cand = bare
			if !isCapitalised(cand) || !strings.Contains(s, cand) {
				continue
			}
			lc := strings.ToLower(cand)
			if n == 1 && (genericHead[lc] || genericTail[lc] || facilityWords[lc] || stopParts[lc]) {
				continue
			}
			// "Marjory Stoneman Douglas High School", "Seoul Central
			// District Court": a school or a court is named after a person
			// or a part of its town more often than after a region
			strict := facility && i > 0 && !strings.EqualFold(words[i-1], "of")
			if r.g.IsDemonym(cand) {
				return cand
			}
			// inside a name a town must be big to be meant ("Union",
			// "Commerce" and "Independence" are towns too)
			minPop := 20000
			if i > 0 {
				minPop = 100000
			}
			// "Stoke Newington": a name that goes on is no short form of
			// another ("Stoke" of Stoke-on-Trent)
			next := ""
			if i+n < len(words) {
				next = strings.ToLower(words[i+n])
			}
			goesOn := next != "" && isCapitalised(words[i+n]) && !facilityWords[next] && !genericTail[next] && !stopParts[next]
			for _, p := range r.g.Lookup(cand) {
				if p.AltName || p.ShortName && goesOn {
					continue
				}
				if possessive && n == 1 && (p.City() || p.Feature == "ADM2") {
					continue
				}
				if p.City() && p.Population >= minPop || !p.City() && (!strict || p.Feature == gazetteer.FeatCountry) {
					return cand
				}
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
		gi, ok := byKey[m.gkey]
		if !ok {
			gi = len(groups)
			byKey[m.gkey] = gi
			var cands []gazetteer.Place
			var weak bool
			if !common(cleanName(m.text)) {
				cands, weak = r.candidates(m.text) // "the Valley" names no town called Valley
			}
			if gazetteer.Acronym(cleanName(m.text)) && !m.dateline {
				cands = notTowns(cands) // "the OAS", "the CHU": no town Oas or Chũ
			}
			g := &group{key: m.key, cands: cands, weak: weak, best: -1, inName: m.gkey != m.key,
				hints: map[string]float64{}, adminHints: map[string]float64{}, first: m.r.Start}
			for _, c := range cands {
				if c.City() && float64(c.Names) > g.maxNames {
					g.maxNames = float64(c.Names)
				}
			}
			groups = append(groups, g)
		}
		g := groups[gi]
		if len(g.mentions) == 0 {
			g.adjective = m.demonym
		} else if !m.demonym {
			g.adjective = false
		}
		g.mentions = append(g.mentions, i)
		if m.after != "" {
			for _, c := range r.containerPlaces(m.after) {
				g.containers = append(g.containers, c)
				g.listed = append(g.listed, m.list)
			}
		}
		if m.near != "" {
			for _, p := range r.g.Lookup(m.near) {
				if p.City() && !p.AltName && p.Population >= 20000 {
					g.nears = append(g.nears, p)
				}
			}
		}
		if m.dateline {
			g.dateline = true
		}
		if townCue(d.Text, m) {
			g.townCue = true
		}
		if r.stateCue(d.Text, ms, i) {
			g.stateCue = true
		}
		r.mentionHints(g, d.Text, ms, i)
	}
	markStates(groups)
	groups = r.splitSenses(d.Text, groups, ms, byKey)
	r.datelineHints(groups)
	return groups, byKey
}

// mentionHints adds to g the countries and regions named around mention i.
func (r *Resolver) mentionHints(g *group, text string, ms []mention, i int) {
	skip := listed(text, ms, i)
	r.addHints(g, wordsBefore(text, ms[i].r.Start, 6), 1, skip)
	if w.after > 0 {
		r.addHints(g, wordsAfter(text, ms[i].r.End, 8), w.after, skip)
	}
}

// containerPlaces reads the name after a comma as a country or region, or
// its first word when that is an abbreviation ending a sentence ("Va." of
// "Gainesville, Va. There will be").
func (r *Resolver) containerPlaces(s string) []gazetteer.Place {
	if out := r.containerOf(s); len(out) > 0 {
		return out
	}
	if first, _, ok := strings.Cut(s, " "); ok && strings.HasSuffix(first, ".") {
		return r.containerOf(first)
	}
	return nil
}

// containerOf reads s as a country or region.
func (r *Resolver) containerOf(s string) []gazetteer.Place {
	if len(s) == 2 && strings.ToUpper(s) == s {
		if p, ok := r.g.USState(s); ok {
			return []gazetteer.Place{p}
		}
	}
	var out []gazetteer.Place
	for _, p := range r.g.Lookup(s) {
		switch {
		case p.Demonym:
		case p.Feature == gazetteer.FeatCountry || p.Feature == gazetteer.FeatAdmin1 || p.Feature == "ADM2":
			out = append(out, p)
		case p.City() && p.Population >= 100000:
			out = append(out, p)
		}
	}
	return out
}

// addHints records countries and regions named in the words around a
// mention — "the Russian Black Sea resort of Sochi", "Kazakhstan's
// capital", "Plymouth ... leads Massachusetts" — with weight wt.
func (r *Resolver) addHints(g *group, words []string, wt float64, skip map[string]bool) {
	for i, w := range words {
		w = cleanName(w)
		if !isCapitalised(w) {
			continue
		}
		for j, cand := range []string{w, joinNext(words, i)} {
			if cand == "" {
				continue
			}
			if j == 0 && i+1 < len(words) && teamWords[cleanName(words[i+1])] && r.usState(cand) {
				continue // "Mississippi State", "Ohio University": a team or a school, not the region
			}
			if k := gazetteer.Key(cand); k == g.key || skip[k] {
				continue
			}
			if iso, ok := r.g.Country(cand); ok {
				g.hints[iso] = math.Max(g.hints[iso], wt)
				continue
			}
			if len(cand) <= 2 && strings.ToUpper(cand) == cand {
				continue // "GA passes", "IN": a postal code only locates after a comma
			}
			for _, p := range r.g.Lookup(cand) {
				if p.Feature == gazetteer.FeatAdmin1 && !p.Demonym {
					k := p.Country + "." + p.Admin1
					g.adminHints[k] = math.Max(g.adminHints[k], wt)
				}
			}
		}
	}
}

// usState reports whether name is a US state.
func (r *Resolver) usState(name string) bool {
	for _, p := range r.g.Lookup(name) {
		if p.Feature == gazetteer.FeatAdmin1 && p.Country == "USA" && !p.AltName {
			return true
		}
	}
	return false
}

// teamWords follow a region's name in the names of universities and their
// teams.
var teamWords = map[string]bool{"State": true, "University": true, "College": true}

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
	"prison": true, "jail": true, "cathedral": true, "theatre": true, "theater": true, "market": true,
	"embassy": true, "consulate": true, "ministry": true, "academy": true, "institute": true, "castle": true,
	"palace": true, "chapel": true, "office": true, "department": true, "council": true, "police": true,
	"studio": true, "studios": true, "restaurant": true, "bar": true, "cafe": true, "trust": true, "campus": true,
	"gardens": true, "garden": true, "zoo": true, "terminal": true, "port": true, "harbour": true, "harbor": true,
	"pier": true, "plaza": true, "hill": true, "valley": true, "wing": true, "metro": true, "line": true}

// candidates looks a name up, falling back to the name without generic
// words and then to its longest known part; weak reports a fallback.
func (r *Resolver) candidates(name string) (ps []gazetteer.Place, weak bool) {
	words := strings.Fields(gazetteer.Key(name))
	if ps := r.g.Lookup(name); len(ps) > 0 {
		if len(words) > 1 && facilityWords[words[len(words)-1]] {
			// "Washington Square" is no old name of Franklin Square, New
			// York: a square or a park is named only as itself
			ps = ownNames(ps)
		}
		if len(ps) > 0 {
			return ps, false
		}
	}
	if len(words) < 2 {
		return nil, false
	}
	trimmed := words
	for len(trimmed) > 1 && genericHead[trimmed[0]] {
		trimmed = trimmed[1:]
	}
	for len(trimmed) > 1 && genericTail[trimmed[len(trimmed)-1]] {
		trimmed = trimmed[:len(trimmed)-1]
	}
	if len(trimmed) == 1 && (genericHead[trimmed[0]] || facilityWords[trimmed[0]]) {
		return nil, false // "North West", "City Hall": no place in the words
	}
	if len(trimmed) < len(words) {
		ps := suffixFilter(r.g.LookupKey(strings.Join(trimmed, " ")), words[len(words)-1])
		if len(ps) > 0 {
			// "Northern Syria" is Syria; "Pike County" may be any Pike;
			// "Quebec City" is Quebec.
			return ps, !genericHead[words[0]] && !(words[len(words)-1] == "city" && ps[0].City())
		}
		if countyWords[words[len(words)-1]] {
			return nil, false // "Ohio County" is no part of Ohio the gazetteer has
		}
	}
	facility := facilityWords[words[len(words)-1]]
	// "Republic of Armenia", "Bank of Mexico": the place follows "of".
	for i := 1; i < len(words)-1; i++ {
		if words[i] == "of" {
			if ps := r.bigPlaces(words[i+1:], true, facility); len(ps) > 0 {
				return ps, true
			}
		}
	}
	for n := len(words) - 1; n >= 1; n-- {
		if ps := r.bigPlaces(words[:n], true, facility); len(ps) > 0 {
			return ps, true
		}
		if ps := r.bigPlaces(words[len(words)-n:], false, facility); len(ps) > 0 {
			return ps, true
		}
	}
	return nil, false
}

// ownNames keeps the entries of a lookup that are not towns reached by an
// alternate name.
func ownNames(ps []gazetteer.Place) []gazetteer.Place {
	var keep []gazetteer.Place
	for _, p := range ps {
		if !(p.AltName && p.City()) {
			keep = append(keep, p)
		}
	}
	return keep
}

// bigPlaces looks up part of a longer name, keeping only entries prominent
// enough that the part is likely to mean them: countries, regions and
// features, and cities of 50,000 people or more. National adjectives count
// only at the start of a name that is not a building or institution
// ("European Commission", not "Russian Embassy").
func (r *Resolver) bigPlaces(words []string, head, facility bool) []gazetteer.Place {
	if len(words) == 1 && (genericHead[words[0]] || genericTail[words[0]] || facilityWords[words[0]] || stopParts[words[0]]) {
		return nil
	}
	var keep []gazetteer.Place
	for _, p := range r.g.LookupKey(strings.Join(words, " ")) {
		if p.Demonym && (!head || facility) {
			continue
		}
		if p.AltName && p.City() {
			continue
		}
		if !p.City() || p.Population >= 50000 {
			keep = append(keep, p)
		}
	}
	return keep
}

// stopParts are words that name places in the gazetteer but, as part of a
// longer name, almost never mean them.
var stopParts = map[string]bool{"republic": true, "union": true, "bend": true, "point": true, "lake": true,
	"mount": true, "saint": true, "st": true, "san": true, "santa": true, "new": true, "old": true,
	"fort": true, "port": true, "bay": true, "beach": true, "island": true, "islands": true, "national": true,
	"international": true, "royal": true, "grand": true, "general": true, "victoria": true, "washington": true,
	"lincoln": true, "franklin": true, "jackson": true, "columbia": true, "regional": true, "federal": true}

// prior is the score of a candidate before context: bigger places and
// higher administrative rank first.
func prior(p gazetteer.Place) float64 {
	s := basePrior(p)
	if p.ShortName && p.City() {
		s -= w.altPenalty / 2 // "Mexico" is the country before Mexico City
	}
	if p.AltName && p.City() {
		s -= w.altPenalty // "Manchester" is an old name of part of Richmond, Virginia
	}
	return s
}

func basePrior(p gazetteer.Place) float64 {
	pop := float64(p.Population)
	switch p.Feature {
	case gazetteer.FeatCountry:
		return math.Log10(pop+1) + w.country
	case gazetteer.FeatAdmin1:
		return math.Log10(pop/w.admin1Div+1) + w.admin1
	case "PPLC":
		return math.Log10(pop+1) + w.pplc
	case "PPLA":
		return math.Log10(pop+1) + w.ppla
	case "PPLA2":
		return math.Log10(pop+1) + w.ppla2
	case "PPLX":
		return math.Log10(pop+1) - w.pplx
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
		if g.weak || g.inName {
			n *= w.weakEvidence // a guess from part of a name vouches little for others
		}
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

// collectExcept is collect without the groups resolved to p.
func collectExcept(groups []*group, p gazetteer.Place) evidence {
	var rest []*group
	for _, g := range groups {
		if g.best >= 0 && g.cands[g.best].ID == p.ID && g.cands[g.best].Name == p.Name {
			continue
		}
		rest = append(rest, g)
	}
	return collect(rest)
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
func (r *Resolver) score(ci int, gi int, g *group, ev *evidence) float64 {
	p := g.cands[ci]
	s := prior(p) + g.stateScore(p)
	if g.townCue && !local(p) {
		s -= w.townCue
	}
	if p.City() && g.maxNames >= w.fameNames && float64(p.Names)*4 < g.maxNames {
		// well-known places have names in many languages: Venice, Italy
		// (51,000 people, hundreds of names) over Venice, Florida
		s -= w.fame
	}
	for ci, c := range g.containers {
		if !local(p) && !(p.Feature == gazetteer.FeatAdmin1 && c.Feature == gazetteer.FeatCountry) {
			break
		}
		b := 0.0
		switch {
		case c.Feature == gazetteer.FeatCountry && p.Country == c.Country:
			b = 4
		case c.Feature == gazetteer.FeatAdmin1 && p.Country == c.Country && p.Admin1 == c.Admin1 && p.Feature != gazetteer.FeatAdmin1:
			b = 6
		case c.City() && gazetteer.DistanceKm(p.Lat, p.Lon, c.Lat, c.Lon) < 60:
			b = 3
		case c.Feature == "ADM2" && p.Country == c.Country && gazetteer.DistanceKm(p.Lat, p.Lon, c.Lat, c.Lon) < 80:
			b = 5
		}
		if g.listed[ci] {
			b *= w.listed
		}
		s += b
	}
	for _, c := range g.nears {
		if gazetteer.DistanceKm(p.Lat, p.Lon, c.Lat, c.Lon) < 100 {
			s += 5
			break
		}
	}
	if g.neighbours != nil {
		s += w.neighbour * g.neighbours[ci]
	}
	if g.inName {
		// the place a name is named after is its best-known sense, not the
		// one the article's context favours: "Cambridge Analytica", "the
		// Venice Commission", "The Washington Post"
		cw := w.inNameContext
		return s + cw*(w.hint*g.hints[p.Country]+math.Min(r.context(p, gi, g, ev), w.capContext))
	}
	s += w.hint * g.hints[p.Country]
	if h := g.adminHints[p.Country+"."+p.Admin1]; h > 0 && p.Feature != gazetteer.FeatAdmin1 {
		s += w.adminHint * h
	} else if p.Feature == gazetteer.FeatCountry {
		// a region named nearby speaks for its country as much as for
		// the towns in it ("MEXICO CITY (AP) - Mexico's Senate")
		best := 0.0
		for k, h := range g.adminHints {
			if strings.HasPrefix(k, p.Country+".") {
				best = math.Max(best, h)
			}
		}
		s += w.adminHint * best
	}
	return s + math.Min(r.context(p, gi, g, ev), w.capContext)
}

// context is what the article's other places say for candidate p of group
// gi: its country and region named elsewhere, and places near it.
func (r *Resolver) context(p gazetteer.Place, gi int, g *group, ev *evidence) float64 {
	oc, ocw, oa, oaw := own(g)
	cw := ev.country[p.Country]
	if p.Country == oc {
		cw -= ocw
	}
	aw := ev.admin1[p.Country+"."+p.Admin1]
	if p.Country+"."+p.Admin1 == oa {
		aw -= oaw
	}
	ctx := 0.0
	if p.Country != "" && cw > 0 {
		ctx += math.Min(w.wCountry*math.Log2(1+cw), w.capCountry)
	}
	if p.Admin1 != "" && aw > 0 {
		ctx += math.Min(w.wAdmin*math.Log2(1+aw), w.capAdmin)
	}
	if p.City() || p.Feature == gazetteer.FeatAdmin1 || p.Feature == "ADM2" {
		best := 0.0
		for _, pt := range ev.points {
			if pt.group == gi {
				continue
			}
			d := gazetteer.DistanceKm(p.Lat, p.Lon, pt.lat, pt.lon)
			if v := pt.w * math.Exp(-d/w.nearKm); v > best {
				best = v
			}
		}
		ctx += w.wNear * math.Min(best, 1)
	}
	return ctx
}

// weights are the resolver's scoring constants, tuned on GeoWebNews and
// TR-News as a whole (no per-name rules).
type weights struct {
	country, admin1, admin1Div, pplc, ppla, ppla2, pplx float64 // feature priors
	altPenalty                                          float64 // a city matched by an alternate name
	hint, adminHint                                     float64 // country or region named just before
	wCountry, capCountry, wAdmin, capAdmin              float64 // article's countries and regions
	wNear, nearKm, capContext                           float64 // other places nearby
	listed                                              float64 // factor of an apposition that may be a list item
	fame, fameNames                                     float64 // a city far less known than a famous namesake
	after                                               float64 // weight of hints after a mention, against before
	eponym, stateCue                                    float64 // a region against a large city of its name
	weakEvidence                                        float64 // weight of a partial match as evidence for others
	inNameContext                                       float64 // weight of context for a place inside another name
	neighbour, neighbourKm                              float64 // another name of the article has a candidate this close
	dateline                                            float64 // weight of the dateline's region as a hint for every place
	townCue                                             float64 // a region or country named where the text says town
	foreignPop, foreignTop                              float64 // a town below foreignPop in a country the article never names, when another has foreignTop evidence
	strayPop                                            float64 // a town below strayPop outside the regions the article names
}

var w = weights{
	country: 2.5, admin1: 1, admin1Div: 3, pplc: 2, ppla: 0.6, ppla2: 0.2, pplx: 0.8,
	altPenalty: 1.5,
	hint:       2, adminHint: 3,
	wCountry: 1, capCountry: 2, wAdmin: 1.5, capAdmin: 2,
	wNear: 1.5, nearKm: 300, capContext: 3.5,
	listed: 0.3, fame: 0, fameNames: 50, after: 0.75,
	eponym: 2.5, stateCue: 3, weakEvidence: 0.25, inNameContext: 1, neighbour: 1, neighbourKm: 30, dateline: 1, townCue: 4,
	foreignPop: 100000, foreignTop: 3, strayPop: 20000,
}

// decide picks each group's candidate, first on priors and local context,
// then again with the evidence of the others' choices.
func (r *Resolver) decide(groups []*group) {
	neighbours(groups)
	ev := evidence{country: map[string]float64{}, admin1: map[string]float64{}}
	for iter := 0; iter < 4; iter++ {
		changed := false
		for gi, g := range groups {
			best, bestS, second := -1, math.Inf(-1), math.Inf(-1)
			for ci := range g.cands {
				s := r.score(ci, gi, g, &ev)
				if s > bestS {
					best, bestS, second = ci, s, bestS
				} else if s > second {
					second = s
				}
			}
			moved := best != g.best
			changed = changed || moved
			g.best = best
			if len(g.cands) > 1 {
				g.margin = bestS - second
			} else {
				g.margin = bestS
			}
			if moved && iter > 0 {
				// the others see a new choice at once: names all decided
				// on the same old evidence can swing back and forth for ever
				ev = collect(groups)
			}
		}
		if !changed && iter > 0 {
			break
		}
		ev = collect(groups)
	}
	named := namedRegions(groups)
	for _, g := range groups {
		if g.best >= 0 && r.unsupported(g, groups, named) {
			g.best = -1
		}
		if g.townCue && g.best >= 0 && !local(g.cands[g.best]) {
			g.best = -1 // "the city of Turkey": a town the gazetteer lacks, not the country
		}
		anchor := g.anchor()
		if anchor != nil && (g.best < 0 || local(g.cands[g.best]) && !agrees(g.cands[g.best], g)) {
			// "London, Arkansas" where the gazetteer lacks the small town:
			// the region named is nearer the truth than any other London.
			g.best = -1
			g.approx = anchor
		}
	}
}

// local reports whether p is a town or district, the kind of place an
// apposition locates ("Paris, Texas"), rather than a country or region
// beside it in a list ("Asia, Canada").
func local(p gazetteer.Place) bool {
	return p.City() || p.Feature == "ADM2"
}

// anchor is the place the mentions' appositions firmly locate them in: a
// place they are said to be near, or a region or country after a comma
// that does not continue a list.
func (g *group) anchor() *gazetteer.Place {
	if len(g.nears) > 0 {
		return &g.nears[0]
	}
	for i, c := range g.containers {
		if !g.listed[i] && !c.City() {
			return &g.containers[i]
		}
	}
	return nil
}

// agrees reports whether p lies in or near what the mentions' appositions
// name.
func agrees(p gazetteer.Place, g *group) bool {
	for _, c := range g.containers {
		switch {
		case c.Feature == gazetteer.FeatCountry && p.Country == c.Country,
			c.Feature == gazetteer.FeatAdmin1 && p.Country == c.Country && (p.Admin1 == c.Admin1 || p.Feature == gazetteer.FeatAdmin1),
			c.City() && gazetteer.DistanceKm(p.Lat, p.Lon, c.Lat, c.Lon) < 60,
			c.Feature == "ADM2" && gazetteer.DistanceKm(p.Lat, p.Lon, c.Lat, c.Lon) < 80:
			return true
		}
	}
	for _, c := range g.nears {
		if gazetteer.DistanceKm(p.Lat, p.Lon, c.Lat, c.Lon) < 100 {
			return true
		}
	}
	return false
}

// mainPlace is where the article happens, for names the gazetteer lacks:
// in the country the article names most, the town (else region, else
// country) that the article's places cluster around — its own mentions,
// places within 150 km, the region and the country it lies in.
func (r *Resolver) mainPlace(groups []*group, ms []mention) *gazetteer.Place {
	type cand struct {
		p     gazetteer.Place
		n     float64
		first int
	}
	var cs []cand
	for _, g := range groups {
		if g.best < 0 {
			continue
		}
		p := g.cands[g.best]
		if !local(p) && p.Feature != gazetteer.FeatAdmin1 && p.Feature != gazetteer.FeatCountry {
			continue
		}
		cs = append(cs, cand{p, float64(len(g.mentions)), g.first})
	}
	// the country the article is set in; national adjectives ("the French
	// Quarter", "Russian officials") tell whose, not where
	top, topW := "", 0.0
	for c, w := range collect(placesNamed(groups)).country {
		if w > topW || w == topW && c < top {
			top, topW = c, w
		}
	}
	var best *gazetteer.Place
	bestS, bestRank, bestFirst := -1.0, -1, 0
	for i, c := range cs {
		rank := 0
		switch {
		case local(c.p):
			rank = 2
		case c.p.Feature == gazetteer.FeatAdmin1:
			rank = 1
		}
		s := 0.0
		for _, o := range cs {
			switch {
			case o.p.Feature == gazetteer.FeatCountry:
				if o.p.Country == c.p.Country {
					s += 0.5 * o.n
				}
			case o.p.Feature == gazetteer.FeatAdmin1 && c.p.Feature != gazetteer.FeatCountry:
				if o.p.Country == c.p.Country && o.p.Admin1 == c.p.Admin1 {
					s += o.n
				}
			case c.p.Feature == gazetteer.FeatCountry:
				if o.p.Country == c.p.Country {
					s += o.n
				}
			case gazetteer.DistanceKm(c.p.Lat, c.p.Lon, o.p.Lat, o.p.Lon) < 150:
				s += o.n
			}
		}
		if c.p.Country == top {
			rank += 10
		}
		if rank > bestRank || rank == bestRank && (s > bestS || s == bestS && c.first < bestFirst) {
			best, bestS, bestRank, bestFirst = &cs[i].p, s, rank, c.first
		}
	}
	return best
}
