package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/gazetteer"
	"github.com/dateline-news/dateline/kb"
)

// The actor base: what articles said about people's titles, with dates.
// Ingest records, for every PERSON entity whose actor the article's own
// words coded (Actor.Source "text") with a title (Actor.Role), the name,
// code, country, sector and title with the article's publication date;
// Lookup answers the actors stage (actors.Base) for people an article
// names without saying who they are.

// PersonRole is one title a person was given in text, over the
// publication dates of the articles that gave it.
type PersonRole struct {
	Name      string `json:"name"` // as last written
	Code      string `json:"code"`
	Country   string `json:"country"`
	Sector    string `json:"sector,omitempty"`
	Role      string `json:"role"`
	FirstSeen string `json:"first_seen"` // YYYY-MM-DD
	LastSeen  string `json:"last_seen"`
	Articles  int    `json:"articles"`

	key string // folded name
}

const upsertActorRole = `INSERT INTO actor_roles (name, surname, display, code, country, sector, role, first_seen, last_seen, articles)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
	ON CONFLICT (name, code, role) DO UPDATE SET
		first_seen = min(first_seen, excluded.first_seen),
		last_seen = max(last_seen, excluded.last_seen),
		articles = articles + 1,
		display = excluded.display`

// honorifics are dropped from the front of a name, suffixes from its end.
var (
	honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true}
	suffixes   = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}
	// particles are name words that do not tell people apart: "Bashar
	// al-Assad" is "Assad", "Ursula von der Leyen" is "Leyen".
	particles = map[string]bool{
		"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true, "an": true,
		"bin": true, "ibn": true, "ben": true, "bint": true, "van": true, "von": true, "der": true, "den": true,
		"de": true, "del": true, "della": true, "di": true, "da": true, "du": true, "la": true, "le": true,
		"dos": true, "das": true, "y": true,
	}
)

// personName is a name folded for comparison.
type personName struct {
	key     string   // folded words joined by spaces
	words   []string // the words without particles
	surname string   // the last word
}

// foldPerson folds a person's name: lower case without diacritics or
// punctuation, without a possessive 's, honorifics or suffixes. It reports
// false when nothing is left.
func foldPerson(name string) (personName, bool) {
	name = strings.TrimSpace(name)
	for _, s := range []string{"'s", "’s", "'", "’"} {
		name = strings.TrimSuffix(name, s)
	}
	ws := strings.Fields(gazetteer.Key(name))
	for len(ws) > 1 && honorifics[ws[0]] {
		ws = ws[1:]
	}
	for len(ws) > 1 && suffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return personName{}, false
	}
	p := personName{key: strings.Join(ws, " "), surname: ws[len(ws)-1]}
	for _, w := range ws {
		if !particles[w] {
			p.words = append(p.words, w)
		}
	}
	if len(p.words) == 0 {
		p.words = ws
	}
	return p, true
}

// wordsWithin reports whether every word of a matches a different word of
// b, in order: the same word, or an initial of it ("v" for "vladimir").
func wordsWithin(a, b []string) bool {
	j := 0
	for _, w := range a {
		for j < len(b) && !(b[j] == w || len(w) == 1 && b[j][0] == w[0]) {
			j++
		}
		if j == len(b) {
			return false
		}
		j++
	}
	return true
}

// learnable reports whether an entity's actor is what the base learns
// from: a person named by a proper name, coded from the article's own
// words with a title and a country. Groups named by a common noun
// ("protesters", "officers") are not people the base can know.
func learnable(e *dateline.Entity) bool {
	a := e.Actor
	return e.Type == "PERSON" && a != nil && a.Source == "text" && a.Role != "" && a.Country != "" && a.Code != "" &&
		properName(e.Name)
}

// properName reports whether a name is a proper name: not a title or role
// noun, and with a capitalised word (names in scripts without case pass).
func properName(name string) bool {
	if _, ok := kb.LookupRole(strings.TrimSpace(name)); ok {
		return false
	}
	cased := false
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return true
		}
		cased = cased || unicode.IsLower(r)
	}
	return !cased
}

// learnRoles records the titles of an article's people (see learnable),
// each (person, code, title) once, under the publication date day,
// through exec (an INSERT in the ingest's transaction).
func learnRoles(exec func(query string, args ...any) error, day string, ents []*dateline.Entity) error {
	if !ValidDate(day) {
		return nil // an undated article dates nothing
	}
	seen := map[string]bool{}
	for _, e := range ents {
		if !learnable(e) {
			continue
		}
		p, ok := foldPerson(e.Name)
		if !ok {
			continue
		}
		a := e.Actor
		k := p.key + "\x00" + a.Code + "\x00" + a.Role
		if seen[k] {
			continue
		}
		seen[k] = true
		if err := exec(upsertActorRole, p.key, p.surname, strings.TrimSpace(e.Name), a.Code, a.Country, a.Sector, a.Role, day, day); err != nil {
			return fmt.Errorf("actor base: %w", err)
		}
	}
	return nil
}

