package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustIngest(t testing.TB, s *Store, rs ...*dateline.Result) {
	t.Helper()
	for _, r := range rs {
		if _, err := s.Ingest(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
}

// counts reports the number of rows of every table.
func counts(t *testing.T, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tb := range []string{"articles", "entities", "entity_mentions", "quotes", "events", "event_actors",
		"event_mentions", "events_fts", "quotes_fts", "entities_fts", "articles_fts", "actor_roles", "global_events"} {
		var n int
		if err := s.r.QueryRow(`SELECT count(*) FROM ` + tb).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[tb] = n
	}
	return out
}

func TestOpenMigrates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ { // the second Open finds the schema current
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.SchemaVersion(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := migrations()
		if want := ms[len(ms)-1].version; v != want {
			t.Errorf("open %d: schema version %d, want %d", i, v, want)
		}
		var mode string
		if err := s.r.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode %q, %v; want wal", mode, err)
		}
		var fk int
		if err := s.w.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
			t.Errorf("foreign_keys %d, %v; want 1", fk, err)
		}
		s.Close()
	}
}

// TestUpgrade opens a database made by the first migration with data in
// it: the later migrations fill in what they add.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if err := applyMigrations(ctx, db, ms[:1]); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO articles (pk, id, published, text, hash, ingested_at) VALUES (1, 'old', '2016-05-01', 'Old text.', 'h', '')`,
		`INSERT INTO events (article, ord, id, date, event, sentence, start, "end") VALUES (1, 0, 'ev1', '', 'AID', 0, 0, 9)`,
		`INSERT INTO events (article, ord, id, date, event, sentence, start, "end") VALUES (1, 1, 'ev2', '2016-04-30T10:00', 'AID', 0, 0, 9)`,
		`INSERT INTO events (article, ord, id, date, event, sentence, start, "end") VALUES (1, 2, 'ev3', 'XXXX-WXX-2', 'AID', 0, 0, 9)`,
		`INSERT INTO quotes (article, ord, id, text, start, "end", direct) VALUES (1, 0, 'q1', 'Old', 0, 3, 1)`,
		`INSERT INTO entities (article, ord, id, name, type) VALUES (1, 0, 'e1', 'Old', 'ORG')`,
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
	got, err := s.Events(ctx, dateline.Filter{Until: "2016-04-30"})
	if err != nil {
		t.Fatal(err)
	}
	if k := eventKeys(got); !reflect.DeepEqual(k, []string{"old/ev2"}) {
		t.Errorf("events until 2016-04-30 after the upgrade: %v, want [old/ev2]", k)
	}
	got, _ = s.Events(ctx, dateline.Filter{Since: "2016-05-01"})
	if k := eventKeys(got); !reflect.DeepEqual(k, []string{"old/ev1", "old/ev3"}) {
		t.Errorf("events since 2016-05-01 after the upgrade: %v, want [old/ev1 old/ev3]", k)
	}
	qs, _ := s.Quotes(ctx, dateline.Filter{Since: "2016-05-01", Until: "2016-05-01"})
	ns, _ := s.Entities(ctx, dateline.Filter{Since: "2016-05-01", Until: "2016-05-01"})
	if len(qs) != 1 || len(ns) != 1 {
		t.Errorf("after the upgrade %d quotes and %d entities on the article's day, want 1 and 1", len(qs), len(ns))
	}
}

func TestOpenRejectsNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(`INSERT INTO schema_version VALUES (999, '999_future.sql', '')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open of a newer schema: %v, want an error saying so", err)
	}
}

func TestIngest(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	same := sochi()
	same.Article.ID = "other-id" // same text under another id
	clash := afrin()
	clash.Article.ID = "sochi-1" // another text under a taken id
	noID := typical(1)
	noID.Article.ID = ""
	tests := []struct {
		name   string
		r      *dateline.Result
		want   dateline.IngestStats
		wantID string
	}{
		{"new article", sochi(), dateline.IngestStats{Added: true, Entities: 6, Quotes: 1, Events: 3}, "sochi-1"},
		{"same result again", sochi(), dateline.IngestStats{}, "sochi-1"},
		{"same text, other id", same, dateline.IngestStats{}, "sochi-1"},
		{"taken id", clash, dateline.IngestStats{Added: true, Entities: 5, Quotes: 2, Events: 2}, "sochi-1-" + ContentHash(clash.Article.Text)[:8]},
		{"no id", noID, dateline.IngestStats{Added: true, Entities: 20, Quotes: 10, Events: 10}, "a" + ContentHash(noID.Article.Text)[:12]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Ingest(ctx, tc.r)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("stats %+v, want %+v", got, tc.want)
			}
			id, err := s.StoredID(ctx, tc.r.Article.Text)
			if err != nil || id != tc.wantID {
				t.Errorf("stored id %q, %v; want %q", id, err, tc.wantID)
			}
		})
	}
	if n := counts(t, s)["articles"]; n != 3 {
		t.Errorf("%d articles stored, want 3", n)
	}
}

func TestIngestRollback(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	// A failure deep inside the transaction, after the article, entities
	// and quotes were written.
	if _, err := s.w.Exec(`CREATE TRIGGER boom BEFORE INSERT ON event_mentions WHEN NEW.event_text = 'BOOM'
		BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	badOffsets := sochi()
	badOffsets.Quotes[0].End = 10000
	lateFailure := sochi()
	lateFailure.Events[2].Mentions[0].EventText = "BOOM"
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		r    *dateline.Result
		want string
	}{
		{"offsets outside the text", ctx, badOffsets, "outside the text"},
		{"failure mid-transaction", ctx, lateFailure, "boom"},
		{"cancelled", cancelled, sochi(), "cancel"},
		{"nil", ctx, nil, "nil result"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := s.Ingest(tc.ctx, tc.r)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Ingest error %v, want one containing %q", err, tc.want)
			}
			if st.Added {
				t.Error("Added is true after a failure")
			}
			for tb, n := range counts(t, s) {
				if n != 0 {
					t.Errorf("%s has %d rows after a failed ingest", tb, n)
				}
			}
		})
	}
	// The store still works after the failures.
	if st, err := s.Ingest(ctx, sochi()); err != nil || !st.Added {
		t.Fatalf("Ingest after failures: %+v, %v", st, err)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, r := range []*dateline.Result{sochi(), afrin(), typical(7)} {
		mustIngest(t, s, r)
		got, err := s.Article(ctx, r.Article.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, r) {
			gj, _ := json.MarshalIndent(got, "", " ")
			wj, _ := json.MarshalIndent(r, "", " ")
			t.Errorf("article %s reads back differently:\n got %s\nwant %s", r.Article.ID, gj, wj)
		}
		// Offsets index the text as code points.
		runes := []rune(got.Article.Text)
		for _, e := range got.Entities {
			for _, m := range e.Mentions {
				if string(runes[m.Start:m.End]) != m.Text {
					t.Errorf("%s mention %q at [%d,%d) reads %q", e.ID, m.Text, m.Start, m.End, string(runes[m.Start:m.End]))
				}
			}
		}
	}
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, dateline.ErrNotFound) {
		t.Errorf("unknown article: %v, want ErrNotFound", err)
	}
}

func eventKeys(es []*dateline.StoredEvent) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.ArticleID+"/"+e.ID)
	}
	return out
}

func quoteKeys(qs []*dateline.StoredQuote) []string {
	out := []string{}
	for _, q := range qs {
		out = append(out, q.ArticleID+"/"+q.ID)
	}
	return out
}

func entityKeys(es []*dateline.StoredEntity) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.ArticleID+"/"+e.ID)
	}
	return out
}

