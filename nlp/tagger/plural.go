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

// nounAdjectives are words that are nouns when nothing follows them in
// their noun phrase: "an official at the ministry", "a Chinese national
// was arrested", "the chief said".
var nounAdjectives = map[string]bool{"official": true, "chief": true, "national": true, "individual": true}

// adjectiveAsNoun retags as a noun (NN) one of nounAdjectives the model
// called an adjective (JJ) when it ends its noun phrase: a determiner,
// possibly with adjectives, comes before it, and no noun or adjective
// after it.
func (t *Tagger) adjectiveAsNoun(forms []string, tags []int) {
	nn, ok := t.tagID("NN")
	if !ok {
		return
	}
	for i, f := range forms {
		if !nounAdjectives[strings.ToLower(f)] || t.tags[tags[i]] != "JJ" || i == 0 {
			continue
		}
		j := i - 1
		for j > 0 && t.tags[tags[j]] == "JJ" {
			j--
		}
		if t.tags[tags[j]] != "DT" {
			continue
		}
		if i+1 < len(forms) {
			switch next := t.tags[tags[i+1]]; {
			case strings.HasPrefix(next, "NN"), strings.HasPrefix(next, "JJ"), next == "HYPH", next == "CD":
				continue
			}
		}
		tags[i] = nn
	}
}
