package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	nethttp "net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/sqlite"
)

// at returns the code point offsets of the first sub in text.
func at(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(sub)
	}
	s := utf8.RuneCountInString(text[:i])
	return s, s + utf8.RuneCountInString(sub)
}

// article fabricates the n-th test article: one entity, one quote, one
// event, published on day n of March 2019.
func article(n int) *dateline.Result {
	text := fmt.Sprintf("Le président Macron a rencontré Angela Merkel à Berlin (%d). \"Nous sommes d'accord,\" a dit Macron.", n)
	ms, me := at(text, "Macron")
	qs, qe := at(text, "Nous sommes d'accord,")
	ss, se := at(text, "Le président Macron a rencontré Angela Merkel à Berlin")
	country, typ := "FRA", "CONSULT"
	if n%2 == 0 {
		country, typ = "DEU", "AGREE"
	}
	return &dateline.Result{
		Article: dateline.Article{ID: fmt.Sprintf("art-%02d", n), Title: fmt.Sprintf("Sommet %d", n),
			Published: fmt.Sprintf("2019-03-%02d", n), Language: "fr", Text: text},
		Entities: []*dateline.Entity{{ID: "e1", Name: "Emmanuel Macron", Type: "PERSON",
			Mentions: []dateline.Mention{{Start: ms, End: me, Text: "Macron"}},
			Actor:    &dateline.Actor{Code: country + "GOV", Country: country, Sector: "GOV"}}},
		Quotes: []*dateline.Quote{{ID: "q1", Text: "Nous sommes d'accord,", Start: qs, End: qe, Direct: true, Cue: "a dit",
			Speaker: &dateline.Speaker{Entity: "e1", Name: "Emmanuel Macron", Code: country + "GOV", Start: ms, End: me}}},
		Events: []*dateline.Event{{ID: "ev1", Date: fmt.Sprintf("2019-03-%02d", n), Event: typ,
			Actor:     []dateline.EventActor{{Name: "Emmanuel Macron", Code: country + "GOV", Country: country, Sector: "GOV", Entity: "e1"}},
			Recipient: []dateline.EventActor{{Name: "Angela Merkel", Code: "DEUGOV", Country: "DEU", Sector: "GOV"}},
			EventText: "a rencontré", TextInfo: dateline.TextInfo{Sentence: 0, Start: ss, End: se}, Cameo: "040", QuadClass: 1,
			Mentions: []dateline.EventMention{{Sentence: 0, Start: ss, End: se, EventText: "a rencontré"}}}},
	}
}

func newTestServer(t *testing.T, n int) (*httptest.Server, dateline.Store) {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for i := 1; i <= n; i++ {
		if _, err := st.Ingest(context.Background(), article(i)); err != nil {
			t.Fatal(err)
		}
	}
	ts := httptest.NewServer(NewServer(st))
	t.Cleanup(ts.Close)
	return ts, st
}

// get fetches a path and decodes its JSON body into v.
func get(t *testing.T, ts *httptest.Server, path string, v any) *nethttp.Response {
	t.Helper()
	res, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if v != nil && strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, b)
		}
	}
	return res
}

type page struct {
	Items      []map[string]any `json:"items"`
	Limit      int              `json:"limit"`
	Offset     int              `json:"offset"`
	NextOffset *int             `json:"next_offset"`
	Error      string           `json:"error"`
}

func ids(p page, key string) []string {
	out := []string{}
	for _, it := range p.Items {
		out = append(out, fmt.Sprint(it[key]))
	}
	return out
}

