package pipeline

import (
	"sync"

	"github.com/dateline-news/dateline/actors"
	"github.com/dateline-news/dateline/clean"
	"github.com/dateline-news/dateline/coref"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/events"
	"github.com/dateline-news/dateline/gazetteer"
	"github.com/dateline-news/dateline/names"
	"github.com/dateline-news/dateline/nlp/ner"
	"github.com/dateline-news/dateline/nlp/parser"
	"github.com/dateline-news/dateline/nlp/tagger"
	"github.com/dateline-news/dateline/petrarch"
	"github.com/dateline-news/dateline/places"
	"github.com/dateline-news/dateline/quotes"
	"github.com/dateline-news/dateline/segment"
	"github.com/dateline-news/dateline/timex"
)

// Options configure the default pipeline.
type Options struct {
	// Actors is consulted for people the text does not describe; may be nil.
	Actors actors.Base
	// Dictionaries are user-supplied PETRARCH/TABARI actor, agent and verb
	// dictionaries; when set, their actors are consulted first and their
	// verb patterns code events beside Dateline's own lexicon.
	Dictionaries *petrarch.Dictionaries
	// Workers is how many goroutines will run the pipeline at once (0 means
	// one). Each has its own word caches in the tagger and the recognizer;
	// they share a fixed budget (see cacheWords), so that the memory they
	// take stays about the same whatever the number.
	Workers int
}

// cacheBudget is how many word forms the tagger's and the recognizer's
// caches hold together over all workers: a lone worker caches the
// vocabulary of a few thousand articles (about 30 MB), each of several
// the models' default (tagger.CacheWords, ner.CacheWords).
const cacheBudget = 1 << 14

// cacheWords returns how many word forms each worker's caches hold.
func cacheWords(workers int) int {
	return max(cacheBudget/max(workers, 1), min(tagger.CacheWords, ner.CacheWords))
}

// Default returns Dateline's standard pipeline, with the shipped models.
func Default() (*Pipeline, error) { return WithOptions(Options{}) }

// WithOptions returns the standard pipeline configured by o.
func WithOptions(o Options) (*Pipeline, error) {
	// the embedded models load in parallel: start-up is most of a short run
	var (
		tag   *tagger.Tagger
		parse *parser.Parser
		rec   *ner.Recognizer
		errs  [3]error
		wg    sync.WaitGroup
	)
	wg.Add(5)
	go func() { defer wg.Done(); tag, errs[0] = tagger.Default() }()
	go func() { defer wg.Done(); parse, errs[1] = parser.Default() }()
	go func() { defer wg.Done(); rec, errs[2] = ner.Default() }()
	go func() { defer wg.Done(); gazetteer.Default() }()
	// the quotes stage would load its cue model with the first article;
	// an error is reported there
	go func() { defer wg.Done(); quotes.DefaultModel() }()
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	// the models are shared: this sizes the caches of work areas created
	// from now on, for any pipeline; the output never depends on it
	tag.SetCacheWords(cacheWords(o.Workers))
	rec.SetCacheWords(cacheWords(o.Workers))
	base := o.Actors
	if o.Dictionaries != nil {
		base = actors.Bases(o.Dictionaries.ActorBase(), o.Actors)
	}
	stages := []doc.Stage{
		clean.New(),
		segment.New(),
		tag,
		parse,
		rec,
		names.New(),
		timex.New(),
		coref.New(),
		places.New(),
		actors.New(base),
		quotes.New(),
	}
	if o.Dictionaries != nil {
		stages = append(stages, &petrarch.Stage{Coder: petrarch.NewCoder(o.Dictionaries, petrarch.DefaultOptions())})
	}
	stages = append(stages, events.New())
	return New(stages...), nil
}
