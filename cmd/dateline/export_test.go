package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/sqlite"
)

// storedMeetings makes a database with two articles (two outlets) that
// report the same meeting, and a third with another event.
func storedMeetings(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.db")
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	putin := dateline.EventActor{Name: "Vladimir Putin", Code: "RUSGOV", Country: "RUS", Sector: "GOV"}
	assad := dateline.EventActor{Name: "Bashar al-Assad", Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	sochi := &dateline.Location{Name: "Sochi", Country: "RUS", Lat: 43.6, Lon: 39.73, GeonameID: 491422}
	for i, a := range []struct {
		id, url, published, typ string
		loc                     *dateline.Location
	}{
		{"m1", "https://tass.ru/1", "2017-11-21", "CONSULT", sochi},
		{"m2", "https://reuters.com/2", "2017-11-20", "CONSULT", sochi},
		{"m3", "https://tass.ru/3", "2017-11-22", "ACCUSE", nil},
	} {
		text := "Vladimir Putin met Bashar al-Assad in Sochi. " + strings.Repeat("More. ", i)
		r := &dateline.Result{
			Article: dateline.Article{ID: a.id, URL: a.url, Published: a.published, Language: "en", Text: text},
			Events: []*dateline.Event{{ID: "ev1", Date: "2017-11-20", Event: a.typ, Actor: []dateline.EventActor{putin},
				Recipient: []dateline.EventActor{assad}, EventLoc: a.loc, EventText: "met",
				TextInfo: dateline.TextInfo{Sentence: 0, Start: 0, End: 44}, Cameo: "040", QuadClass: 1, Goldstein: 1, Confidence: 0.5,
				Mentions: []dateline.EventMention{{Sentence: 0, Start: 15, End: 18, EventText: "met"}}}},
		}
		if _, err := st.Ingest(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestEventsGlobal(t *testing.T) {
	db := storedMeetings(t)
	var per, glob []map[string]any
	out, errs, code := run(t, "", "events", "--db", db, "--format", "json")
	if code != 0 || json.Unmarshal([]byte(out), &per) != nil || len(per) != 3 {
		t.Fatalf("events: exit %d, %s, %q", code, errs, out)
	}
	for _, e := range per {
		want := 2.0
		if e["article_id"] == "m3" {
			want = 1
		}
		if e["num_articles"] != want || e["num_sources"] != want || e["num_mentions"] != want || e["global_event_id"] == nil {
			t.Errorf("%v: counts %v %v %v, want %v", e["article_id"], e["num_mentions"], e["num_sources"], e["num_articles"], want)
		}
	}
	out, errs, code = run(t, "", "events", "--db", db, "--global", "--format", "json")
	if code != 0 || json.Unmarshal([]byte(out), &glob) != nil || len(glob) != 2 {
		t.Fatalf("events --global: exit %d, %s, %q", code, errs, out)
	}
	if glob[1]["article_id"] != "m2" || glob[1]["num_articles"] != 2.0 {
		t.Errorf("the meeting's row: %v, want article m2 (the earliest) with 2 articles", glob[1])
	}
	out, _, _ = run(t, "", "export", "--db", db, "--format", "plover", "--article", "m1")
	var pl map[string]any
	if err := json.Unmarshal([]byte(out), &pl); err != nil || pl["num_articles"] != 2.0 || pl["id"] != "m1:ev1" || pl["event"] != "CONSULT" {
		t.Errorf("plover line %q (%v): want num_articles 2, id m1:ev1", out, err)
	}
	out, _, _ = run(t, "", "events", "--db", db, "--global", "--format", "csv")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 3 || !strings.Contains(lines[0], "num_sources") {
		t.Errorf("events --global csv: %q", out)
	}
}

func TestExportGDELT(t *testing.T) {
	db := storedMeetings(t)
	dir := filepath.Join(t.TempDir(), "out") + "/"
	_, errs, code := run(t, "", "export", "--db", db, "--format", "gdelt", "--out", dir)
	if code != 0 {
		t.Fatalf("export to a directory: exit %d, %s", code, errs)
	}
	for name, want := range map[string][2]int{"events.tsv": {2, 61}, "mentions.tsv": {3, 16}} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(lines) != want[0] {
			t.Errorf("%s: %d rows, want %d", name, len(lines), want[0])
		}
		for _, l := range lines {
			if n := len(strings.Split(l, "\t")); n != want[1] {
				t.Errorf("%s: %d columns, want %d: %q", name, n, want[1], l)
			}
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}

	out, _, code := run(t, "", "export", "--db", db, "--format", "gdelt", "--table", "mentions", "--header", "--type", "ACCUSE")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 2 || !strings.HasPrefix(lines[0], "GLOBALEVENTID\tEventTimeDate") {
		t.Errorf("mentions to stdout: exit %d, %q", code, out)
	}
	out, _, _ = run(t, "", "export", "--db", db, "--format", "gdelt")
	if n := len(strings.Split(strings.TrimSpace(out), "\n")); n != 2 {
		t.Errorf("events to stdout: %d rows, want 2", n)
	}
	file := filepath.Join(t.TempDir(), "ev.tsv")
	if _, errs, code := run(t, "", "export", "--db", db, "--format", "gdelt", "--out", file); code != 0 {
		t.Errorf("events to a file: exit %d, %s", code, errs)
	}

	for _, args := range [][]string{
		{"--format", "gdelt", "--table", "actors"},
		{"--format", "gdelt", "--out", dir, "--table", "events"},
		{"--format", "plover", "--table", "events"},
		{"--format", "csv"},
	} {
		_, errs, code := run(t, "", append([]string{"export", "--db", db}, args...)...)
		if code != 2 || errs == "" {
			t.Errorf("export %v: exit %d, stderr %q; want a usage error", args, code, errs)
		}
	}
}

func TestRoles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.db")
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []struct{ id, day, role string }{{"r1", "2008-05-10", "President"}, {"r2", "2012-06-01", "Prime Minister"}} {
		text := a.role + " Dmitry Medvedev spoke (" + a.id + ")."
		r := &dateline.Result{Article: dateline.Article{ID: a.id, Published: a.day, Text: text},
			Entities: []*dateline.Entity{{ID: "e1", Name: "Dmitry Medvedev", Type: "PERSON",
				Mentions: []dateline.Mention{{Start: len(a.role) + 1, End: len(a.role) + 16, Text: "Dmitry Medvedev"}},
				Actor:    &dateline.Actor{Code: "RUSGOV", Country: "RUS", Sector: "GOV", Role: a.role, Source: "text"}}}}
		if _, err := st.Ingest(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	out, errs, code := run(t, "", "roles", "--db", path, "Medvedev", "--at", "2013-01-01", "--format", "json")
	var rs []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &rs) != nil || len(rs) != 2 || !strings.Contains(errs, "RUSGOV (Prime Minister)") {
		t.Errorf("roles: exit %d, %q, %q", code, out, errs)
	}
	if _, _, code := run(t, "", "roles", "--db", path, "Medvedev", "--at", "soon"); code != 2 {
		t.Errorf("roles --at soon: exit %d, want 2", code)
	}
}