func TestListEndpoints(t *testing.T) {
	ts, _ := newTestServer(t, 5)
	next := func(n int) *int { return &n }
	tests := []struct {
		name     string
		path     string
		key      string
		want     []string
		wantNext *int
	}{
		{"articles", "/api/articles", "id", []string{"art-05", "art-04", "art-03", "art-02", "art-01"}, nil},
		{"articles by text", "/api/articles?text=%2200%22", "id", []string{}, nil},
		{"articles paged", "/api/articles?limit=2", "id", []string{"art-05", "art-04"}, next(2)},
		{"articles second page", "/api/articles?limit=2&offset=2", "id", []string{"art-03", "art-02"}, next(4)},
		{"articles last page", "/api/articles?limit=2&offset=4", "id", []string{"art-01"}, nil},
		{"events", "/api/events", "article_id", []string{"art-05", "art-04", "art-03", "art-02", "art-01"}, nil},
		{"events by type", "/api/events?type=AGREE", "article_id", []string{"art-04", "art-02"}, nil},
		{"events by country and dates", "/api/events?country=FRA&since=2019-03-02&until=2019-03-04", "article_id", []string{"art-03"}, nil},
		{"events by actor", "/api/events?actor=Merkel&limit=1", "article_id", []string{"art-05"}, next(1)},
		{"events by text", "/api/events?text=rencontr%C3%A9", "article_id", []string{"art-05", "art-04", "art-03", "art-02", "art-01"}, nil},
		{"events by article", "/api/events?article=art-02", "article_id", []string{"art-02"}, nil},
		{"quotes by speaker", "/api/quotes?speaker=DEU", "article_id", []string{"art-04", "art-02"}, nil},
		{"entities by type", "/api/entities?type=PERSON&limit=3", "article_id", []string{"art-05", "art-04", "art-03"}, next(3)},
		{"no rows", "/api/quotes?text=nothinglikethis", "article_id", []string{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p page
			res := get(t, ts, tc.path, &p)
			if res.StatusCode != 200 {
				t.Fatalf("status %d: %s", res.StatusCode, p.Error)
			}
			if got := ids(p, tc.key); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("items %v, want %v", got, tc.want)
			}
			if !reflect.DeepEqual(p.NextOffset, tc.wantNext) {
				t.Errorf("next_offset %v, want %v", p.NextOffset, tc.wantNext)
			}
		})
	}
}

func TestArticleEndpoint(t *testing.T) {
	ts, _ := newTestServer(t, 2)
	var got dateline.Result
	res := get(t, ts, "/api/articles/art-02", &got)
	if res.StatusCode != 200 {
		t.Fatalf("status %d", res.StatusCode)
	}
	if want := article(2); !reflect.DeepEqual(&got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	// The offsets highlight the right words, counted in code points.
	m := got.Entities[0].Mentions[0]
	if s := string([]rune(got.Article.Text)[m.Start:m.End]); s != "Macron" {
		t.Errorf("mention reads %q", s)
	}
}

func TestArticleIDWithSlash(t *testing.T) {
	ts, st := newTestServer(t, 0)
	r := article(1)
	r.Article.ID = "feeds/tass/1.txt"
	if _, err := st.Ingest(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/articles/feeds/tass/1.txt", "/api/articles/feeds%2Ftass%2F1.txt"} {
		var got dateline.Result
		if res := get(t, ts, path, &got); res.StatusCode != 200 || got.Article.ID != r.Article.ID {
			t.Errorf("GET %s: %d, article %q", path, res.StatusCode, got.Article.ID)
		}
	}
}

func TestErrors(t *testing.T) {
	ts, _ := newTestServer(t, 1)
	tests := []struct {
		name, method, path string
		status             int
		msg                string
	}{
		{"unknown article", "GET", "/api/articles/nope", 404, "nope"},
		{"unknown path", "GET", "/api/nothing", 404, "no such path"},
		{"bad since", "GET", "/api/events?since=2019-3-1", 400, "since"},
		{"bad until", "GET", "/api/quotes?until=yesterday", 400, "until"},
		{"since after until", "GET", "/api/events?since=2019-03-02&until=2019-03-01", 400, "after"},
		{"bad limit", "GET", "/api/entities?limit=0", 400, "limit"},
		{"limit too big", "GET", "/api/articles?limit=1001", 400, "limit"},
		{"bad offset", "GET", "/api/events?offset=-1", 400, "offset"},
		{"bad quote type", "GET", "/api/quotes?type=shouted", 400, "type"},
		{"wrong method", "POST", "/api/events", 405, "method"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := nethttp.NewRequest(tc.method, ts.URL+tc.path, nil)
			res, err := ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var body ErrorBody
			if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
				t.Fatalf("body is not JSON: %v", err)
			}
			if res.StatusCode != tc.status || !strings.Contains(body.Error, tc.msg) {
				t.Errorf("%d %q, want %d and a message containing %q", res.StatusCode, body.Error, tc.status, tc.msg)
			}
		})
	}
}

