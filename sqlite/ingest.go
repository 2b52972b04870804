package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// The insert statements of Ingest, prepared once per Store.
const (
	insArticles = `INSERT INTO articles (id, url, title, source, published, language, text, hash, ingested_at, source_key)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insArticlesFts = `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`
	insEntities    = `INSERT INTO entities (article, ord, id, name, type, value,
		actor_code, actor_country, actor_sector, actor_role, actor_source,
		geo_name, geo_country, geo_admin1, geo_lat, geo_lon, geo_geonameid, geo_feature, day)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insEntityMentions = `INSERT INTO entity_mentions (entity, ord, start, "end", text, value) VALUES (?, ?, ?, ?, ?, ?)`
	insEntitiesFts    = `INSERT INTO entities_fts (rowid, text) VALUES (?, ?)`
	insQuotes         = `INSERT INTO quotes (article, ord, id, text, start, "end", direct, cue,
		speaker_entity, speaker_name, speaker_code, speaker_start, speaker_end, addressee_entity, addressee_name, day)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insQuotesFts = `INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)`
	insEvents    = `INSERT INTO events (article, ord, id, date, event, mode, context, event_text,
		sentence, start, "end", cameo, quad_class, goldstein, aux_mode, confidence,
		loc_name, loc_country, loc_lat, loc_lon, loc_geonameid, day, global, n_mentions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insEventActors = `INSERT INTO event_actors (event, role, ord, name, code, country, sector, entity)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	insEventMentions = `INSERT INTO event_mentions (event, ord, sentence, start, "end", event_text)
		VALUES (?, ?, ?, ?, ?, ?)`
	insEventsFts = `INSERT INTO events_fts (rowid, text) VALUES (?, ?)`
)

// inserts lists them for prepareInserts.
var inserts = []string{insArticles, insArticlesFts, insEntities, insEntityMentions, insEntitiesFts, insQuotes, insQuotesFts,
	insEvents, insEventActors, insEventMentions, insEventsFts, upsertActorRole, selGlobal, insGlobal}

// ContentHash is the key that makes re-ingesting an article a no-op: the
// hex SHA-256 of its text.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Ingest stores r in one transaction: the article, its entities with their
// mentions, quotes, events with participants and mentions, and the
// full-text rows. An article whose text is already stored is a no-op
// (Added false). On any error nothing of r stays in the database.
//
// The stored id is r.Article.ID; an empty id becomes "a" plus the first 12
// hex digits of the content hash, and an id already taken by another text
// gets "-" plus the first 8 hex digits of its own hash appended. Use
// StoredID to learn the id an ingested text was stored under.
func (s *Store) Ingest(ctx context.Context, r *dateline.Result) (dateline.IngestStats, error) {
	var st dateline.IngestStats
	if r == nil {
		return st, errors.New("sqlite: ingest: nil result")
	}
	text := newRuneText(r.Article.Text)
	if err := checkOffsets(r, text.n); err != nil {
		return st, fmt.Errorf("sqlite: ingest %s: %w", r.Article.ID, err)
	}
	hash := ContentHash(r.Article.Text)

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("sqlite: ingest: %w", err)
	}
	defer tx.Rollback()

	var exists int
	err = tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE hash = ?`, hash).Scan(&exists)
	switch {
	case err == nil:
		return st, nil // same text already stored
	case !errors.Is(err, sql.ErrNoRows):
		return st, fmt.Errorf("sqlite: ingest: %w", err)
	}

	id, err := chooseID(ctx, tx, r.Article.ID, hash)
	if err != nil {
		return st, fmt.Errorf("sqlite: ingest: %w", err)
	}
	w := &writer{store: s, ctx: ctx, tx: tx, text: text, published: r.Article.Published}
	if err := w.write(r, id, hash); err != nil {
		return st, fmt.Errorf("sqlite: ingest %s: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return st, fmt.Errorf("sqlite: ingest %s: commit: %w", id, err)
	}
	return dateline.IngestStats{Added: true, Entities: len(r.Entities), Quotes: len(r.Quotes), Events: len(r.Events)}, nil
}

// StoredID returns the id under which an article with this text is stored,
// or dateline.ErrNotFound.
func (s *Store) StoredID(ctx context.Context, text string) (string, error) {
	var id string
	err := s.r.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, ContentHash(text)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", dateline.ErrNotFound
	}
	return id, err
}

func chooseID(ctx context.Context, tx *sql.Tx, id, hash string) (string, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return "a" + hash[:12], nil
	}
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return id, nil
	}
	if err != nil {
		return "", err
	}
	return id + "-" + hash[:8], nil
}

