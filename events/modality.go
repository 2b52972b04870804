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
		if sp.Kind != doc.KindTime || sp.First < s.First || sp.First >= s.Last || len(sp.Value) != 10 || sp.Value[4] != '-' {
			continue
		}
		dist := sp.First - m.first
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = sp.Value, dist
		}
	}
	if best != "" {
		return best, true
	}
	return x.narr[si], false
}

// modal words and what they make of an event.
var (
	futureWords       = map[string]bool{"will": true, "'ll": true, "shall": true, "plan": true, "plans": true, "planned": true, "intend": true, "intends": true, "scheduled": true, "expected": true, "going": true, "upcoming": true, "next": true, "later": true, "soon": true}
	negationWords     = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "without": true, "failed": true, "refused": true, "declined": true}
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
		case futureWords[w]:
			mode = "future"
		case (w == "had") && mode == "":
			mode = "historical"
		}
	}
	if mode != "" {
		return mode
	}
	if t, err := time.Parse("2006-01-02", date); err == nil && !d.Published.IsZero() {
		switch {
		case t.After(d.Published):
			return "future"
		case d.Published.Sub(t) > 30*24*time.Hour:
			return "historical"
		}
	}
	return ""
}

// apply sets type, code, mode and scores from the CAMEO code and the
// modality. As PLOVER asks, a future meeting, visit or cooperation is
// coded as AGREE (an expressed intent), a future RETREAT or CONCEDE keeps
// its type, and a future attack is a THREATEN.
func (x *context) apply(e *candidate, mode string, m match) {
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
	if e.Type == "CONSULT" && (code == "040" || code == "046") && e.Loc == nil {
		// a meeting hosted in the actor's country is a visit; decided in
		// merge once the location is known
	}
}
