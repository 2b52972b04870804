package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Page sizes: a Filter's Limit of 0 means DefaultLimit; larger limits than
// MaxLimit are cut to MaxLimit.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// FilterError reports a filter that cannot be applied (a malformed date, a
// negative offset, an unusable full-text query). Callers such as the HTTP
// API map it to a client error through its InvalidFilter method.
type FilterError struct {
	Field string // the dateline.Filter field at fault
	Msg   string
}

func (e *FilterError) Error() string { return fmt.Sprintf("invalid %s: %s", e.Field, e.Msg) }

// InvalidFilter marks e as the caller's mistake rather than the store's.
func (e *FilterError) InvalidFilter() bool { return true }

// ValidDate reports whether s is a calendar date written YYYY-MM-DD.
func ValidDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil && len(s) == 10
}

// page returns the LIMIT and OFFSET for a filter.
func page(limit, offset int) (int, int, error) {
	if limit < 0 {
		return 0, 0, &FilterError{"limit", fmt.Sprintf("%d is negative", limit)}
	}
	if offset < 0 {
		return 0, 0, &FilterError{"offset", fmt.Sprintf("%d is negative", offset)}
	}
	if limit == 0 {
		limit = DefaultLimit
	}
	return min(limit, MaxLimit), offset, nil
}

func checkDates(since, until string) error {
	if since != "" && !ValidDate(since) {
		return &FilterError{"since", fmt.Sprintf("%q is not a date YYYY-MM-DD", since)}
	}
	if until != "" && !ValidDate(until) {
		return &FilterError{"until", fmt.Sprintf("%q is not a date YYYY-MM-DD", until)}
	}
	return nil
}

// where collects the conditions of a WHERE clause and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// codeLike reports whether s looks like a CAMEO code or country code (all
// upper-case letters and digits, at least three), which is then matched
// case-sensitively against names so that "RUS" does not find "Brussels".
func codeLike(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

func escapeGlob(s string) string {
	r := strings.NewReplacer(`[`, `[[]`, `*`, `[*]`, `?`, `[?]`)
	return r.Replace(s)
}

// nameOrCode is the condition "code starts with v or name contains v".
// Either column may be "" to leave it out.
func nameOrCode(codeCol, nameCol, v string) (string, []any) {
	var parts []string
	var args []any
	if codeCol != "" {
		parts = append(parts, codeCol+` LIKE ? ESCAPE '\'`)
		args = append(args, escapeLike(v)+"%")
	}
	if nameCol != "" {
		if codeLike(v) {
			parts = append(parts, nameCol+` GLOB ?`)
			args = append(args, "*"+escapeGlob(v)+"*")
		} else {
			parts = append(parts, nameCol+` LIKE ? ESCAPE '\'`)
			args = append(args, "%"+escapeLike(v)+"%")
		}
	}
	return "(" + strings.Join(parts, " OR ") + ")", args
}

// addText adds to w the full-text condition that pkCol is a row of table
// matching text; it adds nothing when text is empty.
func (s *Store) addText(ctx context.Context, w *where, table, pkCol, text string) error {
	if text == "" {
		return nil
	}
	q, err := s.ftsQuery(ctx, table, text)
	if err != nil {
		return err
	}
	w.add(pkCol+` IN (SELECT rowid FROM `+table+` WHERE `+table+` MATCH ?)`, q)
	return nil
}

// ftsQuery checks a full-text query against table and returns the query to
// use: q itself when FTS5 accepts it, or else q's words each quoted as a
// phrase (so that "Putin's" or "U.S." work without learning FTS5 syntax).
func (s *Store) ftsQuery(ctx context.Context, table, q string) (string, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return "", &FilterError{"text", "empty full-text query"}
	}
	try := func(q string) error {
		var n int
		return s.r.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM `+table+` WHERE `+table+` MATCH ? LIMIT 1)`, q).Scan(&n)
	}
	if try(q) == nil {
		return q, nil
	}
	var words []string
	for _, w := range strings.Fields(q) {
		words = append(words, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	quoted := strings.Join(words, " ")
	if err := try(quoted); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return "", &FilterError{"text", fmt.Sprintf("%q: %v", q, err)}
	}
	return quoted, nil
}

// queryPks runs a query selecting pks in order.
func (s *Store) queryPks(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var pks []int64
	for rows.Next() {
		var pk int64
		if err := rows.Scan(&pk); err != nil {
			return nil, err
		}
		pks = append(pks, pk)
	}
	return pks, rows.Err()
}

// inList returns "(?, ?, ...)" and the pks as arguments.
func inList(pks []int64) (string, []any) {
	args := make([]any, len(pks))
	for i, pk := range pks {
		args[i] = pk
	}
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", len(pks)), ", ") + ")", args
}

// str turns a NULL string column into "".
func str(ns sql.NullString) string { return ns.String }
