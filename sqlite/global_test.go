package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
)

// meeting fabricates an article reporting that a met b, with its own
// source, publication date and event date; mentions is how many sentences
// report it.
type meeting struct {
	id, source, url, published, date string
	a, b                             dateline.EventActor
	loc                              *dateline.Location
	typ                              string
	aux                              *string
	mentions                         int
}

var (
	putin  = dateline.EventActor{Name: "Vladimir Putin", Code: "RUSGOV", Country: "RUS", Sector: "GOV"}
	assad  = dateline.EventActor{Name: "Bashar al-Assad", Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	lavrov = dateline.EventActor{Name: "Sergei Lavrov", Code: "RUSGOV"} // country only in the code
	un     = dateline.EventActor{Name: "United Nations", Code: "IGOUNO"}
	sochiL = &dateline.Location{Name: "Sochi", Country: "RUS", Lat: 43.6, Lon: 39.73, GeonameID: 491422}
)

func (m meeting) result() *dateline.Result {
	if m.typ == "" {
		m.typ = "CONSULT"
	}
	if m.mentions == 0 {
		m.mentions = 1
	}
	var b strings.Builder
	for i := 0; i < m.mentions; i++ {
		fmt.Fprintf(&b, "%s met %s (%s, %d). ", m.a.Name, m.b.Name, m.id, i)
	}
	text := b.String()
	first := fmt.Sprintf("%s met %s (%s, 0).", m.a.Name, m.b.Name, m.id)
	ev := &dateline.Event{ID: "ev1", Date: m.date, Event: m.typ, Actor: []dateline.EventActor{m.a},
		Recipient: []dateline.EventActor{m.b}, EventLoc: m.loc, EventText: "met", TextInfo: sentence(text, first, 0),
		Cameo: "040", QuadClass: 1, Goldstein: 1, AuxMode: m.aux, Confidence: 0.8}
	for i := 0; i < m.mentions; i++ {
		ev.Mentions = append(ev.Mentions, evMention(text, "met", i, i))
	}
	return &dateline.Result{
		Article: dateline.Article{ID: m.id, URL: m.url, Source: m.source, Published: m.published, Language: "en", Text: text},
		Events:  []*dateline.Event{ev},
	}
}

// globalIDs maps article ids to the global event of their first event.
func globalIDs(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	rows, err := s.r.Query(`SELECT a.id, e.global FROM events e JOIN articles a ON a.pk = e.article WHERE e.ord = 0`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id string
		var g int64
		if err := rows.Scan(&id, &g); err != nil {
			t.Fatal(err)
		}
		out[id] = g
	}
	return out
}

// sameGroups turns a map of article ids to group ids into sorted groups.
func sameGroups(m map[string]int64) [][]string {
	by := map[int64][]string{}
	for id, g := range m {
		by[g] = append(by[g], id)
	}
	var out [][]string
	for _, ids := range by {
		sort.Strings(ids)
		out = append(out, ids)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func TestGlobalEventGrouping(t *testing.T) {
	s := openTemp(t)
	future := strp("future")
	ms := []meeting{
		{id: "a", source: "tass.ru", published: "2017-11-21", date: "2017-11-20", a: putin, b: assad, loc: sochiL, mentions: 2},
		{id: "b", url: "https://www.reuters.com/x", published: "2017-11-20", date: "2017-11-20", a: assad, b: putin, loc: sochiL}, // reversed
		{id: "c", source: "TASS.ru", published: "2017-11-22", date: "2017-11-20T18:00", a: lavrov, b: assad, loc: sochiL, mentions: 3},
		{id: "d", source: "tass.ru", published: "2017-11-22", date: "2017-11-21", a: putin, b: assad, loc: sochiL},               // another day
		{id: "e", source: "tass.ru", published: "2017-11-22", date: "2017-11-20", a: putin, b: assad},                            // no place
		{id: "f", source: "tass.ru", published: "2017-11-22", date: "2017-11-20", a: putin, b: assad, loc: sochiL, typ: "AGREE"}, // another type
		{id: "g", source: "tass.ru", published: "2017-11-22", date: "2017-11-20", a: putin, b: assad, loc: sochiL, aux: future},  // planned
		{id: "h", source: "tass.ru", published: "2017-11-22", date: "2017-11-20", a: putin, b: un, loc: sochiL},                  // another pair
		{id: "i", source: "x.org", published: "2017-11-23", date: "2017-11-20", a: un, b: putin, loc: sochiL},                    // same pair
		{id: "j", published: "2017-11-23", date: "2017-11-20", a: putin, b: assad, loc: &dateline.Location{Name: "Sochi"}},       // place without id
		{id: "k", published: "2017-11-23", date: "", a: putin, b: assad},                                                         // undated: its article's day
		{id: "l", published: "2017-11-23", date: "2017-11-23", a: putin, b: assad},                                               // that day
		{id: "m", published: "2017-11-23", date: "2017-11-23", a: dateline.EventActor{Name: "protesters"}, b: dateline.EventActor{Name: "police"}},
		{id: "n", published: "2017-11-23", date: "2017-11-23", a: dateline.EventActor{Name: "Police"}, b: dateline.EventActor{Name: "Protesters"}},
		{id: "o", published: "2017-11-23", date: "2017-11-23"}, // no participants: alone
		{id: "p", published: "2017-11-23", date: "2017-11-23"},
	}
	for _, m := range ms {
		mustIngest(t, s, m.result())
	}
	got := sameGroups(globalIDs(t, s))
	want := [][]string{{"a", "b", "c"}, {"d"}, {"e", "j"}, {"f"}, {"g"}, {"h", "i"}, {"k", "l"}, {"m", "n"}, {"o"}, {"p"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups %v, want %v", got, want)
	}
}

func TestCountedAndGlobalEvents(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, m := range []meeting{
		{id: "late", source: "tass.ru", published: "2017-11-22", date: "2017-11-20", a: putin, b: assad, loc: sochiL, mentions: 3},
		{id: "early", url: "https://www.reuters.com/x", published: "2017-11-20", date: "2017-11-20", a: assad, b: putin, loc: sochiL},
		{id: "same-outlet", source: "TASS.ru", published: "2017-11-21", date: "2017-11-20", a: putin, b: assad, loc: sochiL, mentions: 2},
		{id: "other", source: "tass.ru", published: "2017-11-21", date: "2017-11-21", a: putin, b: un},
	} {
		mustIngest(t, s, m.result())
	}
	big := GlobalCounts{NumMentions: 6, NumSources: 2, NumArticles: 3}
	small := GlobalCounts{NumMentions: 1, NumSources: 1, NumArticles: 1}
	strip := func(c GlobalCounts) GlobalCounts { c.GlobalEventID = 0; return c }

	per, err := s.CountedEvents(ctx, dateline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	wantPer := map[string]GlobalCounts{"late": big, "early": big, "same-outlet": big, "other": small}
	if len(per) != 4 {
		t.Fatalf("%d counted events, want 4", len(per))
	}
	for _, e := range per {
		if got := strip(e.GlobalCounts); got != wantPer[e.ArticleID] {
			t.Errorf("%s: counts %+v, want %+v", e.ArticleID, got, wantPer[e.ArticleID])
		}
		if e.GlobalEventID == 0 {
			t.Errorf("%s: no global event id", e.ArticleID)
		}
	}

	glob, err := s.GlobalEvents(ctx, dateline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range glob {
		got = append(got, fmt.Sprintf("%s %s %+v", e.ArticleID, e.Date, strip(e.GlobalCounts)))
	}
	want := []string{
		fmt.Sprintf("other 2017-11-21 %+v", small),
		fmt.Sprintf("early 2017-11-20 %+v", big), // the earliest article represents it
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("global events\n got %q\nwant %q", got, want)
	}

	// Filters select global events through any of their events.
	for _, tc := range []struct {
		f    dateline.Filter
		want []string
	}{
		{dateline.Filter{Article: "late"}, []string{"early"}},
		{dateline.Filter{Actor: "IGOUNO"}, []string{"other"}},
		{dateline.Filter{Until: "2017-11-20"}, []string{"early"}},
		{dateline.Filter{Type: "ASSAULT"}, nil},
		{dateline.Filter{Limit: 1, Offset: 1}, []string{"early"}},
	} {
		gs, err := s.GlobalEvents(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range gs {
			ids = append(ids, e.ArticleID)
		}
		if !reflect.DeepEqual(ids, tc.want) {
			t.Errorf("GlobalEvents(%+v) = %v, want %v", tc.f, ids, tc.want)
		}
	}

	// The JSON carries the counts beside the event's fields.
	b, err := json.Marshal(glob[1])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	for _, k := range []string{"num_mentions", "num_sources", "num_articles", "global_event_id", "article_id", "event", "text_info"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON of a counted event lacks %q: %s", k, b)
		}
	}
	if m["num_mentions"] != float64(6) {
		t.Errorf("num_mentions %v, want 6", m["num_mentions"])
	}
}

// TestUpgradeBackfills opens a database made by migration 003 with data
// in it: migration 004 learns its people's titles, 005 groups its events.
func TestUpgradeBackfills(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if err := applyMigrations(ctx, db, ms[:3]); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO articles (pk, id, source, url, published, text, hash, ingested_at) VALUES
			(1, 'old1', 'TASS', '', '2017-11-21', 'One.', 'h1', '2017-11-21T10:00:00Z'),
			(2, 'old2', '', 'https://www.reuters.com/a', '2017-11-22', 'Two.', 'h2', '2017-11-22T10:00:00Z'),
			(3, 'old3', '', '', '2017-11-22', 'Three.', 'h3', '2017-11-22T11:00:00Z')`,
		`INSERT INTO entities (article, ord, id, name, type, actor_code, actor_country, actor_sector, actor_role) VALUES
			(1, 0, 'e1', 'Vladimir Putin', 'PERSON', 'RUSGOV', 'RUS', 'GOV', 'President'),
			(2, 0, 'e1', 'Vladimir Putin', 'PERSON', 'RUSGOV', 'RUS', 'GOV', 'President'),
			(3, 0, 'e1', 'Some Body', 'PERSON', 'RUSGOV', 'RUS', 'GOV', NULL)`,
		`INSERT INTO events (pk, article, ord, id, date, event, sentence, start, "end", day, loc_geonameid) VALUES
			(1, 1, 0, 'ev1', '2017-11-20', 'CONSULT', 0, 0, 4, '2017-11-20', 491422),
			(2, 2, 0, 'ev1', '2017-11-20', 'CONSULT', 0, 0, 4, '2017-11-20', 491422),
			(3, 3, 0, 'ev1', '2017-11-20', 'CONSULT', 0, 0, 6, '2017-11-20', NULL)`,
		`INSERT INTO event_actors (event, role, ord, name, code, country) VALUES
			(1, 'actor', 0, 'Putin', 'RUSGOV', 'RUS'), (1, 'recipient', 0, 'Assad', 'SYRGOV', 'SYR'),
			(2, 'actor', 0, 'Assad', 'SYRGOV', ''), (2, 'recipient', 0, 'Putin', 'RUSGOV', ''),
			(3, 'actor', 0, 'Putin', 'RUSGOV', 'RUS'), (3, 'recipient', 0, 'Assad', 'SYRGOV', 'SYR')`,
		`INSERT INTO event_mentions (event, ord, sentence, start, "end") VALUES (1, 0, 0, 0, 1), (1, 1, 0, 2, 3), (2, 0, 0, 0, 1)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rs, err := s.Roles(ctx, "Putin")
	if err != nil || len(rs) != 1 || rs[0].Articles != 2 || rs[0].FirstSeen != "2017-11-21" || rs[0].LastSeen != "2017-11-22" {
		t.Errorf("roles after the upgrade: %+v, %v; want President seen in 2 articles 2017-11-21..22", rs, err)
	}
	evs, err := s.CountedEvents(ctx, dateline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]GlobalCounts{}
	for _, e := range evs {
		c := e.GlobalCounts
		c.GlobalEventID = 0
		got[e.ArticleID] = c
	}
	pair := GlobalCounts{NumMentions: 3, NumSources: 2, NumArticles: 2}
	want := map[string]GlobalCounts{"old1": pair, "old2": pair, "old3": {NumMentions: 1, NumSources: 1, NumArticles: 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("counts after the upgrade %+v, want %+v", got, want)
	}
	var added string
	if err := s.r.QueryRow(`SELECT added_at FROM global_events ORDER BY pk LIMIT 1`).Scan(&added); err != nil || added != "2017-11-21T10:00:00Z" {
		t.Errorf("added_at %q, %v; want the first article's ingest time", added, err)
	}
}
