package input

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/dateline-news/dateline"
)

// readFeed reads the items of an RSS or Atom feed. Items that carry their
// content as HTML are extracted like web pages; the rest use their text.
func readFeed(path string, data []byte, emit func(Item) bool) bool {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return emit(fail(path, "not a valid feed: %s", err))
	}
	for i, it := range feed.Items {
		where := fmt.Sprintf("%s#%d", path, i+1)
		body := firstNonEmpty(it.Content, it.Description)
		if strings.TrimSpace(body) == "" {
			if !emit(fail(where, "feed item has no content")) {
				return false
			}
			continue
		}
		item := readHTML(where, []byte("<html><body><article>"+body+"</article></body></html>"), it.Link)
		if item.Err != nil {
			item = Item{Path: where, Article: dateline.Article{Text: strings.TrimSpace(stripTags(body))}}
			if item.Article.Text == "" {
				item = fail(where, "feed item has no text")
			}
		}
		if item.Err == nil {
			a := &item.Article
			a.ID = firstNonEmpty(it.GUID, idFor(a.Text))
			a.URL = firstNonEmpty(it.Link, a.URL)
			a.Title = firstNonEmpty(it.Title, a.Title)
			a.Source = firstNonEmpty(feed.Title, a.Source)
			if it.PublishedParsed != nil {
				item.Published = *it.PublishedParsed
			}
		}
		if !emit(item) {
			return false
		}
	}
	return true
}

// stripTags removes markup from a feed item's HTML description.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
