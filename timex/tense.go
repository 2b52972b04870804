package timex

// futureWords mark a future clause.
var futureWords = map[string]bool{
	"will": true, "shall": true, "ll": true, "would": true, "going": true, "plans": true,
	"plan": true, "scheduled": true, "upcoming": true, "tomorrow": true, "intends": true,
	"slated": true, "wo": true,
}

// pastWords mark a past clause.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "ago": true, "last": true,
	"yesterday": true, "said": true, "told": true, "went": true, "came": true, "took": true,
	"gave": true, "made": true, "met": true, "began": true, "fell": true, "rose": true,
	"won": true, "lost": true, "left": true, "held": true, "saw": true, "found": true,
	"got": true, "led": true, "sold": true, "bought": true, "paid": true, "brought": true,
	"thought": true, "became": true, "kept": true, "struck": true, "spoke": true, "wrote": true,
	"broke": true, "chose": true, "fought": true, "flew": true, "grew": true, "knew": true,
	"sent": true, "spent": true, "stood": true, "threw": true, "built": true, "felt": true,
	"heard": true, "meant": true, "shot": true, "sought": true, "earlier": true, "since": true,
	"ended": true, "earned": true, "reported": true, "posted": true, "announced": true,
	"killed": true, "died": true, "arrived": true, "signed": true, "agreed": true, "wasn": true,
	"didn": true, "hadn": true, "weren": true, "ran": true, "hit": false, "fled": true,
	"lay": false, "drew": true, "ate": true, "slid": true, "sank": true, "shrank": true,
}

// presentWords mark a present clause.
var presentWords = map[string]bool{
	"is": true, "are": true, "am": true, "has": true, "have": true, "does": true, "do": true,
	"says": true, "now": true, "isn": true, "aren": true, "doesn": true, "remains": true,
	"today": false,
}

// edNotPast are -ed words that are not past verbs.
var edNotPast = map[string]bool{
	"need": true, "based": true, "speed": true, "indeed": true, "hundred": true, "proceed": true,
	"succeed": true, "exceed": true, "red": true, "bed": true, "fed": true, "united": true,
	"limited": true, "related": true, "detailed": true, "expected": true, "scheduled": true,
	"planned": true, "proposed": true, "shed": true, "feed": true, "seed": true, "weed": true,
	"breed": true, "greed": true, "deed": true, "bleed": true, "bred": true, "reed": true,
	"advanced": true, "interested": true, "concerned": true, "involved": true, "used": true,
	"supposed": true, "required": true, "listed": true, "owned": true, "named": true,
	"dated": true, "unnamed": true, "armed": true, "allied": true, "assumed": true,
	"increased": false, "biased": true, "talked": false, "heated": true,
}

// tense guesses the tense of the clause around tokens [i, j): from the
// part-of-speech tags when the text was tagged, else from the nearest
// tense marker word.
func (a *annotator) tense(i, j int) int {
	if len(a.tags) == len(a.p.t) {
		return a.tagTense(i, j)
	}
	return a.wordTense(i, j)
}

// wordTense guesses the tense of the clause around tokens [i, j) from the
// nearest tense marker word within the sentence.
func (a *annotator) wordTense(i, j int) int {
	toks := a.p.t
	s := a.sent[i]
	for d := 1; d <= 15; d++ {
		l := i - d
		if l >= 0 && a.sent[l] == s {
			if t, ok := tenseOf(toks, l); ok && !(t == past && passive(toks, l)) {
				return t
			}
		}
		r := j - 1 + d
		if r < len(toks) && a.sent[r] == s {
			if t, ok := tenseOf(toks, r); ok && !(t == past && passive(toks, r)) {
				return t
			}
		}
	}
	return present
}

// passive reports whether the participle at i follows "be", "been",
// "being" or "to": its tense is that of an auxiliary further left.
func passive(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "be", "been", "being", "to":
		return true
	}
	return false
}

// tenseOf is the tense a token marks, if any.
func tenseOf(toks []token, i int) (int, bool) {
	t := &toks[i]
	if t.kind != tWord {
		return 0, false
	}
	w := t.low
	switch {
	case futureWords[w]:
		if w == "ll" && (i == 0 || toks[i-1].low != "'" && toks[i-1].low != "’") {
			return 0, false
		}
		return future, true
	case pastWords[w]:
		return past, true
	case presentWords[w]:
		return present, true
	case len(w) > 4 && w[len(w)-2:] == "ed" && !edNotPast[w] && !t.cap:
		return past, true
	}
	return 0, false
}
