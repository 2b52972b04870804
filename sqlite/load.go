package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/dateline-news/dateline"
)

// chunk is how many pks one IN (...) list carries.
const chunk = 500

// eachChunk calls f with successive slices of at most chunk pks.
func eachChunk(pks []int64, f func([]int64) error) error {
	for len(pks) > 0 {
		n := min(len(pks), chunk)
		if err := f(pks[:n]); err != nil {
			return err
		}
		pks = pks[n:]
	}
	return nil
}

// loadEvents reads the events matching cond (over events e joined with
// articles a), in article then document order, with their participants
// and mentions.
func (s *Store) loadEvents(ctx context.Context, cond string, args ...any) ([]int64, []*dateline.StoredEvent, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT e.pk, a.id, e.id, e.date, e.event, e.mode, e.context, e.event_text,
		e.sentence, e.start, e."end", e.cameo, e.quad_class, e.goldstein, e.aux_mode, e.confidence,
		e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.loc_geonameid
		FROM events e JOIN articles a ON a.pk = e.article WHERE `+cond+` ORDER BY e.article, e.ord`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var pks []int64
	var out []*dateline.StoredEvent
	byPk := map[int64]*dateline.Event{}
	for rows.Next() {
		var (
			pk               int64
			ev               dateline.Event
			se               dateline.StoredEvent
			ctxJSON, aux     sql.NullString
			locName, locCtry sql.NullString
			locLat, locLon   sql.NullFloat64
			locID            sql.NullInt64
		)
		if err := rows.Scan(&pk, &se.ArticleID, &ev.ID, &ev.Date, &ev.Event, &ev.Mode, &ctxJSON, &ev.EventText,
			&ev.TextInfo.Sentence, &ev.TextInfo.Start, &ev.TextInfo.End, &ev.Cameo, &ev.QuadClass, &ev.Goldstein,
			&aux, &ev.Confidence, &locName, &locCtry, &locLat, &locLon, &locID); err != nil {
			return nil, nil, err
		}
		if ctxJSON.Valid {
			if err := json.Unmarshal([]byte(ctxJSON.String), &ev.Context); err != nil {
				return nil, nil, fmt.Errorf("event %s context: %w", ev.ID, err)
			}
		}
		if aux.Valid {
			m := aux.String
			ev.AuxMode = &m
		}
		if locName.Valid {
			ev.EventLoc = &dateline.Location{Name: locName.String, Country: str(locCtry),
				Lat: locLat.Float64, Lon: locLon.Float64, GeonameID: int(locID.Int64)}
		}
		ev.Actor, ev.Recipient = []dateline.EventActor{}, []dateline.EventActor{}
		se.Event = &ev
		pks = append(pks, pk)
		out = append(out, &se)
		byPk[pk] = &ev
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	rows.Close()
	err = eachChunk(pks, func(pks []int64) error {
		in, args := inList(pks)
		rows, err := s.r.QueryContext(ctx, `SELECT event, role, name, code, country, sector, entity
			FROM event_actors WHERE event IN `+in+` ORDER BY event, role, ord`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var pk int64
			var role string
			var p dateline.EventActor
			if err := rows.Scan(&pk, &role, &p.Name, &p.Code, &p.Country, &p.Sector, &p.Entity); err != nil {
				return err
			}
			ev := byPk[pk]
			if role == "actor" {
				ev.Actor = append(ev.Actor, p)
			} else {
				ev.Recipient = append(ev.Recipient, p)
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		rows, err = s.r.QueryContext(ctx, `SELECT event, sentence, start, "end", event_text
			FROM event_mentions WHERE event IN `+in+` ORDER BY event, ord`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var pk int64
			var m dateline.EventMention
			if err := rows.Scan(&pk, &m.Sentence, &m.Start, &m.End, &m.EventText); err != nil {
				return err
			}
			ev := byPk[pk]
			ev.Mentions = append(ev.Mentions, m)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, nil, err
	}
	return pks, out, nil
}

// loadEntities reads the entities matching cond (over entities n joined
// with articles a) with their mentions.
func (s *Store) loadEntities(ctx context.Context, cond string, args ...any) ([]int64, []*dateline.StoredEntity, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT n.pk, a.id, n.id, n.name, n.type, n.value,
		n.actor_code, n.actor_country, n.actor_sector, n.actor_role, n.actor_source,
		n.geo_name, n.geo_country, n.geo_admin1, n.geo_lat, n.geo_lon, n.geo_geonameid, n.geo_feature
		FROM entities n JOIN articles a ON a.pk = n.article WHERE `+cond+` ORDER BY n.article, n.ord`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var pks []int64
	var out []*dateline.StoredEntity
	byPk := map[int64]*dateline.Entity{}
	for rows.Next() {
		var (
			pk              int64
			e               dateline.Entity
			se              dateline.StoredEntity
			ac, acn, as, ar sql.NullString
			asrc            sql.NullString
			gn, gc, ga, gf  sql.NullString
			glat, glon      sql.NullFloat64
			gid             sql.NullInt64
		)
		if err := rows.Scan(&pk, &se.ArticleID, &e.ID, &e.Name, &e.Type, &e.Value, &ac, &acn, &as, &ar, &asrc,
			&gn, &gc, &ga, &glat, &glon, &gid, &gf); err != nil {
			return nil, nil, err
		}
		if ac.Valid {
			e.Actor = &dateline.Actor{Code: ac.String, Country: str(acn), Sector: str(as), Role: str(ar), Source: str(asrc)}
		}
		if gn.Valid {
			e.Geo = &dateline.Geo{Name: gn.String, Country: str(gc), Admin1: str(ga), Lat: glat.Float64,
				Lon: glon.Float64, GeonameID: int(gid.Int64), Feature: str(gf)}
		}
		e.Mentions = []dateline.Mention{}
		se.Entity = &e
		pks = append(pks, pk)
		out = append(out, &se)
		byPk[pk] = &e
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	rows.Close()
	err = eachChunk(pks, func(pks []int64) error {
		in, args := inList(pks)
		rows, err := s.r.QueryContext(ctx, `SELECT entity, start, "end", text, value
			FROM entity_mentions WHERE entity IN `+in+` ORDER BY entity, ord`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var pk int64
			var m dateline.Mention
			if err := rows.Scan(&pk, &m.Start, &m.End, &m.Text, &m.Value); err != nil {
				return err
			}
			e := byPk[pk]
			e.Mentions = append(e.Mentions, m)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, nil, err
	}
	return pks, out, nil
}

// loadQuotes reads the quotes matching cond (over quotes q joined with
// articles a).
func (s *Store) loadQuotes(ctx context.Context, cond string, args ...any) ([]int64, []*dateline.StoredQuote, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT q.pk, a.id, a.published, q.id, q.text, q.start, q."end", q.direct, q.cue,
		q.speaker_entity, q.speaker_name, q.speaker_code, q.speaker_start, q.speaker_end,
		q.addressee_entity, q.addressee_name
		FROM quotes q JOIN articles a ON a.pk = q.article WHERE `+cond+` ORDER BY q.article, q.ord`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var pks []int64
	var out []*dateline.StoredQuote
	for rows.Next() {
		var (
			pk         int64
			q          dateline.Quote
			sq         dateline.StoredQuote
			se, sn, sc sql.NullString
			ss, sx     sql.NullInt64
			ae, an     sql.NullString
		)
		if err := rows.Scan(&pk, &sq.ArticleID, &sq.Date, &q.ID, &q.Text, &q.Start, &q.End, &q.Direct, &q.Cue,
			&se, &sn, &sc, &ss, &sx, &ae, &an); err != nil {
			return nil, nil, err
		}
		if sn.Valid {
			q.Speaker = &dateline.Speaker{Entity: str(se), Name: sn.String, Code: str(sc), Start: int(ss.Int64), End: int(sx.Int64)}
		}
		if an.Valid {
			q.Addressee = &dateline.Addressee{Entity: str(ae), Name: an.String}
		}
		sq.Quote = &q
		pks = append(pks, pk)
		out = append(out, &sq)
	}
	return pks, out, rows.Err()
}

// reorder puts records loaded by pk back into the order of want.
func reorder[T any](want, got []int64, recs []T) []T {
	at := make(map[int64]int, len(got))
	for i, pk := range got {
		at[pk] = i
	}
	out := make([]T, 0, len(want))
	for _, pk := range want {
		if i, ok := at[pk]; ok {
			out = append(out, recs[i])
		}
	}
	return out
}

// reorderKeep is reorder that also returns the pks of want that were
// found, in the same order as the records.
func reorderKeep[T any](want, got []int64, recs []T) ([]int64, []T) {
	at := make(map[int64]int, len(got))
	for i, pk := range got {
		at[pk] = i
	}
	pks := make([]int64, 0, len(want))
	out := make([]T, 0, len(want))
	for _, pk := range want {
		if i, ok := at[pk]; ok {
			pks = append(pks, pk)
			out = append(out, recs[i])
		}
	}
	return pks, out
}
