package ner

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// Dictionary gazetteers: names from actor dictionaries of the kind
// PETRARCH codes events with (TABARI format: "NAME_WORDS_ [CODE]" entries,
// "+ALIAS_" lines, indented "[CODE dates]" lines). They are matched
// regardless of case. Each name keeps a category, which the model learns
// to weigh like any gazetteer type.

// Dictionary categories (gazetteer type index + 1).
const (
	dictPlace   = 1 + iota // a country and its aliases (capitals, provinces)
	dictPerson             // a person (leaders, officials)
	dictSurname            // the last word of a person's name
	dictActor              // another national actor (parties, ministries, forces)
	dictOrg                // an international organisation or company
	dictGroup              // a militant or non-state group
)

// dictSource names an actor dictionary and how its entries count:
// "countries" (places, people and national actors), "international"
// (organisations) or "groups" (militant and non-state groups).
type dictSource struct {
	kind string
	r    io.Reader
}

// dictEntry is one dictionary entry: its names (the first is the main one)
// and whether its code lines mark a person.
type dictEntry struct {
	names   [][]string
	code    string // first code, without brackets and dates
	person  bool
	country bool
}

// readDictionary parses a TABARI-style actor dictionary.
func readDictionary(r io.Reader) ([]dictEntry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	var out []dictEntry
	var cur *dictEntry
	for sc.Scan() {
		raw := sc.Text()
		line := raw
		comment := ""
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line, comment = line[:i], line[i:]
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			continue
		case trimmed[0] == '[':
			if cur != nil {
				cur.addCode(trimmed)
			}
		case trimmed[0] == '+':
			if cur != nil {
				if ws := dictWords(strings.Fields(trimmed[1:])[0]); len(ws) > 0 {
					cur.names = append(cur.names, ws)
				}
			}
		case raw[0] == ' ' || raw[0] == '\t':
			if cur != nil && strings.Contains(trimmed, "[") {
				cur.addCode(trimmed)
			}
		default:
			f := strings.Fields(trimmed)
			out = append(out, dictEntry{})
			cur = &out[len(out)-1]
			if ws := dictWords(f[0]); len(ws) > 0 {
				cur.names = append(cur.names, ws)
			}
			if strings.Contains(comment, "CountryInfo") {
				cur.person = true
			}
			if i := strings.IndexByte(trimmed, '['); i >= 0 {
				cur.addCode(trimmed[i:])
			}
		}
	}
	return out, sc.Err()
}

func (e *dictEntry) addCode(s string) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "[")
	if i := strings.IndexAny(s, " ]"); i >= 0 {
		s = s[:i]
	}
	if e.code == "" {
		e.code = s
		e.country = len(s) == 3
	}
}

// dictWords turns a dictionary name ("UNITED_NATIONS_CHILDREN'S_FUND_")
// into tokens as the corpora tokenize them.
func dictWords(name string) []string {
	name = strings.Trim(strings.ReplaceAll(name, "_", " "), " ")
	if name == "" {
		return nil
	}
	return clusters.Tokenize(name, nil)
}

// dictionaryGazetteer builds one case-folded gazetteer from dictionaries.
// When a name has several categories, the first one read wins.
func dictionaryGazetteer(files []dictSource) (*gazetteer, error) {
	g := &gazetteer{m: newGazMap(0), prefixed: true, folded: true}
	add := func(words []string, cat uint8) {
		if len(words) == 0 || len(words) > gazMaxLen {
			return
		}
		h := perceptron.NewHasher(0)
		for i, w := range words {
			h = foldKey(h, hashLower(perceptron.NewHasher(0), w).Sum())
			k := h.Sum()
			if i == len(words)-1 {
				if v, _ := g.m.get(k); v == 0 {
					g.m.set(k, cat)
				}
			} else if _, ok := g.m.get(k); !ok {
				g.m.set(k, 0)
			}
		}
	}
	for _, f := range files {
		es, err := readDictionary(f.r)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			cat := uint8(dictActor)
			switch {
			case f.kind == "international":
				cat = dictOrg
			case f.kind == "groups":
				cat = dictGroup
			case e.country:
				cat = dictPlace
			case e.person:
				cat = dictPerson
			}
			for _, ws := range e.names {
				add(ws, cat)
				if cat == dictPerson && len(ws) > 1 {
					add(ws[len(ws)-1:], dictSurname)
				}
			}
		}
	}
	return g, nil
}

// dictFile is the embedded dictionary gazetteer, built from PETRARCH2's
// actor dictionaries by TestWriteDictionaryGazetteer.
const dictFile = "models/dict.gaz.gz"

// dictionaryGazetteers reads the embedded dictionary gazetteer.
func dictionaryGazetteers() ([]*gazetteer, error) {
	b, err := modelFS.ReadFile(dictFile)
	if err != nil {
		return nil, err
	}
	return readGazetteers(bytes.NewReader(b))
}
