package sqlite

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/gazetteer"
)

// GDELT 2.0 export: the Event table (61 columns) and the Mentions table
// (16 columns) of the GDELT Event Database codebook V2.0, tab-separated,
// one global event (GLOBALEVENTID = the store's global event id) a row,
// and one mention a row.
//
// What differs from GDELT, column by column:
//   - Actor*Code is the stored code (ISO alpha-3 country plus CAMEO
//     sectors, "RUSGOV"); Actor*CountryCode is ISO 3166-1 alpha-3, which is
//     what CAMEO uses for nearly every country. Actor*Name is the name as
//     written, not upper-cased. KnownGroupCode is read from IGO/NGO codes
//     (IGOUNO -> UNO); Ethnic and Religion codes are empty.
//   - *Geo_CountryCode is FIPS 10-4 as in GDELT (converted from ISO);
//     *Geo_ADM1Code is the FIPS country code followed by the GeoNames
//     admin1 code (equal to the FIPS admin code in most but not all
//     countries; the country code alone when unknown); ADM2Code is empty;
//     *Geo_FeatureID is the GeoNames id (GDELT: GNS/GNIS ids), the FIPS
//     code for a country. An actor's geography is its own place (a GPE
//     actor), else its country's centroid.
//   - AvgTone, MentionDocTone, MentionDocTranslationInfo and Extras are
//     empty: Dateline computes no tone.
//   - IsRootEvent is 1 when the representative coding comes from the
//     article's first sentence. SQLDATE is the event's day (the article's
//     publication date when the event has no calendar date); FractionDate
//     is the year plus (day of year - 1) / days in the year.
//   - DATEADDED and EventTimeDate are when the first mention was stored,
//     MentionTimeDate when the mention's article was stored (GDELT: the
//     15-minute update times), as YYYYMMDDHHMMSS.
//   - SOURCEURL and MentionIdentifier are the article URL, else (with
//     MentionType 2, CITATIONONLY) the article id.
//   - Actor1CharOffset, Actor2CharOffset and ActionCharOffset are code
//     point offsets into the article text (-1 when not found in the
//     mention's sentence); InRawText is 1 when both actors were found there
//     by name rather than by pronoun; Confidence is the event's confidence
//     in percent.