func articleKeys(as []*dateline.Article) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func TestEventFilters(t *testing.T) {
	s := openTemp(t)
	mustIngest(t, s, sochi(), afrin())
	tests := []struct {
		name string
		f    dateline.Filter
		want []string
	}{
		{"all, newest first", dateline.Filter{}, []string{"afrin-1/ev2", "afrin-1/ev1", "sochi-1/ev2", "sochi-1/ev3", "sochi-1/ev1"}},
		{"actor code prefix", dateline.Filter{Actor: "RUS"}, []string{"sochi-1/ev2", "sochi-1/ev3", "sochi-1/ev1"}},
		{"actor full code", dateline.Filter{Actor: "TURMIL"}, []string{"afrin-1/ev1"}},
		{"actor code is a recipient", dateline.Filter{Actor: "USAGOV"}, []string{"afrin-1/ev2"}},
		{"actor name substring", dateline.Filter{Actor: "putin"}, []string{"sochi-1/ev2", "sochi-1/ev3", "sochi-1/ev1"}},
		{"actor code-like does not match inside words", dateline.Filter{Actor: "ASH"}, []string{}},
		{"country", dateline.Filter{Country: "tur"}, []string{"afrin-1/ev2", "afrin-1/ev1", "sochi-1/ev2"}},
		{"type", dateline.Filter{Type: "consult"}, []string{"sochi-1/ev1"}},
		{"since", dateline.Filter{Since: "2017-11-21"}, []string{"afrin-1/ev2", "afrin-1/ev1", "sochi-1/ev2", "sochi-1/ev3"}},
		{"until", dateline.Filter{Until: "2017-11-21"}, []string{"sochi-1/ev3", "sochi-1/ev1"}},
		{"since and until", dateline.Filter{Since: "2017-11-21", Until: "2018-03-04"}, []string{"afrin-1/ev1", "sochi-1/ev2", "sochi-1/ev3"}},
		{"article", dateline.Filter{Article: "afrin-1"}, []string{"afrin-1/ev2", "afrin-1/ev1"}},
		{"text in the sentence", dateline.Filter{Text: "Sochi"}, []string{"sochi-1/ev1"}},
		{"text in another mention's sentence", dateline.Filter{Text: "thanked"}, []string{"sochi-1/ev3", "sochi-1/ev1"}},
		{"text FTS5 syntax", dateline.Filter{Text: "rebels NOT Washington"}, []string{"afrin-1/ev1"}},
		{"text prefix query", dateline.Filter{Text: "presid*"}, []string{"sochi-1/ev2", "sochi-1/ev1"}},
		{"text not FTS5 syntax is quoted", dateline.Filter{Text: "Iran on Wednesday."}, []string{"sochi-1/ev2"}},
		{"filters combine", dateline.Filter{Actor: "RUS", Type: "AGREE", Since: "2017-01-01"}, []string{"sochi-1/ev2"}},
		{"limit", dateline.Filter{Limit: 2}, []string{"afrin-1/ev2", "afrin-1/ev1"}},
		{"offset", dateline.Filter{Limit: 2, Offset: 2}, []string{"sochi-1/ev2", "sochi-1/ev3"}},
		{"offset past the end", dateline.Filter{Offset: 50}, []string{}},
		{"no match", dateline.Filter{Type: "COERCE"}, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Events(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if k := eventKeys(got); !reflect.DeepEqual(k, tc.want) {
				t.Errorf("got %v, want %v", k, tc.want)
			}
		})
	}
}

func TestEventDay(t *testing.T) {
	tests := []struct{ date, published, want string }{
		{"2017-11-20", "2017-11-21", "2017-11-20"},
		{"2017-11-20T10:00", "2017-11-21", "2017-11-20"},
		{"2017-11", "2017-11-21", "2017-11"},
		{"", "2017-11-21", "2017-11-21"},
		{"XXXX-WXX-2", "2017-11-21", "2017-11-21"},
		{"PRESENT_REF", "", ""},
	}
	for _, tc := range tests {
		if got := eventDay(tc.date, tc.published); got != tc.want {
			t.Errorf("eventDay(%q, %q) = %q, want %q", tc.date, tc.published, got, tc.want)
		}
	}
}

func TestStoredEventIsComplete(t *testing.T) {
	s := openTemp(t)
	mustIngest(t, s, sochi())
	got, err := s.Events(context.Background(), dateline.Filter{Type: "AGREE"})
	if err != nil || len(got) != 1 {
		t.Fatalf("%v, %v", got, err)
	}
	if want := sochi().Events[1]; !reflect.DeepEqual(got[0].Event, want) {
		t.Errorf("got %+v, want %+v", got[0].Event, want)
	}
}

func TestQuoteFilters(t *testing.T) {
	s := openTemp(t)
	mustIngest(t, s, sochi(), afrin())
	tests := []struct {
		name string
		f    dateline.Filter
		want []string
	}{
		{"all", dateline.Filter{}, []string{"afrin-1/q1", "afrin-1/q2", "sochi-1/q1"}},
		{"speaker name", dateline.Filter{Speaker: "spokesman"}, []string{"afrin-1/q1"}},
		{"speaker code", dateline.Filter{Speaker: "RUS"}, []string{"sochi-1/q1"}},
		{"actor is the addressee", dateline.Filter{Actor: "Assad"}, []string{"sochi-1/q1"}},
		{"country by code", dateline.Filter{Country: "SYR"}, []string{"afrin-1/q1"}},
		{"type reported", dateline.Filter{Type: "reported"}, []string{}},
		{"type direct", dateline.Filter{Type: "direct", Article: "sochi-1"}, []string{"sochi-1/q1"}},
		{"text", dateline.Filter{Text: "terrorism"}, []string{"sochi-1/q1"}},
		{"text phrase", dateline.Filter{Text: `"not retreat"`}, []string{"afrin-1/q2"}},
		{"since", dateline.Filter{Since: "2018-01-01"}, []string{"afrin-1/q1", "afrin-1/q2"}},
		{"until", dateline.Filter{Until: "2017-11-21"}, []string{"sochi-1/q1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Quotes(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if k := quoteKeys(got); !reflect.DeepEqual(k, tc.want) {
				t.Errorf("got %v, want %v", k, tc.want)
			}
		})
	}
	got, _ := s.Quotes(context.Background(), dateline.Filter{Article: "sochi-1"})
	if len(got) != 1 || got[0].Date != "2017-11-21" || !reflect.DeepEqual(got[0].Quote, sochi().Quotes[0]) {
		t.Errorf("stored quote %+v differs from the ingested one", got)
	}
}

