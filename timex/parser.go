package timex

// match is what a grammar rule recognised: tokens [start, end), the TIMEX3
// type and either a fixed value or a resolver that computes the value from
// the context (reference date, tense, previous expression).
type match struct {
	start, end int
	typ        string
	val        string
	fn         func(c *ctx) string
	abs        bool // an explicit calendar date of day precision
	rel        bool // relative to the reference date (quote anchoring applies)
	shifted    bool // a shift of the previous expression: not itself an anchor
	quarter    bool // names a quarter by its number: the quarter later anaphora refer to
	month, day int  // the month and day of a calendar date (0 when not one)
	year       int  // its explicit year, 0 when none
}

func lit(start, end int, typ, val string) (match, bool) {
	return match{start: start, end: end, typ: typ, val: val}, true
}

func res(start, end int, typ string, fn func(c *ctx) string) (match, bool) {
	return match{start: start, end: end, typ: typ, fn: fn, rel: true}, true
}

// parser holds the tokens of one text.
type parser struct {
	text string
	t    []token
}

// w is the lower-cased text of token i, "" out of range.
func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.t) {
		return ""
	}
	return p.t[i].low
}

// is reports whether token i is one of words.
func (p *parser) is(i int, words ...string) bool {
	w := p.w(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// adj reports whether token i exists and touches the previous token.
func (p *parser) adj(i int) bool { return i < len(p.t) && i > 0 && !p.t[i].space }

// isNum reports whether token i is a number.
func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.t) && p.t[i].kind == tNum }

// isWord reports whether token i is a word.
func (p *parser) isWord(i int) bool { return i >= 0 && i < len(p.t) && p.t[i].kind == tWord }

// ndig is the number of digits of number token i.
func (p *parser) ndig(i int) int { return p.t[i].end - p.t[i].start }

// dot skips a full stop touching token i-1 (as after "Sept").
func (p *parser) dot(i int) int {
	if p.w(i) == "." && p.adj(i) {
		return i + 1
	}
	return i
}

// hyphen skips a hyphen (or dash) between two touching tokens, or returns i.
func (p *parser) hyphen(i int) int {
	if (p.w(i) == "-" || p.w(i) == "–") && p.adj(i) && p.adj(i+1) {
		return i + 1
	}
	return i
}

// possessive skips "'s" touching the previous token.
func (p *parser) possessive(i int) int {
	if (p.w(i) == "'" || p.w(i) == "’") && p.adj(i) && p.w(i+1) == "s" && p.adj(i+1) {
		return i + 2
	}
	return i
}

// contextWords may stand before a bare month or season name.
var contextWords = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "from": true,
	"to": true, "through": true, "during": true, "before": true, "after": true, "early": true,
	"late": true, "mid": true, "last": true, "next": true, "this": true, "that": true, "each": true,
	"every": true, "-": true, "between": true, "and": true, "or": true, "throughout": true,
	"around": true, "for": true, "the": true, "past": true, "coming": true, "on": true,
	"beginning": true, "end": true, "middle": true, "start": true, "into": true, "about": true,
	"mid-": true, "earlier": true, "later": true, "as": true, "at": true, "within": true,
}

// find runs the grammar over all tokens, taking the longest match at each
// position, and returns the matches in text order.
func (p *parser) find(out []match) []match {
	for i := 0; i < len(p.t); {
		m, ok := p.at(i, 0)
		if ok && m.end > i {
			m = p.weekOf(m)
			out = append(out, m)
			i = m.end
			if m2, ok := p.coordinatedDay(m); ok {
				out = append(out, m2)
				i = m2.end
			}
			continue
		}
		i++
	}
	return out
}

// rules are tried at each position; the longest match wins, the first on
// ties.
var rules = []func(p *parser, i int) (match, bool){
	(*parser).clockTime,
	(*parser).numericDate,
	(*parser).monthDate,
	(*parser).weekdayDate,
	(*parser).holiday,
	(*parser).yearExpr,
	(*parser).decade,
	(*parser).century,
	(*parser).quarter,
	(*parser).season,
	(*parser).deictic,
	(*parser).relUnit,
	(*parser).ago,
	(*parser).refWord,
	(*parser).set,
	(*parser).durationExpr,
}

