package petrarch

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline/doc"
)

// Events codes a parsed document and returns its events as doc.Events:
// the CAMEO code and QuadClass, source and target as participants with
// CAMEO actor codes (country and sector split), the date at (when not
// zero) and the sentence and verb that report each. Entity links are -1:
// the caller may join participants to entities by the phrase text.
func (c *Coder) Events(d *doc.Doc, at time.Time) []*doc.Event {
	var out []*doc.Event
	date := ""
	if !at.IsZero() {
		date = at.Format("2006-01-02")
	}
	for _, k := range c.Code(d, at) {
		e := &doc.Event{
			Cameo:      k.Code,
			QuadClass:  QuadClass(k.Code),
			Date:       date,
			Confidence: 0.5,
			Actors:     []doc.Participant{participant(k.Source, k.SourceText)},
			Mentions: []doc.EventMention{{Sent: k.Sent,
				Trigger: doc.Range{Start: d.Tokens[k.Verb].Start, End: d.Tokens[k.VerbEnd-1].End}}},
		}
		if k.Pattern != "" {
			e.Confidence = 0.7
		}
		if k.Target != "---" {
			e.Recipients = []doc.Participant{participant(k.Target, k.TargetText)}
		}
		out = append(out, e)
	}
	return out
}

func participant(code, name string) doc.Participant {
	a := splitActor(code)
	if strings.HasPrefix(code, "---") {
		a.Country = ""
	}
	return doc.Participant{Entity: -1, Name: name, Actor: a}
}

// QuadClass maps a CAMEO event code to its quad class: 1 verbal
// cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); 0 when the code is not CAMEO.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root := 0
	for _, r := range code[:2] {
		if r < '0' || r > '9' {
			return 0
		}
		root = root*10 + int(r-'0')
	}
	switch {
	case root >= 1 && root <= 5:
		return 1
	case root >= 6 && root <= 8:
		return 2
	case root >= 9 && root <= 13:
		return 3
	case root >= 14 && root <= 20:
		return 4
	}
	return 0
}

// Stage codes a pipeline Doc's events with PETRARCH dictionaries at the
// document's publication date. It implements doc.Stage.
type Stage struct{ Coder *Coder }

// Name implements doc.Stage.
func (*Stage) Name() string { return "petrarch" }

// Process implements doc.Stage: it appends the coded events to d.Events.
// The Doc must be tagged and parsed.
func (s *Stage) Process(d *doc.Doc) error {
	d.Events = append(d.Events, s.Coder.Events(d, d.Published)...)
	return nil
}