// GDELTEventColumns and GDELTMentionColumns are the column names of the
// two tables, in order.
var (
	GDELTEventColumns = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
		Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
		Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
		IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
		Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
		Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
		ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
		DATEADDED SOURCEURL`)
	GDELTMentionColumns = strings.Fields(`GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier
		SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen MentionDocTone
		MentionDocTranslationInfo Extras`)
)

// GDELTOptions choose what WriteGDELT writes.
type GDELTOptions struct {
	Events, Mentions io.Writer // either may be nil
	Header           bool      // a first line of column names (GDELT files have none)
}

// GDELTStats counts the rows WriteGDELT wrote.
type GDELTStats struct {
	Events, Mentions int
}

// WriteGDELT writes the global events that have an event matching f (as
// GlobalEvents selects them, newest first) as GDELT 2.0 Event rows, and
// every mention of their events as Mentions rows. f's Limit and Offset
// are ignored: everything matching is written.
func (s *Store) WriteGDELT(ctx context.Context, f dateline.Filter, o GDELTOptions) (GDELTStats, error) {
	var st GDELTStats
	x := &gdeltExport{s: s, ctx: ctx, gaz: gazetteer.Default(), adm1: map[string]string{}}
	var ev, mn *bufio.Writer
	if o.Events != nil {
		ev = bufio.NewWriterSize(o.Events, 1<<16)
		if o.Header {
			writeRow(ev, GDELTEventColumns)
		}
	}
	if o.Mentions != nil {
		mn = bufio.NewWriterSize(o.Mentions, 1<<16)
		if o.Header {
			writeRow(mn, GDELTMentionColumns)
		}
	}
	f.Offset = 0
	for {
		f.Limit = MaxLimit
		gs, err := s.globalPage(ctx, f)
		if err != nil {
			return st, err
		}
		if len(gs) == 0 {
			break
		}
		p, err := x.load(gs, mn != nil)
		if err != nil {
			return st, fmt.Errorf("sqlite: gdelt: %w", err)
		}
		for _, g := range gs {
			if ev != nil {
				if row := x.eventRow(p, g); row != nil {
					writeRow(ev, row)
					st.Events++
				}
			}
			if mn != nil {
				for _, row := range x.mentionRows(p, g) {
					writeRow(mn, row)
					st.Mentions++
				}
			}
		}
		if len(gs) < f.Limit {
			break
		}
		f.Offset += len(gs)
	}
	for _, w := range []*bufio.Writer{ev, mn} {
		if w != nil {
			if err := w.Flush(); err != nil {
				return st, err
			}
		}
	}
	return st, nil
}

// writeRow writes one tab-separated line; tabs and line breaks inside
// cells become spaces.
func writeRow(w *bufio.Writer, cells []string) {
	for i, c := range cells {
		if i > 0 {
			w.WriteByte('\t')
		}
		if strings.ContainsAny(c, "\t\r\n") {
			c = strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(c)
		}
		w.WriteString(c)
	}
	w.WriteByte('\n')
}

// gdeltExport holds what one export reuses: the gazetteer and admin1 codes
// found by name.
type gdeltExport struct {
	s    *Store
	ctx  context.Context
	gaz  *gazetteer.Gazetteer
	adm1 map[string]string // "ISO3\x00admin1 name" -> GeoNames admin1 code
}

// gdeltArticle is what the export needs of an article.
type gdeltArticle struct {
	id, url, source, published, ingested string
	docLen                               int
	text                                 *runeText // only with mentions
}

// gdeltEntity is what the export needs of an entity.
type gdeltEntity struct {
	geo      *dateline.Geo
	mentions []dateline.Mention
}

// gdeltPage is one page of global events with everything they need.
type gdeltPage struct {
	members  map[int64][]*dateline.StoredEvent // global -> its events, article then document order
	rep      map[int64]*dateline.StoredEvent
	counts   map[int64]GlobalCounts
	day      map[int64]string
	added    map[int64]string
	articles map[string]*gdeltArticle
	entities map[string]map[string]*gdeltEntity // article id -> entity id -> entity
}

func (x *gdeltExport) load(gs []int64, withText bool) (*gdeltPage, error) {
	ctx, s := x.ctx, x.s
	p := &gdeltPage{members: map[int64][]*dateline.StoredEvent{}, rep: map[int64]*dateline.StoredEvent{},
		day: map[int64]string{}, added: map[int64]string{}, articles: map[string]*gdeltArticle{},
		entities: map[string]map[string]*gdeltEntity{}}
	var err error
	if p.counts, err = s.countGlobals(ctx, gs); err != nil {
		return nil, err
	}
	reps, err := s.representatives(ctx, gs)
	if err != nil {
		return nil, err
	}
	in, args := inList(gs)
	rows, err := s.r.QueryContext(ctx, `SELECT pk, day, added_at FROM global_events WHERE pk IN `+in, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var g int64
		var day, added string
		if err := rows.Scan(&g, &day, &added); err != nil {
			rows.Close()
			return nil, err
		}
		p.day[g], p.added[g] = day, added
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	pks, evs, err := s.loadEvents(ctx, "e.global IN "+in, args...)
	if err != nil {
		return nil, err
	}
	gof, err := s.globalsOf(ctx, pks)
	if err != nil {
		return nil, err
	}
	var ids []any
	for i, pk := range pks {
		g := gof[pk]
		p.members[g] = append(p.members[g], evs[i])
		if reps[g] == pk {
			p.rep[g] = evs[i]
		}
		if _, ok := p.articles[evs[i].ArticleID]; !ok {
			p.articles[evs[i].ArticleID] = nil
			ids = append(ids, evs[i].ArticleID)
		}
	}
	for len(ids) > 0 {
		n := min(len(ids), chunk)
		if err := x.loadArticles(p, ids[:n], withText); err != nil {
			return nil, err
		}
		ids = ids[n:]
	}
	return p, nil
}

// loadArticles reads the articles (by id) and their entities' places and
// mentions.
func (x *gdeltExport) loadArticles(p *gdeltPage, ids []any, withText bool) error {
	ctx, s := x.ctx, x.s
	in := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ") + ")"
	textCol := `''`
	if withText {
		textCol = `text`
	}
	rows, err := s.r.QueryContext(ctx, `SELECT id, url, source, published, ingested_at, length(text), `+textCol+`
		FROM articles WHERE id IN `+in, ids...)
	if err != nil {
		return err
	}
	for rows.Next() {
		a := &gdeltArticle{}
		var text string
		if err := rows.Scan(&a.id, &a.url, &a.source, &a.published, &a.ingested, &a.docLen, &text); err != nil {
			rows.Close()
			return err
		}
		if withText {
			a.text = newRuneText(text)
		}
		p.articles[a.id] = a
	}
	if err := rows.Close(); err != nil {
		return err
	}
	rows, err = s.r.QueryContext(ctx, `SELECT a.id, n.pk, n.id, n.geo_name, n.geo_country, n.geo_admin1, n.geo_lat, n.geo_lon,
		n.geo_geonameid, n.geo_feature
		FROM entities n JOIN articles a ON a.pk = n.article WHERE a.id IN `+in, ids...)
	if err != nil {
		return err
	}
	byPk := map[int64]*gdeltEntity{}
	for rows.Next() {
		var aid, eid string
		var pk int64
		var gn, gc, ga, gf sql.NullString
		var lat, lon sql.NullFloat64
		var gid sql.NullInt64
		if err := rows.Scan(&aid, &pk, &eid, &gn, &gc, &ga, &lat, &lon, &gid, &gf); err != nil {
			rows.Close()
			return err
		}
		e := &gdeltEntity{}
		if gn.Valid {
			e.geo = &dateline.Geo{Name: gn.String, Country: gc.String, Admin1: ga.String, Lat: lat.Float64, Lon: lon.Float64,
				GeonameID: int(gid.Int64), Feature: gf.String}
		}
		if p.entities[aid] == nil {
			p.entities[aid] = map[string]*gdeltEntity{}
		}
		p.entities[aid][eid] = e
		byPk[pk] = e
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if !withText {
		return nil
	}
	rows, err = s.r.QueryContext(ctx, `SELECT m.entity, m.start, m."end", m.text
		FROM entity_mentions m JOIN entities n ON n.pk = m.entity JOIN articles a ON a.pk = n.article
		WHERE a.id IN `+in+` ORDER BY m.entity, m.ord`, ids...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var pk int64
		var m dateline.Mention
		if err := rows.Scan(&pk, &m.Start, &m.End, &m.Text); err != nil {
			return err
		}
		if e := byPk[pk]; e != nil {
			e.mentions = append(e.mentions, m)
		}
	}
	return rows.Err()
}

// gdeltTime turns an RFC 3339 time into YYYYMMDDHHMMSS (UTC).
func gdeltTime(rfc string) string {
	t, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		return ""
	}
	return t.UTC().Format("20060102150405")
}

// gdeltDate returns SQLDATE, MonthYear, Year and FractionDate of a day.
func gdeltDate(day string) []string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil || len(day) != 10 {
		return []string{"", "", "", ""}
	}
	days := 365
	if y := t.Year(); y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 366
	}
	frac := float64(t.Year()) + float64(t.YearDay()-1)/float64(days)
	return []string{t.Format("20060102"), t.Format("200601"), t.Format("2006"), strconv.FormatFloat(frac, 'f', 4, 64)}
}

// actorCells are the ten Actor columns of a participant.
func actorCells(p *dateline.EventActor) []string {
	out := make([]string, 10)
	if p == nil {
		return out
	}
	code := strings.ToUpper(strings.TrimSpace(p.Code))
	country := strings.ToUpper(strings.TrimSpace(p.Country))
	if country == "" && len(code) >= 3 && !sectorCodes[code[:3]] {
		country = code[:3]
	}
	rest := code
	if country != "" && strings.HasPrefix(rest, country) {
		rest = rest[len(country):]
	}
	var known string
	var types []string
	if len(rest) >= 3 && (rest[:3] == "IGO" || rest[:3] == "NGO") {
		types = []string{rest[:3]}
		if g := rest[3:]; len(g)%3 == 0 && len(g) >= 3 {
			known = g[len(g)-3:]
		} else {
			known = g
		}
	} else {
		for len(rest) >= 3 && len(types) < 3 {
			types = append(types, rest[:3])
			rest = rest[3:]
		}
	}
	if len(types) == 0 && p.Sector != "" {
		types = []string{strings.ToUpper(p.Sector)}
	}
	out[0], out[1], out[2], out[3] = code, p.Name, country, known
	for i, t := range types {
		out[7+i] = t
	}
	return out
}

// placeCells are the eight columns of a GDELT geography (Type, FullName,
// CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) of a place, or
// of a country when name is "". Types: 1 country, 2 US state, 3 US city,
// 4 world city (any other place), 5 world state (first-level region).
func (x *gdeltExport) placeCells(name, iso3, admin1, feature string, lat, lon float64, gid int) []string {
	out := make([]string, 8)
	iso3 = strings.ToUpper(iso3)
	fips := FIPSCountry(iso3)
	info, hasInfo := x.gaz.CountryInfo(iso3)
	typ := 4 // WORLDCITY
	switch {
	case strings.HasPrefix(feature, "PCL") || hasInfo && gid != 0 && gid == info.GeonameID || name == "" && hasInfo:
		typ = 1
	case feature == gazetteer.FeatAdmin1:
		typ = 5
	}
	if iso3 == "USA" {
		switch typ {
		case 4:
			typ = 3 // USCITY
		case 5:
			typ = 2 // USSTATE
		}
	}
	if name == "" && !hasInfo {
		return out
	}
	out[0] = strconv.Itoa(typ)
	parts := []string{}
	if typ != 1 {
		parts = append(parts, name)
		if admin1 != "" && admin1 != name {
			parts = append(parts, admin1)
		}
	}
	if hasInfo {
		parts = append(parts, info.Name)
	} else if typ == 1 {
		parts = append(parts, name)
	}
	out[1] = strings.Join(parts, ", ")
	out[2] = fips
	out[3] = fips
	if typ != 1 && fips != "" {
		an := admin1
		if typ == 2 || typ == 5 {
			an = name
		}
		out[3] = fips + x.admin1Code(iso3, an)
	}
	if typ == 1 && hasInfo && lat == 0 && lon == 0 {
		lat, lon = info.Lat, info.Lon
	}
	if lat != 0 || lon != 0 {
		out[5] = strconv.FormatFloat(lat, 'f', 4, 64)
		out[6] = strconv.FormatFloat(lon, 'f', 4, 64)
	}
	switch {
	case typ == 1:
		out[7] = fips
	case gid != 0:
		out[7] = strconv.Itoa(gid)
	}
	return out
}

// admin1Code finds the GeoNames admin1 code of a region by name.
func (x *gdeltExport) admin1Code(iso3, name string) string {
	if name == "" {
		return ""
	}
	k := iso3 + "\x00" + name
	if c, ok := x.adm1[k]; ok {
		return c
	}
	c := ""
	for _, p := range x.gaz.Lookup(name) {
		if p.Feature == gazetteer.FeatAdmin1 && p.Country == iso3 {
			c = p.Admin1
			break
		}
	}
	x.adm1[k] = c
	return c
}

// actorGeo is the geography of a participant: its entity's place, else its
// country.
func (x *gdeltExport) actorGeo(p *gdeltPage, articleID string, a *dateline.EventActor) []string {
	if a == nil {
		return make([]string, 8)
	}
	if e := p.entities[articleID][a.Entity]; a.Entity != "" && e != nil && e.geo != nil {
		g := e.geo
		return x.placeCells(g.Name, g.Country, g.Admin1, g.Feature, g.Lat, g.Lon, g.GeonameID)
	}
	c := actorCells(a)[2]
	if len(c) != 3 {
		return make([]string, 8)
	}
	return x.placeCells("", c, "", "", 0, 0, 0)
}

// actionGeo is the geography of an event's location, with the feature
// and region of the article's entity at the same place.
func (x *gdeltExport) actionGeo(p *gdeltPage, articleID string, l *dateline.Location) []string {
	if l == nil {
		return make([]string, 8)
	}
	var admin1, feature string
	if l.GeonameID != 0 {
		for _, e := range p.entities[articleID] {
			if e.geo != nil && e.geo.GeonameID == l.GeonameID {
				admin1, feature = e.geo.Admin1, e.geo.Feature
				break
			}
		}
	}
	return x.placeCells(l.Name, l.Country, admin1, feature, l.Lat, l.Lon, l.GeonameID)
}

func first(ps []dateline.EventActor) *dateline.EventActor {
	if len(ps) == 0 {
		return nil
	}
	return &ps[0]
}

func (x *gdeltExport) eventRow(p *gdeltPage, g int64) []string {
	e := p.rep[g]
	if e == nil {
		return nil
	}
	a := p.articles[e.ArticleID]
	if a == nil {
		a = &gdeltArticle{id: e.ArticleID}
	}
	day := p.day[g]
	if !ValidDate(day) {
		day = pubDay(a.published)
	}
	c := p.counts[g]
	row := make([]string, 0, len(GDELTEventColumns))
	row = append(row, strconv.FormatInt(g, 10))
	row = append(row, gdeltDate(day)...)
	a1, a2 := first(e.Actor), first(e.Recipient)
	row = append(row, actorCells(a1)...)
	row = append(row, actorCells(a2)...)
	root := "0"
	if e.TextInfo.Sentence == 0 {
		root = "1"
	}
	base, rootCode := e.Cameo, e.Cameo
	if len(base) > 3 {
		base = base[:3]
	}
	if len(rootCode) > 2 {
		rootCode = rootCode[:2]
	}
	row = append(row, root, e.Cameo, base, rootCode, strconv.Itoa(e.QuadClass),
		strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		strconv.Itoa(c.NumMentions), strconv.Itoa(c.NumSources), strconv.Itoa(c.NumArticles), "")
	row = append(row, x.actorGeo(p, e.ArticleID, a1)...)
	row = append(row, x.actorGeo(p, e.ArticleID, a2)...)
	row = append(row, x.actionGeo(p, e.ArticleID, e.EventLoc)...)
	src := a.url
	if src == "" {
		src = a.id
	}
	return append(row, gdeltTime(p.added[g]), src)
}

// pronouns are mentions that GDELT would not count as found in the raw
// text.
var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "him": true, "her": true,
	"them": true, "his": true, "its": true, "their": true, "we": true, "us": true, "i": true, "you": true}

// actorOffset finds a participant in the sentence [lo, hi) of article a:
// a mention of its entity, else its name. It returns -1 when not found,
// and whether the mention found is a name (not a pronoun).
func actorOffset(p *gdeltPage, a *gdeltArticle, who *dateline.EventActor, lo, hi int) (int, bool) {
	if who == nil {
		return -1, true
	}
	if e := p.entities[a.id][who.Entity]; who.Entity != "" && e != nil {
		for _, m := range e.mentions {
			if m.Start >= lo && m.End <= hi {
				return m.Start, !pronouns[strings.ToLower(strings.TrimSpace(m.Text))]
			}
		}
	}
	if a.text != nil {
		if i := a.text.index(who.Name, lo, hi); i >= 0 {
			return i, true
		}
	}
	return -1, false
}

func (x *gdeltExport) mentionRows(p *gdeltPage, g int64) [][]string {
	var rows [][]string
	for _, e := range p.members[g] {
		a := p.articles[e.ArticleID]
		if a == nil {
			continue
		}
		typ, ident := "1", a.url
		if !strings.HasPrefix(a.url, "http://") && !strings.HasPrefix(a.url, "https://") {
			typ = "2"
			if ident == "" {
				ident = a.id
			}
		}
		source := strings.TrimSpace(a.source)
		if source == "" {
			source = urlHost(a.url)
		}
		conf := int(math.Round(math.Max(0, math.Min(1, e.Confidence)) * 100))
		ms := e.Mentions
		if len(ms) == 0 {
			ms = []dateline.EventMention{{Sentence: e.TextInfo.Sentence, Start: e.TextInfo.Start, End: e.TextInfo.End, EventText: e.EventText}}
		}
		for _, m := range ms {
			lo, hi := e.TextInfo.Start, e.TextInfo.End
			if m.Sentence != e.TextInfo.Sentence || m.Start < lo || m.End > hi {
				lo, hi = m.Start, m.End
				if a.text != nil {
					lo, hi = a.text.sentenceBounds(m.Start, m.End, 400)
				}
			}
			o1, raw1 := actorOffset(p, a, first(e.Actor), lo, hi)
			o2, raw2 := actorOffset(p, a, first(e.Recipient), lo, hi)
			raw := "0"
			if raw1 && raw2 {
				raw = "1"
			}
			rows = append(rows, []string{
				strconv.FormatInt(g, 10), gdeltTime(p.added[g]), gdeltTime(a.ingested), typ, source, ident,
				strconv.Itoa(m.Sentence + 1), strconv.Itoa(o1), strconv.Itoa(o2), strconv.Itoa(m.Start), raw,
				strconv.Itoa(conf), strconv.Itoa(a.docLen), "", "", "",
			})
		}
	}
	return rows
}
