package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/gazetteer"
)

// Cross-article deduplication, GDELT-style: every stored event belongs to
// one global event, shared by the events of all articles that report the
// same real event. Two events are the same real event when they have the
// same PLOVER type and aux_mode (a denied or planned event is not the
// event itself), the same unordered pair of participant countries, the
// same day, and the same event_loc geonameid (or neither has one).
//
// A side's country is that of its first participant that has one: the
// participant's country, else the first three letters of its code (a
// whole IGO/NGO code such as IGOUNO counts as its own country; a code
// that is only a sector says nothing). A side with participants but no
// country is compared by its first participant's folded name instead; an
// event with no participants, or no day, merges with nothing.

// GlobalCounts are the counts of a global event, as GDELT defines them:
// NumMentions is every stored mention of it (an event's mentions within
// one article each count), NumSources the distinct outlets (article
// source, else URL host, else the article itself) and NumArticles the
// articles.
type GlobalCounts struct {
	GlobalEventID int64 `json:"global_event_id"`
	NumMentions   int   `json:"num_mentions"`
	NumSources    int   `json:"num_sources"`
	NumArticles   int   `json:"num_articles"`
}

// CountedEvent is a stored event with the counts of the global event it
// belongs to.
type CountedEvent struct {
	*dateline.StoredEvent
	GlobalCounts
}

// sectorCodes are CAMEO sector codes, which a country-less actor code
// such as "GOV" consists of.
var sectorCodes = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`GOV MIL REB OPP COP JUD LEG MED BUS CVL REF EDU REL SPY PTY UAF INS AGR CRM DEV
		ELI HLH LAB MOD RAD SEP SET IGO NGO MNC IMG ENV HRI AMN`) {
		sectorCodes[c] = true
	}
}

// participantCountry is the country a participant counts for in the
// deduplication key ("" when none).
func participantCountry(p dateline.EventActor) string {
	if c := strings.ToUpper(strings.TrimSpace(p.Country)); c != "" {
		return c
	}
	c := strings.ToUpper(strings.TrimSpace(p.Code))
	if len(c) < 3 {
		return ""
	}
	switch c[:3] {
	case "IGO", "NGO":
		if len(c) > 3 {
			return c
		}
		return ""
	}
	if sectorCodes[c[:3]] {
		return ""
	}
	return c[:3]
}

// side is one side of the key: its country, else "~" and its first named
// participant's folded name, else "".
func side(ps []dateline.EventActor) string {
	for _, p := range ps {
		if c := participantCountry(p); c != "" {
			return c
		}
	}
	for _, p := range ps {
		if k := gazetteer.Key(p.Name); k != "" {
			return "~" + k
		}
	}
	return ""
}

// globalKey is the identity of the real event e reports on day, or false
// when e merges with nothing.
func globalKey(e *dateline.Event, day string) (string, bool) {
	a, b := side(e.Actor), side(e.Recipient)
	if a == "" && b == "" || day == "" {
		return "", false
	}
	if b < a {
		a, b = b, a
	}
	aux := ""
	if e.AuxMode != nil {
		aux = *e.AuxMode
	}
	geo := ""
	if e.EventLoc != nil && e.EventLoc.GeonameID > 0 {
		geo = strconv.Itoa(e.EventLoc.GeonameID)
	}
	return strings.Join([]string{strings.ToUpper(e.Event), aux, a, b, day, geo}, "|"), true
}

// sourceKey is the outlet an article counts as for NumSources.
func sourceKey(a *dateline.Article, id string) string {
	if s := strings.ToLower(strings.TrimSpace(a.Source)); s != "" {
		return s
	}
	if h := urlHost(a.URL); h != "" {
		return h
	}
	return "article:" + id
}

