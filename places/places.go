// Package places is the pipeline stage that resolves place names to
// coordinates: each GPE, LOC and FAC entity gets a dateline.Geo from the
// embedded gazetteer, chosen in context (population and feature priors, the
// article's focus country, appositions such as "Paris, Texas", national
// adjectives such as "the Russian resort of Sochi", and the other places of
// the article).
//
// A candidate nothing in the article backs — a small town abroad or in a
// state the article never names, a town reached by an old name, a namesake
// town of a county — is taken for a place the gazetteer lacks. Such names,
// and those the gazetteer does not have at all (streets, buildings,
// counties, hamlets), are placed where the text puts them: the town after
// them ("Eva's Village in Paterson"), the town of their state named nearby
// ("Detroit, Texas" after "Paris, Texas"), the town a county follows, else
// left out. Words that only look like places are not resolved: the last
// word of a building's name ("Church"), an acronym ("the OAS"), a street
// or an embassy named after a place.
package places

import (
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
)

// Resolver resolves place mentions against a gazetteer. It implements
// doc.Stage.
type Resolver struct {
	g     *gazetteer.Gazetteer
	guess bool // place names nothing in the text locates at the article's main place
}

// Guessing returns a resolver that also places a name the gazetteer lacks
// and nothing in the text locates at the article's main place, as a
// Fallback. It suits spans known to be places (gold annotations); on
// recognised spans such a guess is right little more than half the time,
// so the default resolver leaves those names out.
func (r *Resolver) Guessing() *Resolver {
	c := *r
	c.guess = true
	return &c
}

// New returns a resolver over the embedded gazetteer.
func New() *Resolver { return &Resolver{g: gazetteer.Default()} }

// NewWith returns a resolver over g.
func NewWith(g *gazetteer.Gazetteer) *Resolver { return &Resolver{g: g} }

// Name is the stage name.
func (r *Resolver) Name() string { return "places" }

// Resolve resolves the place mentions of d with the embedded gazetteer.
func Resolve(d *doc.Doc) []Resolution { return New().Resolve(d) }

// Process sets Entity.Geo on every GPE, LOC and FAC entity whose mentions
// resolve to a gazetteer entry. Entities named only by words the gazetteer
// lacks are left without Geo.
func (r *Resolver) Process(d *doc.Doc) error {
	if len(d.Entities) == 0 {
		return nil
	}
	res := r.Resolve(d)
	bySpan := map[int]*Resolution{}
	for i := range res {
		if !res[i].Embedded {
			bySpan[res[i].Span] = &res[i]
		}
	}
	for _, e := range d.Entities {
		switch e.Type {
		case "GPE", "LOC", "FAC":
		default:
			continue
		}
		var best *Resolution
		for _, si := range e.Mentions {
			rr := bySpan[si]
			if rr == nil || rr.Geo == nil || rr.Fallback {
				continue
			}
			if best == nil || rr.Score > best.Score {
				best = rr
			}
		}
		if best != nil {
			g := *best.Geo
			e.Geo = &g
		}
	}
	return nil
}
