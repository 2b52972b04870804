package dateline

import "context"

// Filter narrows a query over stored records. Empty fields do not filter.
type Filter struct {
	Actor   string // actor code prefix or name substring ("RUS", "RUSGOV", "Putin")
	Country string // ISO alpha-3 country of any participant / entity
	Type    string // event type (PLOVER), entity type (OntoNotes)
	Speaker string // quote speaker name substring or code prefix
	Text    string // full-text query over the sentences / quote text (SQLite FTS5 syntax)
	Since   string // YYYY-MM-DD inclusive
	Until   string // YYYY-MM-DD inclusive
	Article string // article id
	Limit   int    // 0 means a default page size
	Offset  int
}

// IngestStats counts what one Ingest added.
type IngestStats struct {
	Added    bool // false when the article was already stored (same content hash)
	Entities int
	Quotes   int
	Events   int
}

// StoredEvent is an event with the article it came from.
type StoredEvent struct {
	ArticleID string `json:"article_id"`
	*Event
}

// StoredQuote is a quote with the article it came from.
type StoredQuote struct {
	ArticleID string `json:"article_id"`
	Date      string `json:"date"` // the article's publication date
	*Quote
}

// StoredEntity is an entity with the article it came from.
type StoredEntity struct {
	ArticleID string `json:"article_id"`
	*Entity
}

// Store keeps articles and what was extracted from them. Implementations:
// package sqlite (embedded, the default).
type Store interface {
	// Ingest stores one result in one transaction. An article whose text
	// is already stored is a no-op (IngestStats.Added is false).
	Ingest(ctx context.Context, r *Result) (IngestStats, error)
	// Article returns one stored article with all its annotations, or
	// ErrNotFound.
	Article(ctx context.Context, id string) (*Result, error)
	// Articles lists stored articles (text included), newest first.
	Articles(ctx context.Context, f Filter) ([]*Article, error)
	Events(ctx context.Context, f Filter) ([]*StoredEvent, error)
	Quotes(ctx context.Context, f Filter) ([]*StoredQuote, error)
	Entities(ctx context.Context, f Filter) ([]*StoredEntity, error)
	Close() error
}

// ErrNotFound is returned when a requested record does not exist.
var ErrNotFound = errNotFound{}

type errNotFound struct{}

func (errNotFound) Error() string { return "not found" }
