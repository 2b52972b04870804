package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
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

// readJSONL reads one article a line from r, one line at a time, so that
// an archive of any size can be read; a line longer than max is refused
// alone. A broken line is reported with its line number; the other lines
// still come out.
func readJSONL(path string, r *bufio.Reader, max int64, emit func(Item) bool) bool {
	line, records := 0, 0
	for {
		raw, tooLong, err := readLine(r, max)
		if err != nil && err != io.EOF {
			return emit(fail(path, "%s", reason(err)))
		}
		if err == io.EOF && len(raw) == 0 && !tooLong {
			break
		}
		line++
		where := fmt.Sprintf("%s:%d", path, line)
		b := bytes.TrimSpace(raw)
		switch {
		case tooLong:
			records++
			if !emit(fail(where, "too large: record over %d MiB (raise --max-size)", max>>20)) {
				return false
			}
		case len(b) > 0:
			records++
			if !emit(jsonRecord(where, b)) {
				return false
			}
		}
		if err == io.EOF {
			break
		}
	}
	if records == 0 {
		return emit(fail(path, "empty input"))
	}
	return true
}

// readLine returns the next line of r without its newline. A line longer
// than max is skipped up to its end and reported with tooLong.
func readLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimSuffix(buf, []byte("\n")), tooLong, err
	}
}

// jsonRecord turns one JSON Lines record into an item; where names the
// file and line.
func jsonRecord(where string, b []byte) Item {
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return fail(where, "invalid JSON: %s", err)
	}
	var it Item
	switch {
	case r.Text != "":
		it = Item{Path: where, Article: dateline.Article{Text: r.Text}, Verbatim: true}
	case r.HTML != "":
		it = readHTML(where, []byte(r.HTML), r.URL)
	default:
		return fail(where, "record has neither \"text\" nor \"html\"")
	}
	if it.Err != nil {
		return it
	}
	a := &it.Article
	a.ID = firstNonEmpty(r.ID, a.ID, idFor(a.Text))
	a.URL = firstNonEmpty(r.URL, a.URL)
	a.Title = firstNonEmpty(r.Title, a.Title)
	a.Source = firstNonEmpty(r.Source, a.Source)
	a.Language = firstNonEmpty(r.Language, a.Language)
	if r.Published != "" {
		t, err := parseDate(r.Published)
		if err != nil {
			return fail(where, "bad \"published\" %q: want YYYY-MM-DD or RFC 3339", r.Published)
		}
		it.Published = t
	}
	return it
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
