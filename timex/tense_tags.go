package timex

// Tense from part-of-speech tags: the verb group that governs an
// expression is taken to be the nearest one to its left in the sentence
// ("will meet Bush on Thursday", "said Friday"), else the nearest one to
// its right ("On Friday, the government planned ..."). A verb group is a
// run of verbs, modals, "to" and adverbs; its tense comes from its first
// finite verb, with the usual future periphrases ("is to", "plans to",
// "is expected to") and perfects ("has said") resolved.

// verbalTag reports whether a Penn Treebank tag is part of a verb group.
func verbalTag(tag string) bool {
	switch tag {
	case "MD", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "TO":
		return true
	}
	return false
}

// verbTag reports whether a tag is a verb or modal (not "to" or an adverb).
func verbTag(tag string) bool { return tag == "MD" || len(tag) >= 2 && tag[:2] == "VB" }

// intentVerbs look ahead: what follows them is planned, not done.
var intentVerbs = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "schedule": true,
	"scheduled": true, "expect": true, "expects": true, "expected": true, "intend": true,
	"intends": true, "intended": true, "promise": true, "promised": true, "promises": true,
	"pledge": true, "pledged": true, "vow": true, "vowed": true, "vows": true,
	"prepare": true, "prepared": true, "preparing": true, "slated": true,
	"going": true, "hope": true, "hopes": true, "hoped": true, "threatened": true,
	"threatens": true, "postponed": true, "delayed": true, "deferred": true, "adjourned": true,
	"extended": true, "agree": true, "agrees": true, "agreed": true, "decide": true,
	"decides": true, "decided": true, "want": true, "wants": true, "wanted": true,
	"seek": true, "seeks": true, "sought": true, "aim": true, "aims": true, "aimed": true,
	"propose": true, "proposes": true, "proposed": true,
}

// intentNouns name a plan: what the infinitive after them describes lies
// ahead ("an agreement to acquire the bank in January").
var intentNouns = map[string]bool{
	"agreement": true, "plan": true, "proposal": true, "offer": true, "bid": true,
	"deal": true, "decision": true, "promise": true, "pledge": true, "commitment": true,
}

// perfectAux are forms of "have".
var perfectAux = map[string]bool{"has": true, "have": true, "had": true, "'ve": true, "ve": true}

// beForms are forms of "be".
var beForms = map[string]bool{"is": true, "are": true, "am": true, "was": true, "were": true, "s": true, "re": true}

// groupTense is the tense of the verb group of tokens [s, e); ok is false
// for groups without a finite verb (a bare participle or infinitive).
func (a *annotator) groupTense(s, e int) (int, bool) {
	toks := a.p.t
	first := -1 // first verb of the group
	for k := s; k < e; k++ {
		if verbTag(a.tags[k]) {
			first = k
			break
		}
	}
	if first < 0 {
		return 0, false
	}
	// future periphrases anywhere in the group
	for k := s; k < e; k++ {
		w := toks[k].low
		if a.tags[k] == "MD" {
			if k+1 < e && perfectAux[toks[k+1].low] {
				return past, true // would have done
			}
			switch w {
			case "can", "ca", "must", "could", "might", "should":
				return present, true
			}
			return future, true
		}
		if intentVerbs[w] && verbTag(a.tags[k]) {
			// "plans to", "is expected to": ahead; "planned", "had
			// expected": the plan is past, the date open
			if a.tags[first] == "VBN" && first == k {
				return 0, false // "a service planned for Saturday was canceled": the main verb decides
			}
			if a.tags[first] == "VBD" {
				return present, true
			}
			return future, true
		}
		if (beForms[w] || w == "set" || w == "due") && k+1 < e && a.tags[k+1] == "TO" {
			return future, true // is to resume, is set to open
		}
	}
	w := toks[first].low
	switch a.tags[first] {
	case "VBD":
		if perfectAux[w] || beForms[w] || first+1 >= e {
			return past, true
		}
		return past, true
	case "VBZ", "VBP":
		if perfectAux[w] {
			for k := first + 1; k < e; k++ {
				if a.tags[k] == "VBN" {
					return past, true // has said
				}
			}
		}
		return present, true
	case "VBN":
		if first == s || a.tags[first-1] != "TO" {
			return past, true // launched last week by ...
		}
	}
	return 0, false
}

// verbGroup returns the bounds of the verb group containing token k.
func (a *annotator) verbGroup(k, lo, hi int) (int, int) {
	in := func(i int) bool {
		return verbalTag(a.tags[i]) || a.tags[i] == "RB" && a.p.t[i].low != "ago" || a.p.t[i].low == "not" || a.p.t[i].low == "n't"
	}
	s, e := k, k+1
	for s > lo && in(s-1) {
		s--
	}
	for e < hi && in(e) {
		e++
	}
	return s, e
}

// tagTense is the tense of the clause around tokens [i, j) from the tags.
func (a *annotator) tagTense(i, j int) int {
	toks := a.p.t
	sent := a.sent[i]
	lo, hi := i, j
	for lo > 0 && a.sent[lo-1] == sent {
		lo--
	}
	for hi < len(toks) && a.sent[hi] == sent {
		hi++
	}
	const reach = 20
	// "plans to", "expected to", "due to", even when tagged as a noun
	intent := func(k int) bool {
		return (intentVerbs[toks[k].low] || intentNouns[toks[k].low] || toks[k].low == "due") && k+1 < hi && a.tags[k+1] == "TO" && a.tags[k] != "VBD"
	}
	// left
	for k := i - 1; k >= lo && k >= i-reach; k-- {
		if intent(k) {
			return future
		}
		if !verbTag(a.tags[k]) {
			continue
		}
		s, e := a.verbGroup(k, lo, i)
		if t, ok := a.groupTense(s, e); ok {
			return t
		}
		k = s
	}
	// right, as far as the main verb of a sentence opening with the
	// expression ("In January, a week after ..., a bombing killed")
	for k := j; k < hi && k < j+3*reach; k++ {
		if intent(k) {
			return future
		}
		if !verbTag(a.tags[k]) {
			continue
		}
		s, e := a.verbGroup(k, j, hi)
		if t, ok := a.groupTense(s, e); ok {
			return t
		}
		k = e - 1
	}
	return a.wordTense(i, j)
}
