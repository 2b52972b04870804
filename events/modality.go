package events

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline/doc"
)

// date returns the event's date: the full date written in its sentence
// nearest the trigger; else, inside a quotation, the date the narration
// is at (when the words were said); else the narrative date. The second
// result says whether the date was written for this event.
func (x *context) date(si int, m match) (string, bool) {
	d := x.d
	s := d.Sents[si]
	best, bestDist := "", 1<<30
	for _, sp := range d.Spans {
		day := dayOf(sp.Value)
		if sp.Kind != doc.KindTime || sp.First < s.First || sp.First >= s.Last || day == "" || x.inNounClause(sp, m) {
			continue
		}
		dist := sp.First - m.first
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = day, dist
		}
	}
	if best != "" {
		return best, true
	}
	// a month or a year ("in 2008", "last March") dates the event coarsely
	for _, sp := range d.Spans {
		if sp.Kind == doc.KindTime && sp.First >= s.First && sp.First < s.Last && strings.HasPrefix(sp.Source, "timex:DATE") && x.framesClause(sp, s.First) && !x.inNounClause(sp, m) && !x.ofParticiple(sp, m) {
			if _, _, ok := period(sp.Value); ok && len(sp.Value) < 10 {
				return sp.Value, true
			}
		}
	}
	return x.narr[si], false
}

// period returns the first and last day of a date value YYYY, YYYY-MM or
// YYYY-MM-DD.
func period(v string) (time.Time, time.Time, bool) {
	switch len(v) {
	case 4:
		t, err := time.Parse("2006", v)
		return t, t.AddDate(1, 0, -1), err == nil
	case 7:
		t, err := time.Parse("2006-01", v)
		return t, t.AddDate(0, 1, -1), err == nil
	case 10:
		t, err := time.Parse("2006-01-02", v)
		return t, t, err == nil
	}
	return time.Time{}, time.Time{}, false
}

// modal words and what they make of an event.
var (
	futureWords       = map[string]bool{"will": true, "'ll": true, "shall": true, "plan": true, "plans": true, "planned": true, "intend": true, "intends": true, "scheduled": true, "expected": true, "expects": true, "expect": true, "going": true, "upcoming": true, "next": true, "later": true, "soon": true}
	negationWords     = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "without": true, "failed": true, "refused": true, "declined": true}
	proposalWords     = map[string]bool{"propose": true, "proposes": true, "proposed": true, "suggest": true, "suggests": true, "suggested": true, "recommend": true, "recommends": true, "recommended": true}
	hypotheticalWords = map[string]bool{"if": true, "would": true, "could": true, "might": true, "may": true, "should": true, "unless": true, "whether": true, "can": true}
)

// modality decides whether the event happened now: "future",
// "hypothetical", "negation", "historical" or "" (it did).
func (x *context) modality(si int, m match, date string) string {
	d := x.d
	s := d.Sents[si]
	if m.t.intent {
		return "" // an intention stated now is itself the event
	}
	start := m.first - 5
	if start < s.First {
		start = s.First
	}
	mode := ""
	for k := start; k < m.first; k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		switch {
		case negationWords[w]:
			return "negation"
		case hypotheticalWords[w] && mode == "":
			mode = "hypothetical"
		case futureWords[w], (w == "set" || w == "due") && k+1 < m.first && strings.EqualFold(d.Tokens[k+1].Text, "to"):
			mode = "future"
		case (w == "had") && mode == "" && !x.backshift(s.First, k):
			mode = "historical"
		}
	}
	if mode != "" {
		return mode
	}
	// "has proposed that neutral countries mediate": a proposal, not a fact
	for k := m.first - 1; k >= s.First && k >= m.first-12; k-- {
		if w := strings.ToLower(d.Tokens[k].Text); proposalWords[w] && k+1 < m.first && strings.EqualFold(d.Tokens[k+1].Text, "that") {
			return "hypothetical"
		}
	}
	if first, last, ok := period(date); ok && !d.Published.IsZero() {
		switch {
		case first.After(d.Published):
			return "future"
		case d.Published.Sub(last) > 30*24*time.Hour:
			return "historical"
		}
	}
	return ""
}

// backshift reports whether the past perfect at token k is the tense of
// reported speech ("the White House said Biden had urged Netanyahu"):
// a verb of saying in the past comes before it in its sentence, so the
// act is recent news, not background.
func (x *context) backshift(lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-10; j-- {
		if pastSaying(x.d.Tokens[j].Text) {
			return true
		}
	}
	// further away, when the parse makes the clause what was said
	// ("Pakistan said the strikes killed 26 civilians ... and that its
	// air force had shot down five Indian aircraft")
	v := x.d.Tokens[k].Head
	for hops := 0; v >= lo && hops < 3; hops++ {
		switch baseRel(x.d.Tokens[v].Dep) {
		case "ccomp", "parataxis", "conj":
		default:
			return false
		}
		v = x.d.Tokens[v].Head
		if v >= lo && pastSaying(x.d.Tokens[v].Text) {
			return true
		}
	}
	return false
}

