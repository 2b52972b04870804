// Package http serves a dateline.Store over HTTP: a JSON API over the
// stored articles, events, quotes and entities, with the query filters of
// dateline.Filter as query parameters and paging, and a small
// self-contained web page at / that lists articles, highlights an
// article's annotations from their offsets, and tables events.
//
// Endpoints (all GET):
//
//	/api/articles          {items: [Article], limit, offset, next_offset?}
//	/api/articles/{id}     the full dateline.Result of one article
//	/api/events            {items: [event], ...}: each a StoredEvent with its global
//	                       event's global_event_id, num_mentions, num_sources and
//	                       num_articles; global=1 lists one row per global event
//	                       (the same real event across articles) instead
//	/api/quotes            {items: [StoredQuote], ...}
//	/api/entities          {items: [StoredEntity], ...}
//
// Query parameters: actor, country, type, speaker, text, since, until,
// article, limit (1..1000, default 100), offset; global (1/true or
// 0/false) for /api/events. Errors are JSON {"error": "..."} with status
// 400 (bad parameter), 404 (unknown article or path), 405 (not GET), 500,
// or 501 (global=1 on a store that does not group events).
package http

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	nethttp "net/http"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/sqlite"
)

// Page sizes of the list endpoints.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

//go:embed ui/index.html
var uiFS embed.FS

// Server is the HTTP API and UI over one store. It is an http.Handler.
type Server struct {
	store dateline.Store
	mux   *nethttp.ServeMux
	// Log receives server-side errors (status 500); nil uses the standard
	// logger.
	Log *log.Logger
}

// NewServer returns a Server over store.
func NewServer(store dateline.Store) *Server {
	s := &Server{store: store, mux: nethttp.NewServeMux()}
	s.mux.HandleFunc("GET /{$}", s.index)
	s.mux.HandleFunc("GET /api/articles", s.articles)
	s.mux.HandleFunc("GET /api/articles/{id...}", s.article)
	s.mux.HandleFunc("GET /api/events", s.events)
	s.mux.HandleFunc("GET /api/quotes", list(s, s.store.Quotes))
	s.mux.HandleFunc("GET /api/entities", list(s, s.store.Entities))
	s.mux.HandleFunc("/", s.fallback)
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(w, r)
}

// Page is the envelope of the list endpoints. NextOffset is present when
// another page may follow.
type Page[T any] struct {
	Items      []T  `json:"items"`
	Limit      int  `json:"limit"`
	Offset     int  `json:"offset"`
	NextOffset *int `json:"next_offset,omitempty"`
}

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Error string `json:"error"`
}

func (s *Server) index(w nethttp.ResponseWriter, r *nethttp.Request) {
	b, err := uiFS.ReadFile("ui/index.html")
	if err != nil {
		s.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")
	w.Write(b)
}

func (s *Server) article(w nethttp.ResponseWriter, r *nethttp.Request) {
	id := r.PathValue("id")
	res, err := s.store.Article(r.Context(), id)
	if errors.Is(err, dateline.ErrNotFound) {
		writeError(w, nethttp.StatusNotFound, fmt.Sprintf("no article %q", id))
		return
	}
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, res)
}

func (s *Server) articles(w nethttp.ResponseWriter, r *nethttp.Request) {
	list(s, s.store.Articles)(w, r)
}

// EventCounter is a store that groups events across articles into global
// events with GDELT-style counts (*sqlite.Store). /api/events uses it when
// the store has it.
type EventCounter interface {
	CountedEvents(context.Context, dateline.Filter) ([]*sqlite.CountedEvent, error)
	GlobalEvents(context.Context, dateline.Filter) ([]*sqlite.CountedEvent, error)
}

func (s *Server) events(w nethttp.ResponseWriter, r *nethttp.Request) {
	var global bool
	switch v := strings.ToLower(strings.TrimSpace(r.URL.Query().Get("global"))); v {
	case "", "0", "false", "no":
	case "1", "true", "yes":
		global = true
	default:
		writeError(w, nethttp.StatusBadRequest, fmt.Sprintf("global=%q: want 1 or 0", v))
		return
	}
	ec, ok := s.store.(EventCounter)
	switch {
	case ok && global:
		list(s, ec.GlobalEvents)(w, r)
	case ok:
		list(s, ec.CountedEvents)(w, r)
	case global:
		writeError(w, nethttp.StatusNotImplemented, "this store does not group events across articles")
	default:
		list(s, s.store.Events)(w, r)
	}
}

