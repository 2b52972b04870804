package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dateline-news/dateline"
)

// Article returns one stored article with all its annotations, exactly as
// ingested (offsets are code points into Article.Text), or
// dateline.ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (*dateline.Result, error) {
	var pk int64
	r := &dateline.Result{}
	a := &r.Article
	err := s.r.QueryRowContext(ctx, `SELECT pk, id, url, title, source, published, language, text
		FROM articles WHERE id = ?`, id).Scan(&pk, &a.ID, &a.URL, &a.Title, &a.Source, &a.Published, &a.Language, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dateline.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s: %w", id, err)
	}
	_, ents, err := s.loadEntities(ctx, "n.article = ?", pk)
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s entities: %w", id, err)
	}
	_, quotes, err := s.loadQuotes(ctx, "q.article = ?", pk)
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s quotes: %w", id, err)
	}
	_, evs, err := s.loadEvents(ctx, "e.article = ?", pk)
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %s events: %w", id, err)
	}
	r.Entities = make([]*dateline.Entity, len(ents))
	for i, e := range ents {
		r.Entities[i] = e.Entity
	}
	r.Quotes = make([]*dateline.Quote, len(quotes))
	for i, q := range quotes {
		r.Quotes[i] = q.Quote
	}
	r.Events = make([]*dateline.Event, len(evs))
	for i, e := range evs {
		r.Events[i] = e.Event
	}
	return r, nil
}

// Articles lists stored articles (text included), newest publication date
// first, then latest ingested first. Filters: Text (FTS5 over title and
// text), Since/Until (publication date), Article (id), Type (has an event
// of that type), Actor (has an entity whose actor code starts with it or
// whose name contains it), Country (has an entity of that country),
// Speaker (has a quote by a matching speaker).
func (s *Store) Articles(ctx context.Context, f dateline.Filter) ([]*dateline.Article, error) {
	limit, offset, err := page(f.Limit, f.Offset)
	if err != nil {
		return nil, err
	}
	if err := checkDates(f.Since, f.Until); err != nil {
		return nil, err
	}
	var w where
	if err := s.addText(ctx, &w, "articles_fts", "a.pk", f.Text); err != nil {
		return nil, err
	}
	addPublished(&w, f)
	if f.Article != "" {
		w.add(`a.id = ?`, f.Article)
	}
	if f.Type != "" {
		w.add(`EXISTS (SELECT 1 FROM events e WHERE e.article = a.pk AND e.event = upper(?))`, f.Type)
	}
	if f.Actor != "" {
		c, args := nameOrCode("n.actor_code", "n.name", f.Actor)
		w.add(`EXISTS (SELECT 1 FROM entities n WHERE n.article = a.pk AND `+c+`)`, args...)
	}
	if f.Country != "" {
		w.add(`EXISTS (SELECT 1 FROM entities n WHERE n.article = a.pk AND `+entityCountry+`)`, countryArgs(f.Country, 3)...)
	}
	if f.Speaker != "" {
		c, args := nameOrCode("q.speaker_code", "q.speaker_name", f.Speaker)
		w.add(`EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.pk AND `+c+`)`, args...)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT a.id, a.url, a.title, a.source, a.published, a.language, a.text
		FROM articles a`+w.String()+` ORDER BY a.published DESC, a.pk DESC LIMIT ? OFFSET ?`,
		append(w.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	defer rows.Close()
	out := []*dateline.Article{}
	for rows.Next() {
		a := &dateline.Article{}
		if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Source, &a.Published, &a.Language, &a.Text); err != nil {
			return nil, fmt.Errorf("sqlite: articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	return out, nil
}

// addPublished filters on the article's publication date.
func addPublished(w *where, f dateline.Filter) {
	if f.Since != "" {
		w.add(`a.published >= ?`, f.Since)
	}
	if f.Until != "" {
		w.add(`substr(a.published, 1, 10) <= ?`, f.Until)
	}
}
