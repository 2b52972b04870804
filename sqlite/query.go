package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/dateline-news/dateline"
)

// entityCountry matches an entity n of a country (three arguments): its
// actor's country, its actor code's first three letters, or its place's
// country.
const entityCountry = `(n.actor_country = ? OR substr(n.actor_code, 1, 3) = ? OR n.geo_country = ?)`

// countryArgs repeats the upper-cased country code n times.
func countryArgs(c string, n int) []any {
	c = strings.ToUpper(strings.TrimSpace(c))
	args := make([]any, n)
	for i := range args {
		args[i] = c
	}
	return args
}

// Events lists stored events, newest first (by event date, else the
// article's publication date; then latest ingested article first), events
// of one article in document order.
// Filters: Actor (a participant, actor or recipient, whose code starts with
// it or whose name contains it), Country (a participant's country), Type
// (PLOVER event type), Text (FTS5 over the event's sentence), Since/Until
// (event date), Article. Speaker does not apply.
func (s *Store) Events(ctx context.Context, f dateline.Filter) ([]*dateline.StoredEvent, error) {
	_, evs, err := s.events(ctx, f)
	return evs, err
}

// events is Events with the pks of the events.
func (s *Store) events(ctx context.Context, f dateline.Filter) ([]int64, []*dateline.StoredEvent, error) {
	limit, offset, err := page(f.Limit, f.Offset)
	if err != nil {
		return nil, nil, err
	}
	w, err := s.eventWhere(ctx, f)
	if err != nil {
		return nil, nil, err
	}
	pks, err := s.queryPks(ctx, `SELECT e.pk FROM events e`+w.String()+
		` ORDER BY e.day DESC, e.article DESC, e.ord LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: events: %w", err)
	}
	out := []*dateline.StoredEvent{}
	if len(pks) == 0 {
		return nil, out, nil
	}
	in, args := inList(pks)
	got, recs, err := s.loadEvents(ctx, "e.pk IN "+in, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: events: %w", err)
	}
	pks, recs = reorderKeep(pks, got, recs)
	return pks, append(out, recs...), nil
}

// eventWhere builds the conditions of an events query (over events e)
// from f, checking its dates.
func (s *Store) eventWhere(ctx context.Context, f dateline.Filter) (where, error) {
	var w where
	if err := checkDates(f.Since, f.Until); err != nil {
		return w, err
	}
	if err := s.addText(ctx, &w, "events_fts", "e.pk", f.Text); err != nil {
		return w, err
	}
	if f.Actor != "" {
		c, args := nameOrCode("x.code", "x.name", f.Actor)
		w.add(`EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND `+c+`)`, args...)
	}
	if f.Country != "" {
		w.add(`EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.pk AND (x.country = ? OR substr(x.code, 1, 3) = ?))`,
			countryArgs(f.Country, 2)...)
	}
	if f.Type != "" {
		w.add(`e.event = ?`, strings.ToUpper(strings.TrimSpace(f.Type)))
	}
	addDay(&w, "e", f)
	if f.Article != "" {
		w.add(`e.article = (SELECT pk FROM articles WHERE id = ?)`, f.Article)
	}
	return w, nil
}

// Quotes lists stored quotes, newest article first, quotes of one article
// in document order. Filters: Speaker (speaker code prefix or name
// substring), Actor (the speaker or the addressee, by code prefix or name
// substring), Country (the speaker's code or entity's country), Type
// ("direct" or "reported"), Text (FTS5 over the quoted words), Since/Until
// (publication date), Article.
func (s *Store) Quotes(ctx context.Context, f dateline.Filter) ([]*dateline.StoredQuote, error) {
	limit, offset, err := page(f.Limit, f.Offset)
	if err != nil {
		return nil, err
	}
	if err := checkDates(f.Since, f.Until); err != nil {
		return nil, err
	}
	var w where
	if err := s.addText(ctx, &w, "quotes_fts", "q.pk", f.Text); err != nil {
		return nil, err
	}
	if f.Speaker != "" {
		c, args := nameOrCode("q.speaker_code", "q.speaker_name", f.Speaker)
		w.add(c, args...)
	}
	if f.Actor != "" {
		c1, a1 := nameOrCode("q.speaker_code", "q.speaker_name", f.Actor)
		c2, a2 := nameOrCode("", "q.addressee_name", f.Actor)
		w.add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	}
	if f.Country != "" {
		w.add(`(substr(q.speaker_code, 1, 3) = ? OR EXISTS (SELECT 1 FROM entities n
			WHERE n.article = q.article AND n.id = q.speaker_entity AND `+entityCountry+`))`, countryArgs(f.Country, 4)...)
	}
	switch t := strings.ToLower(strings.TrimSpace(f.Type)); t {
	case "":
	case "direct":
		w.add(`q.direct = 1`)
	case "reported", "indirect":
		w.add(`q.direct = 0`)
	default:
		return nil, &FilterError{"type", fmt.Sprintf("%q: a quote's type is direct or reported", f.Type)}
	}
	addDay(&w, "q", f)
	if f.Article != "" {
		w.add(`q.article = (SELECT pk FROM articles WHERE id = ?)`, f.Article)
	}
	pks, err := s.queryPks(ctx, `SELECT q.pk FROM quotes q`+w.String()+
		` ORDER BY q.day DESC, q.article DESC, q.ord LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: quotes: %w", err)
	}
	out := []*dateline.StoredQuote{}
	if len(pks) == 0 {
		return out, nil
	}
	in, args := inList(pks)
	got, recs, err := s.loadQuotes(ctx, "q.pk IN "+in, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: quotes: %w", err)
	}
	return append(out, reorder(pks, got, recs)...), nil
}

