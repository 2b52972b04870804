package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
)

// Paragraphs splits text into paragraphs at line breaks. A single line
// break inside running prose (the line ends without closing punctuation and
// the next starts in lower case) is a wrapped line, not a paragraph break.
func Paragraphs(text string) []doc.Range {
	var out []doc.Range
	start := -1
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		line := text[lineStart:lineEnd]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			if start >= 0 {
				out = append(out, trimRange(text, start, lineStart))
				start = -1
			}
		} else {
			if start >= 0 && !isWrapped(text[start:lineStart], trimmed) {
				out = append(out, trimRange(text, start, lineStart))
				start = -1
			}
			if start < 0 {
				start = lineStart
			}
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		if r := trimRange(text, start, len(text)); r.Len() > 0 {
			out = append(out, r)
		}
	}
	return out
}

// isWrapped reports whether next continues the paragraph prev.
func isWrapped(prev, next string) bool {
	prev = strings.TrimRightFunc(prev, unicode.IsSpace)
	if prev == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:\"”’)]", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first) || (unicode.IsLetter(last) && len(prev) > 60 && first != '"' && first != '“' && !unicode.IsUpper(first))
}

func trimRange(text string, start, end int) doc.Range {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return doc.Range{Start: start, End: end}
}