// urlHost is the host of a URL without "www.", lower case; "" if none.
func urlHost(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// nMentions is how many mentions an event counts for.
func nMentions(e *dateline.Event) int { return max(1, len(e.Mentions)) }

// The statements of assignGlobal: looking up first is cheaper than an
// upsert, which rewrites the row it finds.
const (
	selGlobal = `SELECT pk FROM global_events WHERE key = ?`
	insGlobal = `INSERT INTO global_events (key, day, added_at) VALUES (?, ?, ?) RETURNING pk`
)

// assignGlobal returns the global event of key (creating it) through
// query, which runs selGlobal and insGlobal in the ingest's transaction.
func assignGlobal(query func(q string, args ...any) (int64, error), key string, keyed bool, day, addedAt string) (int64, error) {
	if !keyed {
		return query(insGlobal, nil, day, addedAt)
	}
	pk, err := query(selGlobal, key)
	if errors.Is(err, sql.ErrNoRows) {
		return query(insGlobal, key, day, addedAt)
	}
	return pk, err
}

// backfillGlobalEvents is migration 005's Go step: source keys, mention
// counts and global events for what is already stored, in the order it
// was ingested.
func backfillGlobalEvents(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `UPDATE events SET n_mentions =
		max(1, (SELECT count(*) FROM event_mentions m WHERE m.event = events.pk))`); err != nil {
		return err
	}
	type art struct {
		pk      int64
		id, at  string
		article dateline.Article
	}
	rows, err := tx.QueryContext(ctx, `SELECT pk, id, source, url, ingested_at FROM articles ORDER BY pk`)
	if err != nil {
		return err
	}
	var arts []art
	for rows.Next() {
		var a art
		if err := rows.Scan(&a.pk, &a.id, &a.article.Source, &a.article.URL, &a.at); err != nil {
			rows.Close()
			return err
		}
		arts = append(arts, a)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	addedAt := map[int64]string{}
	for _, a := range arts {
		addedAt[a.pk] = a.at
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET source_key = ? WHERE pk = ?`, sourceKey(&a.article, a.id), a.pk); err != nil {
			return err
		}
	}
	type ev struct {
		pk, article int64
		day         string
		e           dateline.Event
	}
	rows, err = tx.QueryContext(ctx, `SELECT pk, article, event, aux_mode, day, COALESCE(loc_geonameid, 0) FROM events ORDER BY article, ord`)
	if err != nil {
		return err
	}
	var evs []*ev
	byPk := map[int64]*ev{}
	for rows.Next() {
		x := &ev{}
		var aux sql.NullString
		var gid int
		if err := rows.Scan(&x.pk, &x.article, &x.e.Event, &aux, &x.day, &gid); err != nil {
			rows.Close()
			return err
		}
		if aux.Valid {
			x.e.AuxMode = &aux.String
		}
		if gid > 0 {
			x.e.EventLoc = &dateline.Location{GeonameID: gid}
		}
		evs = append(evs, x)
		byPk[x.pk] = x
	}
	if err := rows.Close(); err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT event, role, name, code, country FROM event_actors ORDER BY event, role, ord`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var pk int64
		var role string
		var p dateline.EventActor
		if err := rows.Scan(&pk, &role, &p.Name, &p.Code, &p.Country); err != nil {
			rows.Close()
			return err
		}
		if x := byPk[pk]; x != nil {
			if role == "actor" {
				x.e.Actor = append(x.e.Actor, p)
			} else {
				x.e.Recipient = append(x.e.Recipient, p)
			}
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	query := func(q string, args ...any) (int64, error) {
		var n int64
		err := tx.QueryRowContext(ctx, q, args...).Scan(&n)
		return n, err
	}
	for _, x := range evs {
		key, ok := globalKey(&x.e, x.day)
		g, err := assignGlobal(query, key, ok, x.day, addedAt[x.article])
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET global = ? WHERE pk = ?`, g, x.pk); err != nil {
			return err
		}
	}
	return nil
}

// globalsOf maps event pks to their global events.
func (s *Store) globalsOf(ctx context.Context, pks []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(pks))
	err := eachChunk(pks, func(pks []int64) error {
		in, args := inList(pks)
		rows, err := s.r.QueryContext(ctx, `SELECT pk, COALESCE(global, 0) FROM events WHERE pk IN `+in, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var pk, g int64
			if err := rows.Scan(&pk, &g); err != nil {
				return err
			}
			out[pk] = g
		}
		return rows.Err()
	})
	return out, err
}

// countGlobals returns the counts of global events.
func (s *Store) countGlobals(ctx context.Context, globals []int64) (map[int64]GlobalCounts, error) {
	out := make(map[int64]GlobalCounts, len(globals))
	err := eachChunk(globals, func(gs []int64) error {
		in, args := inList(gs)
		rows, err := s.r.QueryContext(ctx, `SELECT e.global, sum(e.n_mentions), count(DISTINCT a.source_key), count(DISTINCT e.article)
			FROM events e JOIN articles a ON a.pk = e.article WHERE e.global IN `+in+` GROUP BY e.global`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c GlobalCounts
			if err := rows.Scan(&c.GlobalEventID, &c.NumMentions, &c.NumSources, &c.NumArticles); err != nil {
				return err
			}
			out[c.GlobalEventID] = c
		}
		return rows.Err()
	})
	return out, err
}

// withCounts pairs events (by pk) with the counts of their global events.
func (s *Store) withCounts(ctx context.Context, pks []int64, evs []*dateline.StoredEvent) ([]*CountedEvent, error) {
	gof, err := s.globalsOf(ctx, pks)
	if err != nil {
		return nil, err
	}
	var gs []int64
	seen := map[int64]bool{}
	for _, g := range gof {
		if g != 0 && !seen[g] {
			seen[g] = true
			gs = append(gs, g)
		}
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i] < gs[j] })
	counts, err := s.countGlobals(ctx, gs)
	if err != nil {
		return nil, err
	}
	out := make([]*CountedEvent, len(evs))
	for i, e := range evs {
		c := counts[gof[pks[i]]]
		if c.GlobalEventID == 0 { // not assigned: counts of its own
			c = GlobalCounts{NumMentions: nMentions(e.Event), NumSources: 1, NumArticles: 1}
		}
		out[i] = &CountedEvent{StoredEvent: e, GlobalCounts: c}
	}
	return out, nil
}

// CountedEvents is Events with the counts of each event's global event.
func (s *Store) CountedEvents(ctx context.Context, f dateline.Filter) ([]*CountedEvent, error) {
	pks, evs, err := s.events(ctx, f)
	if err != nil {
		return nil, err
	}
	out, err := s.withCounts(ctx, pks, evs)
	if err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	return out, nil
}

// GlobalEvents lists global events, one row each, newest first (by day,
// then latest created): those with at least one event that matches the
// filters (as for Events). Each is represented by the coding of its
// earliest article (earliest publication date, then first ingested; the
// article's first event of it), with the global event's counts.
func (s *Store) GlobalEvents(ctx context.Context, f dateline.Filter) ([]*CountedEvent, error) {
	gs, err := s.globalPage(ctx, f)
	if err != nil {
		return nil, err
	}
	out := []*CountedEvent{}
	if len(gs) == 0 {
		return out, nil
	}
	reps, err := s.representatives(ctx, gs)
	if err != nil {
		return nil, fmt.Errorf("sqlite: global events: %w", err)
	}
	pks := make([]int64, 0, len(gs))
	for _, g := range gs {
		if pk, ok := reps[g]; ok {
			pks = append(pks, pk)
		}
	}
	in, args := inList(pks)
	got, recs, err := s.loadEvents(ctx, "e.pk IN "+in, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: global events: %w", err)
	}
	pks, recs = reorderKeep(pks, got, recs)
	counted, err := s.withCounts(ctx, pks, recs)
	if err != nil {
		return nil, fmt.Errorf("sqlite: global events: %w", err)
	}
	return append(out, counted...), nil
}

// globalPage selects one page of global event pks matching f.
func (s *Store) globalPage(ctx context.Context, f dateline.Filter) ([]int64, error) {
	limit, offset, err := page(f.Limit, f.Offset)
	if err != nil {
		return nil, err
	}
	w, err := s.eventWhere(ctx, f)
	if err != nil {
		return nil, err
	}
	q := `SELECT g.pk FROM global_events g`
	if len(w.conds) > 0 {
		q += ` WHERE g.pk IN (SELECT e.global FROM events e` + w.String() + `)`
	}
	gs, err := s.queryPks(ctx, q+` ORDER BY g.day DESC, g.pk DESC LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: global events: %w", err)
	}
	return gs, nil
}

// representatives maps global events to the event pk that represents each.
func (s *Store) representatives(ctx context.Context, gs []int64) (map[int64]int64, error) {
	out := make(map[int64]int64, len(gs))
	err := eachChunk(gs, func(gs []int64) error {
		in, args := inList(gs)
		rows, err := s.r.QueryContext(ctx, `SELECT global, pk FROM (
			SELECT e.global, e.pk, row_number() OVER (PARTITION BY e.global
				ORDER BY a.published = '', substr(a.published, 1, 10), a.pk, e.ord) AS rn
			FROM events e JOIN articles a ON a.pk = e.article WHERE e.global IN `+in+`) WHERE rn = 1`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var g, pk int64
			if err := rows.Scan(&g, &pk); err != nil {
				return err
			}
			out[g] = pk
		}
		return rows.Err()
	})
	return out, err
}