// failing is a store whose queries fail, for the 500 path.
type failing struct{ dateline.Store }

func (failing) Events(context.Context, dateline.Filter) ([]*dateline.StoredEvent, error) {
	return nil, errors.New("disk on fire")
}

func TestInternalError(t *testing.T) {
	srv := NewServer(failing{})
	var logged strings.Builder
	srv.Log = log.New(&logged, "", 0)
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/events", nil))
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "fire") || !strings.Contains(logged.String(), "fire") {
		t.Errorf("status %d body %q log %q: want 500, the cause logged and not shown", rec.Code, rec.Body, logged.String())
	}
}

func TestUI(t *testing.T) {
	ts, _ := newTestServer(t, 0)
	res := get(t, ts, "/", nil)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	b, _ := uiFS.ReadFile("ui/index.html")
	for _, want := range []string{"/api/articles", "Array.from", `"/api/" + kind`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the page does not use %s", want)
		}
	}
	if strings.Contains(string(b), "http://") || strings.Contains(string(b), "https://") {
		t.Error("the page loads something from another site")
	}
}

func TestEventsGlobal(t *testing.T) {
	ts, st := newTestServer(t, 3)
	again := article(1) // another outlet's report of article 1's meeting
	again.Article.ID, again.Article.URL = "art-01b", "https://example.net/1"
	again.Article.Text += " "
	if _, err := st.Ingest(context.Background(), again); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path       string
		want       []string
		wantCounts []float64 // num_articles of each row
	}{
		{"/api/events", []string{"art-03", "art-02", "art-01b", "art-01"}, []float64{1, 1, 2, 2}},
		{"/api/events?global=1", []string{"art-03", "art-02", "art-01"}, []float64{1, 1, 2}},
		{"/api/events?global=true&type=CONSULT", []string{"art-03", "art-01"}, []float64{1, 2}},
		{"/api/events?global=1&article=art-01b", []string{"art-01"}, []float64{2}},
		{"/api/events?global=0&limit=1", []string{"art-03"}, []float64{1}},
	}
	for _, tc := range tests {
		var p page
		if res := get(t, ts, tc.path, &p); res.StatusCode != 200 {
			t.Fatalf("%s: status %d: %s", tc.path, res.StatusCode, p.Error)
		}
		if got := ids(p, "article_id"); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: items %v, want %v", tc.path, got, tc.want)
		}
		var counts []float64
		for _, it := range p.Items {
			n, _ := it["num_articles"].(float64)
			counts = append(counts, n)
			for _, k := range []string{"num_mentions", "num_sources", "global_event_id"} {
				if _, ok := it[k]; !ok {
					t.Errorf("%s: an item lacks %s", tc.path, k)
				}
			}
		}
		if !reflect.DeepEqual(counts, tc.wantCounts) {
			t.Errorf("%s: num_articles %v, want %v", tc.path, counts, tc.wantCounts)
		}
	}
	var body ErrorBody
	if res := get(t, ts, "/api/events?global=maybe", &body); res.StatusCode != 400 || !strings.Contains(body.Error, "global") {
		t.Errorf("global=maybe: %d %q, want 400", res.StatusCode, body.Error)
	}
	rec := httptest.NewRecorder()
	NewServer(failing{}).ServeHTTP(rec, httptest.NewRequest("GET", "/api/events?global=1", nil))
	if rec.Code != 501 {
		t.Errorf("global=1 on a store without global events: %d, want 501", rec.Code)
	}
}