// Entities lists stored entities, newest article first, entities of one
// article in order of first mention. Filters: Actor (actor code prefix or
// name substring), Country (actor's or place's country), Type (OntoNotes
// label), Text (FTS5 over the name and mention texts), Since/Until
// (publication date), Article. Speaker does not apply.
func (s *Store) Entities(ctx context.Context, f dateline.Filter) ([]*dateline.StoredEntity, error) {
	limit, offset, err := page(f.Limit, f.Offset)
	if err != nil {
		return nil, err
	}
	if err := checkDates(f.Since, f.Until); err != nil {
		return nil, err
	}
	var w where
	if err := s.addText(ctx, &w, "entities_fts", "n.pk", f.Text); err != nil {
		return nil, err
	}
	if f.Actor != "" {
		c, args := nameOrCode("n.actor_code", "n.name", f.Actor)
		w.add(c, args...)
	}
	if f.Country != "" {
		w.add(entityCountry, countryArgs(f.Country, 3)...)
	}
	if f.Type != "" {
		w.add(`n.type = ?`, strings.ToUpper(strings.TrimSpace(f.Type)))
	}
	addDay(&w, "n", f)
	if f.Article != "" {
		w.add(`n.article = (SELECT pk FROM articles WHERE id = ?)`, f.Article)
	}
	pks, err := s.queryPks(ctx, `SELECT n.pk FROM entities n`+w.String()+
		` ORDER BY n.day DESC, n.article DESC, n.ord LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: entities: %w", err)
	}
	out := []*dateline.StoredEntity{}
	if len(pks) == 0 {
		return out, nil
	}
	in, args := inList(pks)
	got, recs, err := s.loadEntities(ctx, "n.pk IN "+in, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: entities: %w", err)
	}
	return append(out, reorder(pks, got, recs)...), nil
}

// addDay filters on the day column of table alias t (an event's date,
// else its article's publication date; a quote's or entity's article's
// publication date).
func addDay(w *where, t string, f dateline.Filter) {
	if f.Since != "" {
		w.add(t+`.day >= ?`, f.Since)
	}
	if f.Until != "" {
		w.add(t+`.day <= ?`, f.Until)
	}
}
