package input

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags start a new paragraph in the text of extracted HTML.
var blockTags = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "blockquote": true, "pre": true, "section": true, "article": true, "header": true,
	"footer": true, "table": true, "tr": true, "ul": true, "ol": true, "figure": true, "figcaption": true, "head": true,
	"aside": true, "main": true, "dd": true, "dt": true, "quote": true, "list": true, "item": true}

// nodeText renders extracted HTML as text with one paragraph per block
// element, separated by blank lines, whitespace inside a paragraph
// collapsed, and <br> as a line break.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript":
				return
			case "br":
				b.WriteString("\n")
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	// collapse whitespace within lines and blank lines between paragraphs
	var out []string
	blank := false
	for _, line := range strings.Split(b.String(), "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
		}
		out = append(out, line)
		blank = false
	}
	return strings.Join(out, "\n")
}
