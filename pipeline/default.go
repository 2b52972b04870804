package pipeline

import (
	"github.com/dateline-news/dateline/clean"
	"github.com/dateline-news/dateline/coref"
	"github.com/dateline-news/dateline/names"
	"github.com/dateline-news/dateline/quotes"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/segment"
)

// Default returns Dateline's standard pipeline, with the shipped models.
func Default() (*Pipeline, error) {
	stages := []doc.Stage{
		clean.New(),
		segment.New(),
		names.New(),
		coref.New(),
		quotes.New(),
	}
	return New(stages...), nil
}
