package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// closedClass are the tags of words that cannot be a name by themselves:
// a recognizer's one-word "name" so tagged is a capitalised function word
// ("Whatever", "Through").
var closedClass = map[string]bool{
	"IN": true, "DT": true, "CC": true, "PRP": true, "PRP$": true,
	"WDT": true, "WP": true, "WRB": true, "EX": true, "TO": true,
}

// adverbBefore are the tags of words that show a one-word "name" the
// tagger read as an adverb to be one: a sentence adverb before a comma, a
// pronoun, a determiner or an imperative ("Hopefully, this ...",
// "Obviously we ...", "Then show us."). Before other words the tagger may
// have misread a name ("Holly later said").
var adverbBefore = map[string]bool{",": true, "PRP": true, "DT": true, "EX": true, "VB": true}

// functionWord reports whether a one-token name span is a function word.
func functionWord(d *doc.Doc, s doc.Span) bool {
	if s.First < 0 || s.Last != s.First+1 || s.Last > len(d.Tokens) {
		return false
	}
	switch t := d.Tokens[s.First].Tag; {
	case closedClass[t]:
		return true
	case gerundOpening(d, s.First):
		return true
	case t == "RB":
		return s.Last < len(d.Tokens) && adverbBefore[d.Tokens[s.Last].Tag]
	}
	return false
}

// gerundOpening reports whether token i is a verb in -ing opening its
// sentence with a determiner after it ("Reading the ruling, the court
// president said"), which a recognizer may take for a town.
func gerundOpening(d *doc.Doc, i int) bool {
	t := d.Tokens[i]
	if !strings.HasSuffix(t.Text, "ing") || len(t.Text) < 6 || i+1 >= len(d.Tokens) || d.Sents[t.Sent].First != i {
		return false
	}
	switch strings.ToLower(d.Tokens[i+1].Text) {
	case "the", "a", "an", "his", "her", "its", "their", "this", "these":
		return true
	}
	return false
}
