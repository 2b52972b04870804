// Package events is the pipeline stage that codes events: who did what to
// whom, when and where, as PLOVER records with CAMEO codes. It finds
// triggers from a verb lexicon written for PLOVER's 16 types, takes the
// actor and recipient from the mentions around them (coordinated actors,
// "between A and B", relative clauses, first-person speakers inside
// quotations), marks what did not happen now (future, negated,
// hypothetical, historical), turns stated intentions to meet into AGREE
// as PLOVER asks, dates each event from its own time expression or the
// narrative's, places it, and merges mentions of one event.
package events

import (
	"github.com/dateline-news/dateline/doc"
)

// Coder implements doc.Stage.
type Coder struct{}

// New returns a Coder.
func New() *Coder { return &Coder{} }

// Name implements doc.Stage.
func (*Coder) Name() string { return "events" }

// Process adds d.Events.
func (c *Coder) Process(d *doc.Doc) error {
	x := newContext(d)
	// events an earlier stage coded (user dictionaries) merge with ours
	var found []*candidate
	for _, e := range d.Events {
		if Complete(e) && len(e.Mentions) > 0 {
			found = append(found, &candidate{Event: e})
		}
	}
	d.Events = nil
	for si := range d.Sents {
		if x.discard(si) {
			continue
		}
		found = append(found, x.sentence(si)...)
	}
	d.Events = append(d.Events, merge(found)...)
	return nil
}