// pastSaying reports whether a word is a verb of saying in the past.
func pastSaying(w string) bool {
	switch strings.ToLower(w) {
	case "said", "told", "added", "reported", "announced", "stated", "confirmed", "claimed":
		return true
	}
	return false
}

// apply sets type, code, mode and scores from the CAMEO code and the
// modality. As PLOVER asks, a future meeting, visit or cooperation is
// coded as AGREE (an expressed intent), a future RETREAT or CONCEDE keeps
// its type, and a future attack is a THREATEN.
func (x *context) apply(e *candidate, mode string) {
	code := e.Cameo
	if mode == "future" {
		switch cameo[code].plover {
		case "CONSULT":
			code, mode = "036", ""
		case "COOPERATE":
			code, mode = "031", ""
		case "AID":
			code, mode = "033", ""
		case "SUPPORT":
			code, mode = "032", ""
		case "ASSAULT":
			code, mode = "138", ""
		case "COERCE", "SANCTION":
			code, mode = "130", ""
		}
	}
	info := cameo[code]
	e.Cameo = code
	e.Type = info.plover
	e.Mode = info.mode
	if info.context != "" {
		e.Context = []string{info.context}
	}
	e.Goldstein = info.goldstein
	e.QuadClass = quadClass(code)
	e.AuxMode = mode
}

// calendarDay reports whether v is a full TIMEX3 date, YYYY-MM-DD.
func calendarDay(v string) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i, c := range v {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// dayOf returns the calendar day a TIMEX3 value falls on: the value itself
// when it is a day, the day of a time of day ("2023-05-05TMO" for "Friday
// morning", "2023-05-05T14:00"), else "".
func dayOf(v string) string {
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	if calendarDay(v) {
		return v
	}
	return ""
}

// framesClause reports whether a time expression dates the clause ("In
// 2008, ...", "until March") rather than a noun ("the 2016 agreement");
// "since 2019" starts a period that lasts to now and dates nothing.
func (x *context) framesClause(sp doc.Span, start int) bool {
	if sp.First <= start {
		return sp.First == start
	}
	switch strings.ToLower(x.d.Tokens[sp.First-1].Text) {
	case "in", "during", "until", "by", "from", "on", "last", "early", "late":
		return true
	}
	return false
}

// inNounClause reports whether a time expression belongs to a clause that
// modifies a noun rather than to the trigger's own clause: "Germany
// released Vadim Krasikov, a Russian convicted of murdering a man in
// 2019" is not dated 2019. It climbs from the expression's head to the
// trigger or the root and looks for a clausal modifier of a noun on the
// way.
func (x *context) inNounClause(sp doc.Span, m match) bool {
	d := x.d
	if !x.parsed(d.Tokens[sp.First].Sent) {
		return false
	}
	a := x.anchor(m)
	h := sp.Last - 1
	for hops := 0; h >= 0 && hops < 12; hops++ {
		if h == a || h >= m.first && h < m.last {
			return false
		}
		if baseRel(d.Tokens[h].Dep) == "acl" {
			// the trigger inside the same modifier clause is its own
			// ("the attack carried out in 2019")
			for t, n := a, 0; t >= 0 && n < 12; t, n = d.Tokens[t].Head, n+1 {
				if t == h {
					return false
				}
			}
			return true
		}
		h = d.Tokens[h].Head
	}
	return false
}

// ofParticiple reports whether a year or month belongs to a participle
// other than the trigger, the background of someone named ("released
// Vadim Krasikov, a Russian convicted of murdering a man in 2019"): the
// first verb above the expression is a participle whose subtree does not
// hold the trigger.
func (x *context) ofParticiple(sp doc.Span, m match) bool {
	d := x.d
	if !x.parsed(d.Tokens[sp.First].Sent) {
		return false
	}
	a := x.anchor(m)
	h := d.Tokens[sp.Last-1].Head
	for hops := 0; h >= 0 && hops < 8 && !strings.HasPrefix(d.Tokens[h].Tag, "VB"); hops++ {
		h = d.Tokens[h].Head
	}
	if h < 0 || h == a || (d.Tokens[h].Tag != "VBG" && d.Tokens[h].Tag != "VBN") {
		return false
	}
	for t, n := a, 0; t >= 0 && n < 12; t, n = d.Tokens[t].Head, n+1 {
		if t == h {
			return false
		}
	}
	return true
}