func TestEntityFilters(t *testing.T) {
	s := openTemp(t)
	mustIngest(t, s, sochi(), afrin())
	tests := []struct {
		name string
		f    dateline.Filter
		want []string
	}{
		{"type", dateline.Filter{Type: "person"}, []string{"sochi-1/e1", "sochi-1/e2"}},
		{"actor code", dateline.Filter{Actor: "TUR"}, []string{"afrin-1/e1", "afrin-1/e4", "sochi-1/e5"}},
		{"actor name", dateline.Filter{Actor: "assad"}, []string{"sochi-1/e2"}},
		{"country of actor or place", dateline.Filter{Country: "SYR"}, []string{"afrin-1/e2", "afrin-1/e3", "sochi-1/e2"}},
		{"text over mentions", dateline.Filter{Text: "Сочи"}, []string{"sochi-1/e3"}},
		{"text over names", dateline.Filter{Text: "Bashar"}, []string{"sochi-1/e2"}},
		{"since", dateline.Filter{Since: "2018-03-05", Type: "GPE"}, []string{"afrin-1/e3", "afrin-1/e4", "afrin-1/e5"}},
		{"article and paging", dateline.Filter{Article: "sochi-1", Limit: 2, Offset: 1}, []string{"sochi-1/e2", "sochi-1/e3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Entities(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if k := entityKeys(got); !reflect.DeepEqual(k, tc.want) {
				t.Errorf("got %v, want %v", k, tc.want)
			}
		})
	}
}

func TestArticleFilters(t *testing.T) {
	s := openTemp(t)
	mustIngest(t, s, sochi(), afrin())
	tests := []struct {
		name string
		f    dateline.Filter
		want []string
	}{
		{"all, newest first", dateline.Filter{}, []string{"afrin-1", "sochi-1"}},
		{"text", dateline.Filter{Text: "invasion"}, []string{"afrin-1"}},
		{"text in title", dateline.Filter{Text: "meets"}, []string{"sochi-1"}},
		{"type", dateline.Filter{Type: "CONSULT"}, []string{"sochi-1"}},
		{"actor", dateline.Filter{Actor: "USA"}, []string{"afrin-1"}},
		{"country", dateline.Filter{Country: "RUS"}, []string{"sochi-1"}},
		{"speaker", dateline.Filter{Speaker: "Putin"}, []string{"sochi-1"}},
		{"until", dateline.Filter{Until: "2017-12-31"}, []string{"sochi-1"}},
		{"article", dateline.Filter{Article: "sochi-1"}, []string{"sochi-1"}},
		{"limit", dateline.Filter{Limit: 1}, []string{"afrin-1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Articles(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if k := articleKeys(got); !reflect.DeepEqual(k, tc.want) {
				t.Errorf("got %v, want %v", k, tc.want)
			}
		})
	}
}

func TestBadFilters(t *testing.T) {
	s := openTemp(t)
	mustIngest(t, s, sochi())
	ctx := context.Background()
	tests := []struct {
		name  string
		f     dateline.Filter
		field string
	}{
		{"bad since", dateline.Filter{Since: "21.11.2017"}, "since"},
		{"bad until", dateline.Filter{Until: "2017-13-01"}, "until"},
		{"negative limit", dateline.Filter{Limit: -1}, "limit"},
		{"negative offset", dateline.Filter{Offset: -5}, "offset"},
		{"empty text", dateline.Filter{Text: "   "}, "text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Events(ctx, tc.f)
			var fe *FilterError
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Errorf("error %v, want a FilterError on %s", err, tc.field)
			}
		})
	}
	if _, err := s.Quotes(ctx, dateline.Filter{Type: "shouted"}); err == nil {
		t.Error("quote type shouted accepted")
	}
}