// backfillActorBase is migration 004's Go step: the people of the
// articles already stored, whose actors all came from text (the base did
// not exist).
func backfillActorBase(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT n.article, a.published, n.name, n.actor_code, n.actor_country,
		COALESCE(n.actor_sector, ''), n.actor_role
		FROM entities n JOIN articles a ON a.pk = n.article
		WHERE n.type = 'PERSON' AND n.actor_role <> '' AND n.actor_country <> '' AND n.actor_code <> ''
		ORDER BY n.article, n.ord`)
	if err != nil {
		return err
	}
	type person struct {
		day string
		e   *dateline.Entity
	}
	var byArticle [][]person
	last := int64(-1)
	for rows.Next() {
		var apk int64
		var day string
		e := &dateline.Entity{Type: "PERSON", Actor: &dateline.Actor{Source: "text"}}
		if err := rows.Scan(&apk, &day, &e.Name, &e.Actor.Code, &e.Actor.Country, &e.Actor.Sector, &e.Actor.Role); err != nil {
			rows.Close()
			return err
		}
		if apk != last {
			byArticle = append(byArticle, nil)
			last = apk
		}
		byArticle[len(byArticle)-1] = append(byArticle[len(byArticle)-1], person{day, e})
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, ps := range byArticle {
		ents := make([]*dateline.Entity, len(ps))
		for i, p := range ps {
			ents[i] = p.e
		}
		exec := func(q string, args ...any) error {
			_, err := tx.ExecContext(ctx, q, args...)
			return err
		}
		if err := learnRoles(exec, pubDay(ps[0].day), ents); err != nil {
			return err
		}
	}
	return nil
}

// pubDay cuts a publication date to YYYY-MM-DD.
func pubDay(published string) string {
	if len(published) > 10 {
		return published[:10]
	}
	return published
}

// Roles lists what the base knows of the people a name may refer to (the
// same full name, or a name that shares the surname and whose words agree
// with it), oldest first.
func (s *Store) Roles(ctx context.Context, name string) ([]PersonRole, error) {
	q, ok := foldPerson(name)
	if !ok {
		return nil, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT name, display, code, country, sector, role, first_seen, last_seen, articles
		FROM actor_roles WHERE surname = ? ORDER BY first_seen, last_seen, name`, q.surname)
	if err != nil {
		return nil, fmt.Errorf("sqlite: roles of %q: %w", name, err)
	}
	defer rows.Close()
	var out []PersonRole
	for rows.Next() {
		var r PersonRole
		if err := rows.Scan(&r.key, &r.Name, &r.Code, &r.Country, &r.Sector, &r.Role, &r.FirstSeen, &r.LastSeen, &r.Articles); err != nil {
			return nil, fmt.Errorf("sqlite: roles of %q: %w", name, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: roles of %q: %w", name, err)
	}
	return out, nil
}

// Lookup implements the actors stage's Base: the code and title a person
// had at a date, as earlier articles gave them, with Source "base".
//
// The name is matched in full, or by its surname (its last word, particles
// such as al- aside) when that picks one person: a surname shared by
// several people ("Bush") picks the one whose dates cover at, and is
// ambiguous otherwise. Of that person's titles, the one whose dates
// contain at wins (the later-starting one when several do); when none
// does, the nearest in time, the later one on a tie: after a change of
// office the new title wins once it has been seen. A zero at means the
// latest title. Errors count as not found.
func (s *Store) Lookup(name string, at time.Time) (dateline.Actor, bool) {
	a, ok, err := s.LookupContext(context.Background(), name, at)
	return a, ok && err == nil
}

// LookupContext is Lookup with a context and the store's error.
func (s *Store) LookupContext(ctx context.Context, name string, at time.Time) (dateline.Actor, bool, error) {
	q, ok := foldPerson(name)
	if !ok {
		return dateline.Actor{}, false, nil
	}
	rs, err := s.Roles(ctx, name)
	if err != nil || len(rs) == 0 {
		return dateline.Actor{}, false, err
	}
	day := ""
	if !at.IsZero() {
		day = at.UTC().Format("2006-01-02")
	}
	group := choosePerson(q, rs, day)
	if len(group) == 0 {
		return dateline.Actor{}, false, nil
	}
	r := chooseRole(group, day)
	return dateline.Actor{Code: r.Code, Country: r.Country, Sector: r.Sector, Role: r.Role, Source: "base"}, true, nil
}

// choosePerson picks, from the roles of everyone sharing q's surname, the
// roles of the one person q names (see Lookup), or none.
//
// The people are the fullest names stored; a shorter name within exactly
// one of them is the same person written shorter ("Putin" within
// "Vladimir Putin") and joins it, a shorter name within several ("Bush"
// within "George Bush" and "Jeb Bush") is left out. q names the people
// whose full name agrees with it word for word (or by initials).
func choosePerson(q personName, rs []PersonRole, day string) []PersonRole {
	type person struct {
		name  personName
		roles []PersonRole
	}
	byKey := map[string]*person{}
	var names []*person
	for _, r := range rs {
		p := byKey[r.key]
		if p == nil {
			n, _ := foldPerson(r.key)
			p = &person{name: n}
			byKey[r.key] = p
			names = append(names, p)
		}
		p.roles = append(p.roles, r)
	}
	within := func(p, o *person) bool {
		return o != p && len(o.name.words) > len(p.name.words) && wordsWithin(p.name.words, o.name.words)
	}
	var people []*person
	for _, p := range names {
		full := true
		for _, o := range names {
			if within(p, o) {
				full = false
				break
			}
		}
		if full {
			people = append(people, &person{name: p.name, roles: append([]PersonRole(nil), p.roles...)})
		}
	}
	for _, p := range names {
		var owner *person
		n := 0
		for _, o := range people {
			if within(p, o) {
				owner = o
				n++
			}
		}
		if n == 1 {
			owner.roles = append(owner.roles, p.roles...)
		}
	}
	var cands []*person
	for _, p := range people {
		if wordsWithin(q.words, p.name.words) || wordsWithin(p.name.words, q.words) {
			cands = append(cands, p)
		}
	}
	switch {
	case len(cands) == 0:
		return nil
	case len(cands) == 1:
		return cands[0].roles
	}
	// Several: an exact full name settles it, else the one person active
	// at the date.
	if len(q.words) > 1 {
		for _, p := range cands {
			if p.name.key == q.key {
				return p.roles
			}
		}
	}
	if day == "" {
		return nil
	}
	var pick *person
	for _, p := range cands {
		if covers(p.roles, day) {
			if pick != nil {
				return nil
			}
			pick = p
		}
	}
	if pick == nil {
		return nil
	}
	return pick.roles
}

func covers(rs []PersonRole, day string) bool {
	for _, r := range rs {
		if r.FirstSeen <= day && day <= r.LastSeen {
			return true
		}
	}
	return false
}

// chooseRole picks the title valid at day (see Lookup). The roles of one
// person merged from several spellings may repeat a (code, title): their
// ranges are joined first.
func chooseRole(rs []PersonRole, day string) PersonRole {
	merged := map[string]*PersonRole{}
	var list []*PersonRole
	for _, r := range rs {
		k := r.Code + "\x00" + r.Role
		if m := merged[k]; m != nil {
			m.FirstSeen = min(m.FirstSeen, r.FirstSeen)
			m.LastSeen = max(m.LastSeen, r.LastSeen)
			m.Articles += r.Articles
			continue
		}
		c := r
		merged[k] = &c
		list = append(list, &c)
	}
	// later: the later-starting role, then the more often seen.
	later := func(a, b *PersonRole) bool {
		if a.FirstSeen != b.FirstSeen {
			return a.FirstSeen > b.FirstSeen
		}
		if a.LastSeen != b.LastSeen {
			return a.LastSeen > b.LastSeen
		}
		return a.Articles > b.Articles
	}
	sort.SliceStable(list, func(i, j int) bool { return later(list[i], list[j]) })
	if day == "" {
		best := list[0]
		for _, r := range list[1:] {
			if r.LastSeen > best.LastSeen {
				best = r
			}
		}
		return *best
	}
	for _, r := range list { // latest-starting first
		if r.FirstSeen <= day && day <= r.LastSeen {
			return *r
		}
	}
	best, bestDist := list[0], daysApart(list[0], day)
	for _, r := range list[1:] {
		if d := daysApart(r, day); d < bestDist {
			best, bestDist = r, d
		}
	}
	return *best
}

// daysApart is how many days day lies outside r's range.
func daysApart(r *PersonRole, day string) int {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return 1 << 30
	}
	edge := r.FirstSeen
	if day > r.LastSeen {
		edge = r.LastSeen
	}
	e, err := time.Parse("2006-01-02", edge)
	if err != nil {
		return 1 << 30
	}
	d := t.Sub(e).Hours() / 24
	if d < 0 {
		d = -d
	}
	return int(d + 0.5)
}
