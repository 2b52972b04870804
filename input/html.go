package input

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"

	"github.com/dateline-news/dateline"
)

// readHTML extracts the main text and metadata of a saved web page.
func readHTML(path string, data []byte, pageURL string) Item {
	if isBinary(data) {
		return fail(path, "binary data, not HTML")
	}
	root, err := dom.Parse(bytes.NewReader(data))
	if err != nil {
		return fail(path, "malformed HTML: %s", reason(err))
	}
	dopts := htmldate.Options{UseOriginalDate: true, URL: pageURL}
	date, derr := htmldate.FromDocument(root, dopts)
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, Deduplicate: true, HtmlDateOverride: &date}
	if derr != nil {
		opts.HtmlDateOverride = nil
		opts.HtmlDateOptions = &dopts
	}
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil || strings.TrimSpace(res.ContentText) == "" {
		return fail(path, "no article text found in the HTML")
	}
	m := res.Metadata
	text := strings.TrimSpace(res.ContentText)
	if res.ContentNode != nil {
		// keep the paragraphs: quotations and attributions depend on them
		if t := nodeText(res.ContentNode); strings.TrimSpace(t) != "" {
			text = t
		}
	}
	a := dateline.Article{
		ID:       idFor(text),
		URL:      firstNonEmpty(pageURL, m.URL),
		Title:    m.Title,
		Source:   firstNonEmpty(m.Sitename, m.Hostname),
		Language: m.Language,
		Text:     text,
	}
	var pub time.Time
	switch {
	case derr == nil && !date.IsZero():
		pub = date.DateTime
	case !m.Date.IsZero():
		pub = m.Date
	}
	return Item{Path: path, Article: a, Published: pub}
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
