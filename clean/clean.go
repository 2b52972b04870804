// Package clean is the pipeline stage that tidies an article's text before
// anything points into it: it drops page chrome that scrapers leave at the
// top of a page (date widgets, font-size buttons, share links, bylines of
// navigation), taking a date found there as the publication date, and
// normalises line endings. It leaves verbatim text (given by the caller
// with offsets of its own) untouched.
package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
)

// Cleaner implements doc.Stage.
type Cleaner struct{}

// New returns a Cleaner.
func New() *Cleaner { return &Cleaner{} }

// Name implements doc.Stage.
func (*Cleaner) Name() string { return "clean" }

// Process rewrites d.Text (unless d.Verbatim) and may set d.Published.
func (*Cleaner) Process(d *doc.Doc) error {
	defer func() {
		if d.Article.Title == "" {
			d.Article.Title = Headline(d.Text)
		}
	}()
	if d.Verbatim || len(d.Tokens) > 0 {
		return nil
	}
	text := strings.ReplaceAll(d.Text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text, date := StripChrome(text)
	if d.Published.IsZero() && !date.IsZero() {
		d.Published = date
	}
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	d.Text = text
	d.Article.Text = text
	return nil
}

// maxChromeLines is how many leading lines may be page chrome.
const maxChromeLines = 4

var (
	chromeWords = regexp.MustCompile(`(?i)(\b\d+\s?px\b|[↺↻⟳✕✖☰⤢]|\bfont\s*size\b|\bshare\b|\bprint\b|\btweet\b|\bsubscribe\b|\bsign in\b|\blog ?in\b|\bmenu\b|\bcomments?\b|\bA\+|\bA-|\+\s+[^\w\s]?\s*[−-])`)
	isoDate     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	textDates   = []string{"2 January 2006", "January 2, 2006", "Jan 2, 2006", "2 Jan 2006", "02.01.2006", "01/02/2006"}
	dateWords   = regexp.MustCompile(`(?i)\b(\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}|\d{2}\.\d{2}\.\d{4})\b`)
)

// StripChrome removes leading lines that are page chrome rather than
// article text and returns the rest with the first date found in them.
// A line is chrome when it is short, does not read as a sentence, and
// carries widget marks (px sizes, ↺, share/print links) or is only a date.
func StripChrome(text string) (string, time.Time) {
	var date time.Time
	rest := text
	for i := 0; i < maxChromeLines; i++ {
		trimmed := strings.TrimLeftFunc(rest, unicode.IsSpace)
		nl := strings.IndexByte(trimmed, '\n')
		if nl < 0 {
			break
		}
		line := strings.TrimSpace(trimmed[:nl])
		if !isChrome(line) {
			break
		}
		if date.IsZero() {
			date = findDate(line)
		}
		rest = trimmed[nl+1:]
	}
	if rest == text {
		return text, date
	}
	return strings.TrimLeftFunc(rest, unicode.IsSpace), date
}

func isChrome(line string) bool {
	if line == "" || utf8.RuneCountInString(line) > 100 {
		return false
	}
	if strings.HasSuffix(line, ".") && len(strings.Fields(line)) > 4 {
		return false // reads as a sentence
	}
	if chromeWords.MatchString(line) {
		return true
	}
	// a line that is only a date (with optional "date"/"published"/"updated" label)
	l := strings.ToLower(line)
	for _, p := range []string{"published", "updated", "date", "posted"} {
		l = strings.TrimSpace(strings.TrimPrefix(l, p))
		l = strings.TrimSpace(strings.TrimPrefix(l, ":"))
	}
	if d := findDate(l); !d.IsZero() {
		stripped := isoDate.ReplaceAllString(l, "")
		stripped = dateWords.ReplaceAllString(stripped, "")
		return len(strings.Fields(stripped)) <= 2
	}
	return false
}

// findDate returns the first date written in s, or zero.
func findDate(s string) time.Time {
	if m := isoDate.FindString(s); m != "" {
		if t, err := time.Parse("2006-01-02", m); err == nil {
			return t
		}
	}
	if m := dateWords.FindString(s); m != "" {
		for _, layout := range textDates {
			if t, err := time.Parse(layout, m); err == nil {
				return t
			}
		}
		if t, err := time.Parse("January 2, 2006", m); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Headline returns the first line of text when it reads as a headline:
// short, several words, not ending like a sentence. Otherwise "".
func Headline(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	if n < 10 || n > 150 || len(strings.Fields(line)) < 3 {
		return ""
	}
	if last, _ := utf8.DecodeLastRuneInString(line); strings.ContainsRune(".:;,\"”", last) {
		return ""
	}
	return line
}