// at returns the longest match starting at token i, including a leading
// modifier ("early", "about", "the end of") when the rule allows it.
func (p *parser) at(i, depth int) (match, bool) {
	var best match
	if !p.mayStart(i) {
		return best, false
	}
	found := false
	for _, r := range rules {
		if m, ok := r(p, i); ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	if j, kind := p.prefix(i); j > i && depth < 3 {
		if m, ok := p.at(j, depth+1); ok && (!found || m.end > best.end) {
			if kind == modHalfOf {
				if d, ok := p.decade(j); ok && d.end == m.end {
					m.start = i // "the last half of the '80s": the decade
					return m, true
				}
			} else if kind == modPosition && (m.typ == "DATE" || m.typ == "TIME") ||
				kind == modApprox && m.typ != "SET" && p.countable(j) {
				m.start = i
				return m, true
			}
		}
	}
	return best, found
}

// Modifier kinds.
const (
	modNone     = iota
	modApprox   // about, nearly, more than
	modPosition // early, late, the end of
	modHalfOf   // the first half of, the last half of (a decade)
)

// countable reports whether token i can follow "about", "nearly": a
// number, a number word, "a", a clock word.
func (p *parser) countable(i int) bool {
	if p.isNum(i) {
		return true
	}
	w := p.w(i)
	_, num := numberWords[w]
	return num || w == "noon" || w == "midnight" || w == "half" || vagueQuantities[w]
}

// prefix recognises a modifier at i and returns the index after it.
func (p *parser) prefix(i int) (int, int) {
	switch p.w(i) {
	case "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "only", "just":
		if p.isNum(i+1) || p.is(i+1, "a", "an") || numberWords[p.w(i+1)] > 1 {
			return i + 1, modApprox
		}
		if p.w(i) == "around" || p.w(i) == "about" {
			return i + 1, modApprox
		}
	case "more", "less", "fewer":
		if p.w(i+1) == "than" {
			return i + 2, modApprox
		}
	case "at":
		if p.is(i+1, "least", "most") {
			return i + 2, modApprox
		}
	case "up":
		if p.w(i+1) == "to" && (p.isNum(i+2) || numberWords[p.w(i+2)] > 0) {
			return i + 2, modApprox
		}
	case "no":
		if p.is(i+1, "more", "less") && p.w(i+2) == "than" {
			return i + 3, modApprox
		}
	case "early", "late", "earlier", "later":
		return i + 1, modPosition
	case "mid":
		return p.hyphen(i + 1), modPosition
	case "the":
		if p.is(i+1, "end", "beginning", "start", "middle", "rest", "remainder", "turn", "close") && p.w(i+2) == "of" {
			return i + 3, modPosition
		}
		if p.is(i+1, "early", "late", "mid") {
			return p.hyphen(i + 2), modPosition
		}
		if p.is(i+1, "first", "second", "last", "latter") && p.w(i+2) == "half" && p.w(i+3) == "of" {
			return i + 4, modHalfOf
		}
	case "end", "beginning", "start", "middle":
		if p.w(i+1) == "of" {
			return i + 2, modPosition
		}
	}
	return i, modNone
}

// calendarDate marks m as the calendar date y-mo-d (y = 0: year-less).
func calendarDate(m match, y, mo, d int) match {
	m.abs, m.year, m.month, m.day = true, y, mo, d
	return m
}

// dateValue is the match for the calendar date y-mo-d over tokens [i, j).
func dateValue(i, j, y, mo, d int) match {
	var m match
	if y > 0 {
		m, _ = lit(i, j, "DATE", pad4(y)+"-"+pad2(mo)+"-"+pad2(d))
	} else {
		m, _ = res(i, j, "DATE", func(c *ctx) string { return c.monthDay(0, mo, d) })
	}
	return calendarDate(m, y, mo, d)
}

// afterDay are words that may follow the day of "April 24 and 25".
var afterDay = map[string]bool{
	"in": true, "at": true, "on": true, "for": true, "and": true, "the": true, "when": true,
	"while": true, "with": true, "to": true, "as": true, "after": true, "before": true,
	"respectively": true, "of": true, "that": true, "but": true, "or": true,
}

// coordinatedDay recognises the second day of "April 24 and 25", "May 3
// or 4": a bare day number after a calendar date and a conjunction.
func (p *parser) coordinatedDay(m match) (match, bool) {
	if m.month == 0 || !p.is(m.end, "and", "or") || !p.isNum(m.end+1) {
		return match{}, false
	}
	d, j, ok := p.dayAt(m.end + 1)
	if !ok || d <= m.day || !(j >= len(p.t) || p.t[j].kind == tPunct && p.w(j) != "%" && p.w(j) != "$" || afterDay[p.w(j)]) {
		return match{}, false
	}
	return dateValue(m.end+1, j, m.year, m.month, d), true
}

// weekOf widens a calendar date to "the week of March 6": the week it
// falls in.
func (p *parser) weekOf(m match) match {
	i := m.start
	if m.month == 0 || !(p.w(i-1) == "of" && p.w(i-2) == "week" && p.is(i-3, "the", "that")) {
		return m
	}
	day := m
	m.start = i - 3
	m.abs, m.month = false, 0
	m.fn = func(c *ctx) string {
		v := day.val
		if day.fn != nil {
			v = day.fn(c)
		}
		if t, u, ok := parsePoint(v); ok && u == uDay {
			return fmtWeek(t)
		}
		return v
	}
	return m
}

// sentenceInside reports whether the word before token i stands inside a
// sentence (a word precedes it on its line), so that its capital marks a
// name rather than a sentence start.
func (p *parser) sentenceInside(i int) bool {
	return i >= 2 && p.t[i-2].kind == tWord && !p.t[i-1].newline
}
