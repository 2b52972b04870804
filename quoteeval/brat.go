// Package quoteeval reads brat-format attribution corpora such as PolNeAR
// (Source / Cue / Content spans linked into Attribution relations) and
// scores the quotes stage against them: content-span precision, recall
// and F1 under overlap matching, speaker accuracy on direct quotations and
// attribution F1 (content and speaker both right).
package quoteeval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
)

// Document is one annotated article. All ranges are byte offsets into Text
// (the reader converts brat's code point offsets).
type Document struct {
	Name         string // file stem: "source_2016-09-12_title-words"
	Text         string
	Published    string // YYYY-MM-DD from the metadata, or ""
	Title        string
	Attributions []Attribution
}

// Attribution is one gold attribution relation.
type Attribution struct {
	ID      string      // the E line's id: "E3"
	Content []doc.Range // the content fragments
	Source  []doc.Range // the source fragments; empty for Attribution-no-source
	Cue     []doc.Range
	// Direct is true for a direct quotation: the content opens with a
	// quotation mark (see IsDirect).
	Direct bool
}

// span is one T line.
type span struct {
	role  string
	frags []doc.Range // code point offsets until converted
}

// ReadDir reads a split directory laid out as PolNeAR's: text/NAME.txt and
// attributions/NAME_ANNOTATOR.ann. When an article has several
// annotators, the .ann file whose name sorts first is used. Publication
// dates and titles come from a metadata*.tsv file in dir or its parent
// when there is one.
func ReadDir(dir string) ([]Document, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("%s: no attributions/*.ann files", dir)
	}
	sort.Strings(anns)
	meta := readMetadata(dir)
	var docs []Document
	seen := map[string]bool{}
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		name := base
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			name = base[:i]
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		raw, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, err
		}
		d := Document{Name: name, Text: string(raw)}
		if m, ok := meta[name]; ok {
			d.Published, d.Title = m[0], m[1]
		}
		f, err := os.Open(a)
		if err != nil {
			return nil, err
		}
		d.Attributions, err = ParseAnn(f, d.Text)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// ParseAnn reads brat standoff lines and returns the attribution relations
// that have a content span, with byte offsets into text.
func ParseAnn(f io.Reader, text string) ([]Attribution, error) {
	conv := newOffsets(text)
	spans := map[string]span{}
	type rel struct {
		id    string
		roles [][2]string
	}
	var rels []rel
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		fields := strings.Split(line, "\t")
		if len(fields) < 2 || !isID(fields[0]) {
			continue // notes, and continuation lines of span texts with newlines
		}
		switch line[0] {
		case 'T':
			role, offs, _ := strings.Cut(fields[1], " ")
			s := span{role: role}
			for _, fr := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(fr), " ")
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || start > end {
					return nil, fmt.Errorf("line %d: bad offsets %q", ln, offs)
				}
				r, ok := conv.bytes(start, end)
				if !ok {
					return nil, fmt.Errorf("line %d: offsets %q outside the text", ln, offs)
				}
				s.frags = append(s.frags, r)
			}
			spans[fields[0]] = s
		case 'E':
			r := rel{id: fields[0]}
			for _, arg := range strings.Fields(fields[1]) {
				k, v, ok := strings.Cut(arg, ":")
				if !ok {
					continue
				}
				r.roles = append(r.roles, [2]string{strings.TrimRight(k, "0123456789"), v})
			}
			rels = append(rels, r)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Attribution
	for _, r := range rels {
		a := Attribution{ID: r.id}
		for _, kv := range r.roles {
			s, ok := spans[kv[1]]
			if !ok {
				continue
			}
			switch kv[0] {
			case "Content":
				a.Content = append(a.Content, s.frags...)
			case "Source":
				a.Source = append(a.Source, s.frags...)
			case "Cue":
				a.Cue = append(a.Cue, s.frags...)
			}
		}
		if len(a.Content) == 0 {
			continue
		}
		fixSwapped(text, &a)
		sortRanges(a.Content)
		a.Direct = IsDirect(text, a.Content)
		out = append(out, a)
	}
	return out, nil
}