// checkOffsets rejects a result whose offsets fall outside its text, so
// that a client highlighting them never indexes out of range.
func checkOffsets(r *dateline.Result, n int) error {
	bad := func(start, end int) bool { return start < 0 || end < start || end > n }
	for _, e := range r.Entities {
		if e == nil {
			return errors.New("nil entity")
		}
		for _, m := range e.Mentions {
			if bad(m.Start, m.End) {
				return fmt.Errorf("entity %s: mention [%d,%d) outside the text (%d code points)", e.ID, m.Start, m.End, n)
			}
		}
	}
	for _, q := range r.Quotes {
		if q == nil {
			return errors.New("nil quote")
		}
		if bad(q.Start, q.End) {
			return fmt.Errorf("quote %s: [%d,%d) outside the text (%d code points)", q.ID, q.Start, q.End, n)
		}
		if q.Speaker != nil && bad(q.Speaker.Start, q.Speaker.End) {
			return fmt.Errorf("quote %s: speaker [%d,%d) outside the text (%d code points)", q.ID, q.Speaker.Start, q.Speaker.End, n)
		}
	}
	for _, e := range r.Events {
		if e == nil {
			return errors.New("nil event")
		}
		if bad(e.TextInfo.Start, e.TextInfo.End) {
			return fmt.Errorf("event %s: text_info [%d,%d) outside the text (%d code points)", e.ID, e.TextInfo.Start, e.TextInfo.End, n)
		}
		for _, m := range e.Mentions {
			if bad(m.Start, m.End) {
				return fmt.Errorf("event %s: mention [%d,%d) outside the text (%d code points)", e.ID, m.Start, m.End, n)
			}
		}
	}
	return nil
}

// writer inserts one result inside a transaction, with the writer
// connection's prepared statements.
type writer struct {
	store *Store
	ctx   context.Context
	tx    *sql.Tx
	text  *runeText
	// published is the article's publication date.
	published string
	// now is when the article is stored (RFC 3339, UTC).
	now   string
	stmts map[string]*sql.Stmt
}

// stmt returns query prepared in the transaction.
func (w *writer) stmt(query string) (*sql.Stmt, error) {
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	st, ok := w.stmts[query]
	if !ok {
		if prep := w.store.stmts[query]; prep != nil {
			st = w.tx.StmtContext(w.ctx, prep)
		} else {
			var err error
			if st, err = w.tx.PrepareContext(w.ctx, query); err != nil {
				return nil, err
			}
		}
		w.stmts[query] = st
	}
	return st, nil
}

