package parser

import (
	"strings"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// formCache memoizes what the parser reads of a word form with its tag:
// the hash of the lower-cased form, the tag's id and the hashes of the
// form's word cluster, all functions of the two strings. Looking them up
// again (a cluster lookup in a table of some megabytes, a hash over the
// form, a map lookup for the tag) costs more than one lookup in a map of
// the forms seen lately.
type formCache map[formKey]*formEntry

// formEntry is what a formCache holds of a form with its tag.
type formEntry struct {
	k word
	// role is the entry of k in the role cache when it was last looked
	// up there (a hint: entries are reused), or -1
	role int32
}

type formKey struct{ form, tag string }

// formWords is how many forms a formCache holds; a full cache starts over.
const formWords = 1 << 15

// word returns what the parser reads of form with tag; buf is scratch
// space, returned.
func (p *Parser) word(c formCache, form, tag string, buf []byte) (*formEntry, []byte) {
	if e, ok := c[formKey{form, tag}]; ok {
		return e, buf
	}
	var bits string
	if p.clu != nil {
		bits, buf = p.clu.LookupFold(form, buf)
	}
	k := word{
		w:  wordHash(form),
		p:  p.tagID(tag),
		c:  perceptron.NewHasher(2).Str(bits).Sum(),
		c4: perceptron.NewHasher(3).Str(bits[:min(4, len(bits))]).Sum(),
	}
	if len(c) >= formWords {
		clear(c)
	}
	// the keys are copies: form may be part of a large document's text
	e := &formEntry{k, -1}
	c[formKey{strings.Clone(form), strings.Clone(tag)}] = e
	return e, buf
}
