// Package sqlite is Dateline's embedded store: a dateline.Store over one
// SQLite database file through the pure-Go driver modernc.org/sqlite (no
// cgo). The schema is versioned by numbered migrations embedded in the
// binary (migrations/NNN_name.sql) and applied in order at Open; full-text
// search uses SQLite's FTS5.
//
// Writes go through one connection with IMMEDIATE transactions, reads
// through a pool of read-only connections; the database runs in WAL mode
// so readers never wait for a writer.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"

	"github.com/dateline-news/dateline"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a dateline.Store over one SQLite database.
type Store struct {
	w *sql.DB // one connection, IMMEDIATE transactions
	r *sql.DB // read-only pool

	stmts map[string]*sql.Stmt // inserts prepared on w; read-only after Open
}

var _ dateline.Store = (*Store)(nil)

// busyTimeoutMS is how long a connection waits for another writer (another
// process, say) before giving up with SQLITE_BUSY.
const busyTimeoutMS = 10000

// Open opens (creating it if needed) the database at path and brings its
// schema up to date.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty database path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlite: database path %q must not contain '?' or '#'", path)
	}
	pragmas := func(extra ...string) string {
		q := url.Values{}
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		for _, e := range extra {
			k, v, _ := strings.Cut(e, "=")
			q.Add(k, v)
		}
		return path + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", pragmas("_txlock=immediate"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := migrate(context.Background(), w); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", pragmas("_pragma=query_only(1)"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	n := max(2, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s := &Store{w: w, r: r}
	if err := s.prepareInserts(context.Background()); err != nil {
		s.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	for _, st := range s.stmts {
		st.Close()
	}
	return errors.Join(s.r.Close(), s.w.Close())
}

// SchemaVersion reports the highest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}
