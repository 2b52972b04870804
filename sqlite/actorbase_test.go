package sqlite

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/actors"
)

// The store is the actors stage's base.
var _ actors.Base = (*Store)(nil)

// titled fabricates an article published on day that names a person with
// a title in its own words (or, with source other than "text", an actor
// that came from elsewhere).
func titled(id, day, name, code, role, source string) *dateline.Result {
	text := fmt.Sprintf("%s %s spoke on %s (%s).", role, name, day, id)
	m := mention(text, name, 0)
	return &dateline.Result{
		Article: dateline.Article{ID: id, Published: day, Language: "en", Text: text},
		Entities: []*dateline.Entity{{ID: "e1", Name: name, Type: "PERSON", Mentions: []dateline.Mention{m},
			Actor: &dateline.Actor{Code: code, Country: code[:3], Sector: code[3:], Role: role, Source: source}}},
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLookupRolesByDate(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustIngest(t, s,
		titled("a1", "2008-05-10", "Dmitry Medvedev", "RUSGOV", "President", "text"),
		titled("a2", "2012-06-01", "Dmitry Medvedev", "RUSGOV", "Prime Minister", "text"),
		titled("a3", "2012-06-03", "Medvedev", "RUSGOV", "Prime Minister", "text"),
		titled("a4", "2017-11-21", "Bashar al-Assad", "SYRGOV", "President", "text"),
	)
	tests := []struct {
		name, at string
		wantRole string // "" for not found
	}{
		{"Dmitry Medvedev", "2001-01-01", "President"},      // before both: the nearest
		{"Dmitry Medvedev", "2008-05-10", "President"},      // on the day
		{"Dmitry Medvedev", "2009-01-01", "President"},      // between, nearer the first
		{"Dmitry Medvedev", "2012-01-01", "Prime Minister"}, // between, nearer the second
		{"Dmitry Medvedev", "2010-05-21", "President"},      // a day nearer the first
		{"Dmitry Medvedev", "2010-05-22", "Prime Minister"}, // a day nearer the second
		{"Dmitry Medvedev", "2012-06-02", "Prime Minister"}, // inside the second range
		{"Dmitry Medvedev", "2030-01-01", "Prime Minister"}, // after both
		{"Medvedev", "2009-01-01", "President"},             // surname
		{"Medvedev's", "2020-01-01", "Prime Minister"},      // possessive
		{"Mr. Medvedev", "2020-01-01", "Prime Minister"},    // honorific
		{"D. Medvedev", "2020-01-01", "Prime Minister"},     // initial
		{"MEDVEDEV", "2020-01-01", "Prime Minister"},        // case
		{"Dmitry Medvedev", "", "Prime Minister"},           // no date: the latest
		{"Assad", "2017-01-01", "President"},                // particle dropped
		{"al-Assad", "2017-01-01", "President"},             // particle kept
		{"Bashar al Assad", "2017-01-01", "President"},      // written otherwise
		{"Svetlana Medvedeva", "2012-01-01", ""},            // another person
		{"Anna Medvedev", "2012-01-01", ""},                 // another first name
		{"Putin", "2012-01-01", ""},                         // unknown
		{"", "2012-01-01", ""},                              // no name
	}
	for _, tc := range tests {
		t.Run(tc.name+"@"+tc.at, func(t *testing.T) {
			var at time.Time
			if tc.at != "" {
				at = day(tc.at)
			}
			a, ok := s.Lookup(tc.name, at)
			if tc.wantRole == "" {
				if ok {
					t.Fatalf("Lookup(%q) = %+v, want not found", tc.name, a)
				}
				return
			}
			if !ok || a.Role != tc.wantRole || a.Source != "base" {
				t.Fatalf("Lookup(%q, %s) = %+v, %v; want role %q from the base", tc.name, tc.at, a, ok, tc.wantRole)
			}
		})
	}
	// The base keeps the ranges and article counts.
	rs, err := s.Roles(ctx, "Medvedev")
	if err != nil {
		t.Fatal(err)
	}
	want := []PersonRole{
		{Name: "Dmitry Medvedev", Code: "RUSGOV", Country: "RUS", Sector: "GOV", Role: "President", FirstSeen: "2008-05-10", LastSeen: "2008-05-10", Articles: 1},
		{Name: "Dmitry Medvedev", Code: "RUSGOV", Country: "RUS", Sector: "GOV", Role: "Prime Minister", FirstSeen: "2012-06-01", LastSeen: "2012-06-01", Articles: 1},
		{Name: "Medvedev", Code: "RUSGOV", Country: "RUS", Sector: "GOV", Role: "Prime Minister", FirstSeen: "2012-06-03", LastSeen: "2012-06-03", Articles: 1},
	}
	if len(rs) != len(want) {
		t.Fatalf("roles %+v, want %+v", rs, want)
	}
	for i := range want {
		rs[i].key = ""
		if rs[i] != want[i] {
			t.Errorf("role %d: %+v, want %+v", i, rs[i], want[i])
		}
	}
}

func TestLookupAmbiguousSurname(t *testing.T) {
	s := openTemp(t)
	mustIngest(t, s,
		titled("b1", "1990-01-01", "George Bush", "USAGOV", "President", "text"),
		titled("b2", "1990-06-01", "George Bush", "USAGOV", "President", "text"),
		titled("b3", "2000-01-01", "Jeb Bush", "USAGOV", "Governor", "text"),
		titled("b4", "2000-06-01", "Jeb Bush", "USAGOV", "Governor", "text"),
		titled("b5", "2000-03-01", "Bush", "USAGOV", "President", "text"), // which Bush? left out when ambiguous
	)
	tests := []struct {
		name, at string
		wantRole string
	}{
		{"Bush", "1990-03-01", "President"}, // only George was active then
		{"Bush", "2000-02-01", "Governor"},  // only Jeb
		{"Bush", "1995-01-01", ""},          // neither: ambiguous
		{"George Bush", "2000-03-01", "President"},
		{"Jeb Bush", "1990-03-01", "Governor"},
		{"Jeb Bush", "2000-03-01", "Governor"},
		{"Laura Bush", "2000-03-01", ""},
	}
	for _, tc := range tests {
		a, ok := s.Lookup(tc.name, day(tc.at))
		if tc.wantRole == "" && ok || tc.wantRole != "" && (!ok || a.Role != tc.wantRole) {
			t.Errorf("Lookup(%q, %s) = %+v, %v; want role %q", tc.name, tc.at, a, ok, tc.wantRole)
		}
	}
}

func TestLearnsOnlyTitlesFromText(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	noRole := titled("c1", "2019-01-01", "Ann Other", "GBRGOV", "", "text")
	fromBase := titled("c2", "2019-01-01", "Bob Base", "GBRGOV", "Minister", "base")
	fromDict := titled("c3", "2019-01-01", "Dan Dict", "GBRGOV", "Minister", "dictionary")
	unsourced := titled("c4", "2019-01-01", "Una Sourced", "GBRGOV", "Minister", "")
	undated := titled("c5", "", "Udo Dated", "GBRGOV", "Minister", "text")
	org := titled("c6", "2019-01-01", "Home Office", "GBRGOV", "Minister", "text")
	org.Entities[0].Type = "ORG"
	noCountry := titled("c7", "2019-01-01", "Nico Country", "GBRGOV", "Minister", "text")
	noCountry.Entities[0].Actor.Country = ""
	twice := titled("c8", "2019-01-01", "Tim Twice", "GBRGOV", "Minister", "text")
	dup := *twice.Entities[0]
	dup.ID = "e2"
	twice.Entities = append(twice.Entities, &dup)
	group := titled("c9", "2019-01-01", "protesters", "GBRCVL", "Protesters", "text")
	roleOnly := titled("c10", "2019-01-01", "Minister", "GBRGOV", "Minister", "text")
	mustIngest(t, s, noRole, fromBase, fromDict, unsourced, undated, org, noCountry, twice, group, roleOnly)
	var n int
	if err := s.r.QueryRow(`SELECT count(*) FROM actor_roles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("%d roles learned, want 1 (Tim Twice)", n)
	}
	rs, err := s.Roles(ctx, "Tim Twice")
	if err != nil || len(rs) != 1 || rs[0].Articles != 1 {
		t.Errorf("Tim Twice: %+v, %v; want one role from one article", rs, err)
	}
	// Re-ingesting the same text learns nothing more.
	mustIngest(t, s, titled("c8", "2019-01-01", "Tim Twice", "GBRGOV", "Minister", "text"))
	if rs, _ := s.Roles(ctx, "Tim Twice"); len(rs) != 1 || rs[0].Articles != 1 {
		t.Errorf("after re-ingest: %+v", rs)
	}
	// Source round-trips.
	got, err := s.Article(ctx, "c2")
	if err != nil || got.Entities[0].Actor.Source != "base" {
		t.Errorf("c2 actor %+v, %v; want source base", got.Entities[0].Actor, err)
	}
}

func TestProperName(t *testing.T) {
	for name, want := range map[string]bool{"Vladimir Putin": true, "Bashar al-Assad": true, "al-Assad": true, "ibn-saud": false,
		"protesters": false, "Officers": false, "President": false, "李克强": true, "Владимир Путин": true, "": true} {
		if got := properName(name); got != want {
			t.Errorf("properName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestFoldPerson(t *testing.T) {
	tests := []struct {
		in, key, surname string
	}{
		{"Bashar al-Assad", "bashar al assad", "assad"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan", "erdogan"},
		{"Martin Luther King Jr.", "martin luther king", "king"},
		{"Putin’s", "putin", "putin"},
		{"Dr. Anthony Fauci", "anthony fauci", "fauci"},
		{"Ursula von der Leyen", "ursula von der leyen", "leyen"},
	}
	for _, tc := range tests {
		p, ok := foldPerson(tc.in)
		if !ok || p.key != tc.key || p.surname != tc.surname {
			t.Errorf("foldPerson(%q) = %+v, %v; want key %q surname %q", tc.in, p, ok, tc.key, tc.surname)
		}
	}
	if _, ok := foldPerson(" ... "); ok {
		t.Error("foldPerson of punctuation: ok")
	}
}

func TestChooseRoleTie(t *testing.T) {
	rs := []PersonRole{
		{Code: "XYZGOV", Role: "Minister", FirstSeen: "2000-01-01", LastSeen: "2000-01-01"},
		{Code: "XYZGOV", Role: "President", FirstSeen: "2000-01-05", LastSeen: "2000-01-05"},
		{Code: "XYZGOV", Role: "Envoy", FirstSeen: "1999-01-01", LastSeen: "2000-02-01"}, // contains every day below
	}
	if r := chooseRole(rs[:2], "2000-01-03"); r.Role != "President" {
		t.Errorf("halfway: %s, want the later President", r.Role)
	}
	if r := chooseRole(rs, "2000-01-03"); r.Role != "Envoy" {
		t.Errorf("inside a range: %s, want Envoy", r.Role)
	}
	if r := chooseRole(rs, "2000-01-05"); r.Role != "President" {
		t.Errorf("inside two ranges: %s, want the later-starting President", r.Role)
	}
}
