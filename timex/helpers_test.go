package timex

import (
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

func newDoc(text string, published time.Time) *doc.Doc {
	return doc.New(dateline.Article{Text: text}, published)
}