func (w *writer) exec(query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

// queryInt runs a query that returns one integer.
func (w *writer) queryInt(query string, args ...any) (int64, error) {
	st, err := w.stmt(query)
	if err != nil {
		return 0, err
	}
	var n int64
	err = st.QueryRowContext(w.ctx, args...).Scan(&n)
	return n, err
}

func (w *writer) insert(query string, args ...any) (int64, error) {
	res, err := w.exec(query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (w *writer) write(r *dateline.Result, id, hash string) error {
	defer func() {
		for _, st := range w.stmts {
			st.Close()
		}
	}()
	a := r.Article
	w.now = time.Now().UTC().Format(time.RFC3339)
	apk, err := w.insert(insArticles,
		id, a.URL, a.Title, a.Source, a.Published, a.Language, a.Text, hash, w.now, sourceKey(&a, id))
	if err != nil {
		return fmt.Errorf("article: %w", err)
	}
	if _, err := w.exec(insArticlesFts, apk, a.Title, a.Text); err != nil {
		return fmt.Errorf("article text index: %w", err)
	}
	for i, e := range r.Entities {
		if err := w.entity(apk, i, e); err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
	}
	exec := func(q string, args ...any) error {
		_, err := w.exec(q, args...)
		return err
	}
	if err := learnRoles(exec, pubDay(a.Published), r.Entities); err != nil {
		return err
	}
	for i, q := range r.Quotes {
		if err := w.quote(apk, i, q); err != nil {
			return fmt.Errorf("quote %s: %w", q.ID, err)
		}
	}
	for i, e := range r.Events {
		if err := w.event(apk, i, e); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	return nil
}

func (w *writer) entity(apk int64, ord int, e *dateline.Entity) error {
	var ac, acn, as, ar, asrc, gn, gc, ga, gf any
	var glat, glon, gid any
	if e.Actor != nil {
		ac, acn, as, ar = e.Actor.Code, e.Actor.Country, e.Actor.Sector, e.Actor.Role
		if e.Actor.Source != "" {
			asrc = e.Actor.Source
		}
	}
	if e.Geo != nil {
		gn, gc, ga, gf = e.Geo.Name, e.Geo.Country, e.Geo.Admin1, e.Geo.Feature
		glat, glon, gid = e.Geo.Lat, e.Geo.Lon, e.Geo.GeonameID
	}
	pk, err := w.insert(insEntities,
		apk, ord, e.ID, e.Name, e.Type, e.Value, ac, acn, as, ar, asrc, gn, gc, ga, glat, glon, gid, gf, w.published)
	if err != nil {
		return err
	}
	var fts strings.Builder
	fts.WriteString(e.Name)
	for i, m := range e.Mentions {
		if _, err := w.exec(insEntityMentions,
			pk, i, m.Start, m.End, m.Text, m.Value); err != nil {
			return err
		}
		if m.Text != e.Name {
			fts.WriteString("\n")
			fts.WriteString(m.Text)
		}
	}
	_, err = w.exec(insEntitiesFts, pk, fts.String())
	return err
}

func (w *writer) quote(apk int64, ord int, q *dateline.Quote) error {
	var se, sn, sc, ss, sx, ae, an any
	if q.Speaker != nil {
		se, sn, sc, ss, sx = q.Speaker.Entity, q.Speaker.Name, q.Speaker.Code, q.Speaker.Start, q.Speaker.End
	}
	if q.Addressee != nil {
		ae, an = q.Addressee.Entity, q.Addressee.Name
	}
	pk, err := w.insert(insQuotes,
		apk, ord, q.ID, q.Text, q.Start, q.End, q.Direct, q.Cue, se, sn, sc, ss, sx, ae, an, w.published)
	if err != nil {
		return err
	}
	_, err = w.exec(insQuotesFts, pk, q.Text)
	return err
}

func (w *writer) event(apk int64, ord int, e *dateline.Event) error {
	var ctxJSON, aux, ln, lc, llat, llon, lid any
	if e.Context != nil {
		b, err := json.Marshal(e.Context)
		if err != nil {
			return err
		}
		ctxJSON = string(b)
	}
	if e.AuxMode != nil {
		aux = *e.AuxMode
	}
	if e.EventLoc != nil {
		ln, lc, llat, llon, lid = e.EventLoc.Name, e.EventLoc.Country, e.EventLoc.Lat, e.EventLoc.Lon, e.EventLoc.GeonameID
	}
	day := eventDay(e.Date, w.published)
	key, keyed := globalKey(e, day)
	global, err := assignGlobal(w.queryInt, key, keyed, day, w.now)
	if err != nil {
		return fmt.Errorf("global event: %w", err)
	}
	pk, err := w.insert(insEvents,
		apk, ord, e.ID, e.Date, e.Event, e.Mode, ctxJSON, e.EventText,
		e.TextInfo.Sentence, e.TextInfo.Start, e.TextInfo.End, e.Cameo, e.QuadClass, e.Goldstein, aux, e.Confidence,
		ln, lc, llat, llon, lid, day, global, nMentions(e))
	if err != nil {
		return err
	}
	for role, ps := range map[string][]dateline.EventActor{"actor": e.Actor, "recipient": e.Recipient} {
		for i, p := range ps {
			if _, err := w.exec(insEventActors, pk, role, i, p.Name, p.Code, p.Country, p.Sector, p.Entity); err != nil {
				return err
			}
		}
	}
	var fts strings.Builder
	fts.WriteString(w.text.slice(e.TextInfo.Start, e.TextInfo.End))
	if fts.Len() == 0 {
		fts.WriteString(e.EventText)
	}
	for i, m := range e.Mentions {
		if _, err := w.exec(insEventMentions, pk, i, m.Sentence, m.Start, m.End, m.EventText); err != nil {
			return err
		}
		if m.Sentence != e.TextInfo.Sentence {
			if sent := strings.TrimSpace(w.text.sentenceAround(m.Start, m.End, 300)); sent != "" {
				fts.WriteString("\n")
				fts.WriteString(sent)
			}
		}
	}
	_, err = w.exec(insEventsFts, pk, fts.String())
	return err
}

// prepareInserts prepares the insert statements once on the writer
// connection, before any transaction holds it; transactions then reuse
// them through Tx.StmtContext.
func (s *Store) prepareInserts(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	for _, q := range inserts {
		st, err := s.w.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", q, err)
		}
		s.stmts[q] = st
	}
	return nil
}

// eventDay is the day an event is filed under: its date cut to
// YYYY-MM-DD when it is a calendar date (starts with a four-digit year),
// else the article's publication date (no date, or an unresolved TIMEX
// value such as "XXXX-WXX-2" or "PRESENT_REF").
func eventDay(date, published string) string {
	if len(date) < 4 || !isDigits(date[:4]) {
		return published
	}
	if len(date) > 10 {
		date = date[:10]
	}
	return date
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
