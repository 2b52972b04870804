package tagger

import "strings"

// agentPlurals are endings of plural nouns for people that the model may
// take for adverbs when capitalised at the start of a sentence
// ("Protesters attacked the embassies").
var agentPlurals = []string{"ers", "ors", "ists", "ants", "ents"}

// pluralNotAdverb retags as a plural noun (NNS) a capitalised word the
// model called an adverb (RB) that ends like a plural noun for people and
// not like an adverb ("Protesters", not "Indoors" or "Afterwards").
func (t *Tagger) pluralNotAdverb(forms []string, tags []int) {
	nns, ok := t.tagID("NNS")
	if !ok {
		return
	}
	for i, f := range forms {
		if t.tags[tags[i]] != "RB" || len(f) < 6 || f[0] < 'A' || f[0] > 'Z' || strings.ToLower(f[1:]) != f[1:] {
			continue
		}
		if strings.HasSuffix(f, "doors") {
			continue
		}
		for _, s := range agentPlurals {
			if strings.HasSuffix(f, s) {
				tags[i] = nns
				break
			}
		}
	}
}
