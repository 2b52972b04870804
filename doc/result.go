package doc

import (
	"fmt"
	"math"

	"github.com/dateline-news/dateline"
)

// Result converts the Doc's annotations into the contract's records, with
// code point offsets. Entities are numbered e1, e2, ... in order of first
// mention; quotes q1, ...; events ev1, ....
func (d *Doc) Result() *dateline.Result {
	r := &dateline.Result{Article: d.Article}
	r.Article.Text = d.Text
	if !d.Published.IsZero() && r.Article.Published == "" {
		r.Article.Published = d.Published.Format("2006-01-02")
	}
	r.Entities = []*dateline.Entity{}
	r.Quotes = []*dateline.Quote{}
	r.Events = []*dateline.Event{}

	ids := make([]string, len(d.Entities))
	for i, e := range d.Entities {
		if len(e.Mentions) == 0 {
			continue
		}
		id := fmt.Sprintf("e%d", len(r.Entities)+1)
		ids[i] = id
		out := &dateline.Entity{ID: id, Name: e.Name, Type: e.Type, Value: e.Value, Actor: e.Actor, Geo: e.Geo}
		for _, m := range e.Mentions {
			s := d.Spans[m]
			out.Mentions = append(out.Mentions, dateline.Mention{
				Start: d.Rune(s.Start), End: d.Rune(s.End), Text: d.Slice(s.Range), Value: s.Value,
			})
		}
		r.Entities = append(r.Entities, out)
	}
	entityID := func(i int) string {
		if i < 0 || i >= len(ids) {
			return ""
		}
		return ids[i]
	}

	for _, q := range d.Quotes {
		out := &dateline.Quote{
			ID:     fmt.Sprintf("q%d", len(r.Quotes)+1),
			Text:   d.Slice(q.Content),
			Start:  d.Rune(q.Content.Start),
			End:    d.Rune(q.Content.End),
			Direct: q.Direct,
			Cue:    q.Cue,
		}
		if q.Speaker >= 0 && q.Speaker < len(d.Spans) {
			s := d.Spans[q.Speaker]
			sp := &dateline.Speaker{Name: d.Slice(s.Range), Start: d.Rune(s.Start), End: d.Rune(s.End)}
			if s.Entity >= 0 {
				e := d.Entities[s.Entity]
				sp.Entity, sp.Name = entityID(s.Entity), e.Name
				if e.Actor != nil {
					sp.Code = e.Actor.Code
				}
			}
			out.Speaker = sp
		}
		if q.Addressee >= 0 && q.Addressee < len(d.Entities) {
			out.Addressee = &dateline.Addressee{Entity: entityID(q.Addressee), Name: d.Entities[q.Addressee].Name}
		}
		r.Quotes = append(r.Quotes, out)
	}

	for _, e := range d.Events {
		if len(e.Mentions) == 0 {
			continue
		}
		out := &dateline.Event{
			ID:         fmt.Sprintf("ev%d", len(r.Events)+1),
			Date:       e.Date,
			Event:      e.Type,
			Mode:       e.Mode,
			Context:    append([]string{}, e.Context...),
			EventLoc:   e.Loc,
			Cameo:      e.Cameo,
			QuadClass:  e.QuadClass,
			Goldstein:  e.Goldstein,
			Confidence: math.Round(e.Confidence*100) / 100,
			Actor:      d.participants(e.Actors, entityID),
			Recipient:  d.participants(e.Recipients, entityID),
		}
		if e.AuxMode != "" {
			m := e.AuxMode
			out.AuxMode = &m
		}
		for i, m := range e.Mentions {
			s := d.Sents[m.Sent]
			if i == 0 {
				out.EventText = d.Slice(m.Trigger)
				out.TextInfo = dateline.TextInfo{Sentence: m.Sent, Start: d.Rune(s.Start), End: d.Rune(s.End)}
			}
			out.Mentions = append(out.Mentions, dateline.EventMention{
				Sentence: m.Sent, Start: d.Rune(m.Trigger.Start), End: d.Rune(m.Trigger.End), EventText: d.Slice(m.Trigger),
			})
		}
		r.Events = append(r.Events, out)
	}
	return r
}

func (d *Doc) participants(ps []Participant, entityID func(int) string) []dateline.EventActor {
	out := []dateline.EventActor{}
	for _, p := range ps {
		out = append(out, dateline.EventActor{
			Name: p.Name, Code: p.Actor.Code, Country: p.Actor.Country, Sector: p.Actor.Sector, Entity: entityID(p.Entity),
		})
	}
	return out
}
