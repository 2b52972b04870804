package pipeline

import (
	"github.com/dateline-news/dateline/clean"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/segment"
)

// Default returns Dateline's standard pipeline, with the shipped models.
func Default() (*Pipeline, error) {
	stages := []doc.Stage{
		clean.New(),
		segment.New(),
	}
	return New(stages...), nil
}