// list makes the handler of a list endpoint over one store query.
func list[T any](s *Server, query func(context.Context, dateline.Filter) ([]T, error)) nethttp.HandlerFunc {
	return func(w nethttp.ResponseWriter, r *nethttp.Request) {
		f, err := ParseFilter(r)
		if err != nil {
			writeError(w, nethttp.StatusBadRequest, err.Error())
			return
		}
		limit := f.Limit
		// Ask for one more row than the page to know if another follows.
		if limit < MaxLimit {
			f.Limit = limit + 1
		}
		items, err := query(r.Context(), f)
		if err != nil {
			if isInvalidFilter(err) {
				writeError(w, nethttp.StatusBadRequest, err.Error())
				return
			}
			s.fail(w, err)
			return
		}
		p := Page[T]{Items: items, Limit: limit, Offset: f.Offset}
		if len(items) > limit {
			p.Items = items[:limit]
		}
		if len(items) > limit || (limit >= MaxLimit && len(items) == limit) {
			next := f.Offset + limit
			p.NextOffset = &next
		}
		if p.Items == nil {
			p.Items = []T{}
		}
		writeJSON(w, nethttp.StatusOK, p)
	}
}

// apiPaths are the paths of the API, for telling a wrong method (405) from
// an unknown path (404).
var apiPaths = []string{"/", "/api/articles", "/api/events", "/api/quotes", "/api/entities"}

func (s *Server) fallback(w nethttp.ResponseWriter, r *nethttp.Request) {
	known := strings.HasPrefix(r.URL.Path, "/api/articles/")
	for _, p := range apiPaths {
		known = known || r.URL.Path == p
	}
	if known && r.Method != nethttp.MethodGet && r.Method != nethttp.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, nethttp.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use GET")
		return
	}
	writeError(w, nethttp.StatusNotFound, "no such path "+r.URL.Path)
}

// ParseFilter reads a dateline.Filter from a request's query parameters:
// actor, country, type, speaker, text, article (strings), since and until
// (YYYY-MM-DD), limit (1..MaxLimit, default DefaultLimit) and offset (≥ 0).
// Unknown parameters are ignored.
func ParseFilter(r *nethttp.Request) (dateline.Filter, error) {
	q := r.URL.Query()
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	f := dateline.Filter{
		Actor: get("actor"), Country: get("country"), Type: get("type"), Speaker: get("speaker"),
		Text: get("text"), Since: get("since"), Until: get("until"), Article: get("article"),
		Limit: DefaultLimit,
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v == "" {
			continue
		}
		if t, err := time.Parse("2006-01-02", d.v); err != nil || t.Format("2006-01-02") != d.v {
			return f, fmt.Errorf("%s=%q: want a date YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return f, fmt.Errorf("since=%s is after until=%s", f.Since, f.Until)
	}
	if v := get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > MaxLimit {
			return f, fmt.Errorf("limit=%q: want a whole number from 1 to %d", v, MaxLimit)
		}
		f.Limit = n
	}
	if v := get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return f, fmt.Errorf("offset=%q: want a whole number ≥ 0", v)
		}
		f.Offset = n
	}
	return f, nil
}

// isInvalidFilter reports whether a store error blames the filter (the
// sqlite store's FilterError has an InvalidFilter method).
func isInvalidFilter(err error) bool {
	var fe interface{ InvalidFilter() bool }
	return errors.As(err, &fe) && fe.InvalidFilter()
}

func (s *Server) fail(w nethttp.ResponseWriter, err error) {
	if errors.Is(err, context.Canceled) {
		return // the client went away
	}
	l := s.Log
	if l == nil {
		l = log.Default()
	}
	l.Printf("dateline serve: %v", err)
	writeError(w, nethttp.StatusInternalServerError, "internal error")
}

func writeError(w nethttp.ResponseWriter, status int, msg string) {
	writeJSON(w, status, ErrorBody{Error: msg})
}

func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = nethttp.StatusInternalServerError
		b, _ = json.Marshal(ErrorBody{Error: "encoding the response: " + err.Error()})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}