// IsDirect reports whether gold content is a direct quotation: its first
// fragment, past spaces, opens with a double or single quotation mark, or
// the mark stands just before it (annotators sometimes leave it out).
// Content that merely contains a quoted phrase ("said the claim was
// “true”") is reported speech with a partial quotation, and is indirect.
func IsDirect(text string, content []doc.Range) bool {
	if len(content) == 0 {
		return false
	}
	r := content[0]
	s := strings.TrimLeftFunc(text[r.Start:r.End], unicode.IsSpace)
	if c, _ := utf8.DecodeRuneInString(s); isOpenMark(c) {
		return true
	}
	c, n := utf8.DecodeLastRuneInString(text[:r.Start])
	if c == '“' || c == '«' || c == '„' {
		return true
	}
	// a straight mark opens when a space or the start of a line precedes it
	p, _ := utf8.DecodeLastRuneInString(text[:r.Start-n])
	return c == '"' && (r.Start == n || unicode.IsSpace(p))
}

func isOpenMark(c rune) bool {
	switch c {
	case '"', '“', '«', '„', '‘', '\'':
		return true
	}
	return false
}

func sortRanges(rs []doc.Range) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
}

// offsets converts code point offsets into byte offsets.
type offsets struct {
	byteAt []int // byteAt[i] is the byte offset of code point i; one past the end too
}

func newOffsets(text string) offsets {
	o := offsets{byteAt: make([]int, 0, len(text)+1)}
	for i := range text {
		o.byteAt = append(o.byteAt, i)
	}
	o.byteAt = append(o.byteAt, len(text))
	return o
}

func (o offsets) bytes(start, end int) (doc.Range, bool) {
	if start < 0 || end >= len(o.byteAt) {
		return doc.Range{}, false
	}
	return doc.Range{Start: o.byteAt[start], End: o.byteAt[end]}, true
}

// readMetadata maps article names to [publication date, title] from the
// first metadata*.tsv in dir or its parent.
func readMetadata(dir string) map[string][2]string {
	out := map[string][2]string{}
	var files []string
	for _, d := range []string{dir, filepath.Dir(filepath.Clean(dir))} {
		fs, _ := filepath.Glob(filepath.Join(d, "metadata*.tsv"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		return out
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		return out
	}
	lines := strings.Split(string(raw), "\n")
	if len(lines) == 0 {
		return out
	}
	col := map[string]int{}
	for i, h := range strings.Split(strings.TrimRight(lines[0], "\r"), "\t") {
		col[h] = i
	}
	fi, ok := col["filename"]
	if !ok {
		return out
	}
	get := func(fs []string, name string) string {
		if i, ok := col[name]; ok && i < len(fs) {
			return fs[i]
		}
		return ""
	}
	for _, l := range lines[1:] {
		fs := strings.Split(strings.TrimRight(l, "\r"), "\t")
		if fi >= len(fs) {
			continue
		}
		out[fs[fi]] = [2]string{get(fs, "publication_date"), get(fs, "title")}
	}
	return out
}

// isID reports whether s is a brat id: a letter and digits ("T12", "E3").
func isID(s string) bool {
	if len(s) < 2 || (s[0] != 'T' && s[0] != 'E') {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// fixSwapped repairs an annotation slip seen in PolNeAR: the Source and
// Cue labels exchanged, the "source" being a lone speech verb ("said")
// and the "cue" a capitalised name.
func fixSwapped(text string, a *Attribution) {
	if len(a.Source) != 1 || len(a.Cue) != 1 {
		return
	}
	src := strings.ToLower(strings.TrimSpace(text[a.Source[0].Start:a.Source[0].End]))
	cue := strings.TrimSpace(text[a.Cue[0].Start:a.Cue[0].End])
	switch src {
	case "said", "says", "say", "told", "added", "wrote", "asked":
	default:
		return
	}
	if c, _ := utf8.DecodeRuneInString(cue); unicode.IsUpper(c) {
		a.Source, a.Cue = a.Cue, a.Source
	}
}
