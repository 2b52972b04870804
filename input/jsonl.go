package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// record is one line of a JSON Lines input.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// readJSONL reads one article a line. A broken line is reported with its
// line number; the other lines still come out.
func readJSONL(path string, data []byte, emit func(Item) bool) bool {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), len(data)+1)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, line)
		var r record
		if err := json.Unmarshal(b, &r); err != nil {
			if !emit(fail(where, "invalid JSON: %s", err)) {
				return false
			}
			continue
		}
		var it Item
		switch {
		case r.Text != "":
			it = Item{Path: where, Article: dateline.Article{Text: r.Text}, Verbatim: true}
		case r.HTML != "":
			it = readHTML(where, []byte(r.HTML), r.URL)
		default:
			it = fail(where, "record has neither \"text\" nor \"html\"")
		}
		if it.Err == nil {
			a := &it.Article
			a.ID = firstNonEmpty(r.ID, a.ID, idFor(a.Text))
			a.URL = firstNonEmpty(r.URL, a.URL)
			a.Title = firstNonEmpty(r.Title, a.Title)
			a.Source = firstNonEmpty(r.Source, a.Source)
			a.Language = firstNonEmpty(r.Language, a.Language)
			if r.Published != "" {
				t, err := parseDate(r.Published)
				if err != nil {
					it = fail(where, "bad \"published\" %q: want YYYY-MM-DD or RFC 3339", r.Published)
				} else {
					it.Published = t
				}
			}
		}
		if !emit(it) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return emit(fail(path, "%s", reason(err)))
	}
	return true
}

// parseDate accepts YYYY-MM-DD and RFC 3339 timestamps.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// ParseDate parses a YYYY-MM-DD or RFC 3339 date.
func ParseDate(s string) (time.Time, error) { return parseDate(s) }