func TestLimitDefaults(t *testing.T) {
	s := openTemp(t)
	for i := 0; i < 11; i++ { // 110 events
		mustIngest(t, s, typical(i))
	}
	tests := []struct {
		limit, want int
	}{{0, DefaultLimit}, {5, 5}, {5000, 110}}
	for _, tc := range tests {
		got, err := s.Events(context.Background(), dateline.Filter{Limit: tc.limit})
		if err != nil || len(got) != tc.want {
			t.Errorf("limit %d: %d events, %v; want %d", tc.limit, len(got), err, tc.want)
		}
	}
}

// BenchmarkIngest stores typical articles (20 entities with 3 mentions
// each, 10 quotes, 10 events with 2 mentions, 4 kB of text) one
// transaction each into a growing database.
func BenchmarkIngest(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	rs := make([]*dateline.Result, b.N)
	for i := range rs {
		rs[i] = typical(i)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		st, err := s.Ingest(ctx, rs[i])
		if err != nil || !st.Added {
			b.Fatal(st, err)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu > 0 {
		// CPU time per article: unlike ns/op, not inflated by other
		// processes on a busy machine.
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkQueries runs the query methods over 500 typical articles (5,000
// events, 10,000 entities); each op is one page of 100.
func BenchmarkQueries(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	for i := 0; i < 500; i++ {
		mustIngest(b, s, typical(i))
	}
	tests := []struct {
		name string
		run  func() (int, error)
	}{
		{"events", func() (int, error) { r, err := s.Events(ctx, dateline.Filter{}); return len(r), err }},
		{"events-actor", func() (int, error) { r, err := s.Events(ctx, dateline.Filter{Actor: "Beta7"}); return len(r), err }},
		{"events-since", func() (int, error) { r, err := s.Events(ctx, dateline.Filter{Since: "2020-01-01"}); return len(r), err }},
		{"events-text", func() (int, error) { r, err := s.Events(ctx, dateline.Filter{Text: "Gamma3"}); return len(r), err }},
		{"quotes-speaker", func() (int, error) { r, err := s.Quotes(ctx, dateline.Filter{Speaker: "RUSGOV"}); return len(r), err }},
		{"entities-type", func() (int, error) {
			r, err := s.Entities(ctx, dateline.Filter{Type: "PERSON", Offset: 5000})
			return len(r), err
		}},
		{"article", func() (int, error) { r, err := s.Article(ctx, "typ-250"); return len(r.Events), err }},
		// all 5,000 events are one global event (same type, pair and day):
		// the worst case for counting
		{"counted-events", func() (int, error) { r, err := s.CountedEvents(ctx, dateline.Filter{}); return len(r), err }},
		{"global-events", func() (int, error) { r, err := s.GlobalEvents(ctx, dateline.Filter{}); return len(r), err }},
		{"lookup", func() (int, error) {
			_, ok, err := s.LookupContext(ctx, "Alpha7", time.Date(2020, 1, 5, 0, 0, 0, 0, time.UTC))
			if !ok {
				return 0, err
			}
			return 1, err
		}},
		{"gdelt-export", func() (int, error) {
			st, err := s.WriteGDELT(ctx, dateline.Filter{}, GDELTOptions{Events: io.Discard, Mentions: io.Discard})
			return st.Mentions, err
		}},
	}
	for _, tc := range tests {
		b.Run(tc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if n, err := tc.run(); err != nil || n == 0 {
					b.Fatal(n, err)
				}
			}
		})
	}
}

// TestConcurrent ingests from several goroutines through two Stores on the
// same file (as two processes would) while reading.
func TestConcurrent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	s1, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s1.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	const workers, each = 4, 8
	errc := make(chan error, workers+1)
	for w := 0; w < workers; w++ {
		st := s1
		if w%2 == 1 {
			st = s2
		}
		go func(w int) {
			for i := 0; i < each; i++ {
				if _, err := st.Ingest(ctx, typical(w*100+i)); err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}(w)
	}
	go func() {
		for i := 0; i < 20; i++ {
			if _, err := s2.Events(ctx, dateline.Filter{Actor: "RUS"}); err != nil {
				errc <- err
				return
			}
		}
		errc <- nil
	}()
	for i := 0; i < workers+1; i++ {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	as, err := s1.Articles(ctx, dateline.Filter{Limit: 1000})
	if err != nil || len(as) != workers*each {
		t.Fatalf("%d articles, %v; want %d", len(as), err, workers*each)
	}
}
