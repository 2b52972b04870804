package tagger

import "strings"

// auxiliaries are the forms of the verbs a participle follows in a passive
// or perfect ("were killed", "has struck").
var auxiliaries = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "'re": true, "has": true, "have": true, "had": true, "having": true, "'ve": true, "'d": true,
	"get": true, "gets": true, "got": true, "gotten": true, "getting": true,
}

// maxAuxiliary is the length of the longest of auxiliaries, so that
// longer words need no lower-casing to be ruled out.
const maxAuxiliary = len("getting")

// toVerbs are past forms whose complement opens with "to" ("the factions
// agreed to a ceasefire"), which a passive participle seldom has.
var toVerbs = map[string]bool{
	"agreed": true, "vowed": true, "pledged": true, "refused": true, "decided": true, "promised": true,
	"threatened": true, "planned": true, "wanted": true, "tried": true, "failed": true, "voted": true,
	"offered": true, "declined": true, "appealed": true,
}

// objectStart are the tags that open a noun phrase right after a verb.
var objectStart = map[string]bool{"DT": true, "PRP$": true, "CD": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "JJ": true, "PRP": true}

// finiteVerb retags as a past tense (VBD) a participle (VBN) that can only
// be the sentence's main verb: right after its subject, before its object,
// with no auxiliary before it and no finite verb anywhere in the sentence
// ("Israeli jets struck targets in Gaza", where the model, having seen
// "jets" mostly before passives in headlines, says VBN). A reduced relative
// clause ("soldiers killed in the attack were buried") has a finite verb
// elsewhere and keeps its participle.
func (t *Tagger) finiteVerb(forms []string, tags []int) {
	vbn := -1
	for i, y := range tags {
		switch tag := t.tags[y]; tag {
		case "VBD", "VBZ", "VBP", "MD":
			return
		case "VBN":
			if vbn < 0 {
				vbn = i
			}
		}
		if vbn < 0 && len(forms[i]) <= maxAuxiliary && auxiliaries[strings.ToLower(forms[i])] && t.tags[y] != "POS" {
			return
		}
	}
	if vbn < 1 || vbn+1 >= len(tags) {
		return
	}
	switch t.tags[tags[vbn-1]] {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
	default:
		return
	}
	if !objectStart[t.tags[tags[vbn+1]]] && !(toVerbs[strings.ToLower(forms[vbn])] && strings.ToLower(forms[vbn+1]) == "to") {
		return
	}
	if y, ok := t.tagIndex("VBD"); ok {
		tags[vbn] = y
	}
}

// tagIndex returns the class of a tag.
func (t *Tagger) tagIndex(tag string) (int, bool) {
	for i, s := range t.tags {
		if s == tag {
			return i, true
		}
	}
	return 0, false
}
