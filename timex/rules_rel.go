package timex

import "strings"

// deictic recognises days named from the reference date or the previous
// expression: "today", "yesterday morning", "the day after tomorrow",
// "last night", "this afternoon", "tonight", "the next day", "that day".
func (p *parser) deictic(i int) (match, bool) {
	w := p.w(i)
	podOf := func(j int) (string, int) {
		if code, j2, ok := p.podAt(j); ok {
			return code, j2
		}
		return "", j
	}
	mk := func(end, n int, pod string) (match, bool) {
		typ := "DATE"
		if pod != "" {
			typ = "TIME"
		}
		return res(i, end, typ, func(c *ctx) string {
			v := c.day(n)
			if pod != "" {
				v += "T" + pod
			}
			return v
		})
	}
	if w == "mid" {
		// "by mid afternoon", "mid-afternoon yesterday"
		k := p.hyphen(i + 1)
		if code, j, ok := p.podAt(k); ok && p.w(k) != "night" {
			n := 0
			if d, ok := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[p.w(j)]; ok {
				n, j = d, j+1
			}
			return mk(j, n, code)
		}
	}
	if code, j, ok := p.podAt(i); ok && p.is(j, "yesterday", "today", "tomorrow") {
		// "late afternoon yesterday", "the evening today"
		return mk(j+1, map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[p.w(j)], code)
	}
	switch w {
	case "then":
		if p.w(i+1) == "current" || p.w(i+1) == "-" && p.w(i+2) == "current" {
			return lit(i, p.hyphen(i+1)+1, "DATE", "PAST_REF") // "the then current price"
		}
	case "today", "yesterday", "tomorrow":
		n := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[w]
		j := p.possessive(i + 1)
		if j > i+1 && w != "yesterday" && genericNow[p.w(j)] {
			return match{}, false // "today's world": the present age
		}
		if w == "tomorrow" && p.w(i-1) == "of" && !partOfDayOrEnd[p.w(i-2)] {
			return match{}, false // "the people of tomorrow"
		}
		if w == "today" && p.t[i].cap && i > 0 && p.t[i-1].cap && p.t[i-1].kind == tWord && !p.t[i].newline &&
			p.sentenceInside(i) && weekdays[p.w(i-1)] == 0 && months[p.w(i-1)] == 0 {
			return match{}, false // "USA Today", "VOA Today": a title
		}
		pod, j := podOf(j)
		return mk(j, n, pod)
	case "tonight":
		return mk(p.possessive(i+1), 0, "NI")
	case "last":
		if p.w(i+1) == "night" {
			return mk(i+2, -1, "NI")
		}
	case "this":
		if code, j, ok := p.podAt(i + 1); ok && p.w(i+1) != "night" {
			return mk(j, 0, code)
		}
	case "the":
		// "today is the fifth day of the strike", "it's the second day"
		if d := ordinals[p.w(i+1)]; d > 0 && p.w(i+2) == "day" && p.is(i-1, "is", "s") {
			return mk(i+3, 0, "")
		}
		// the day before yesterday, the day after tomorrow
		if p.w(i+1) == "day" && p.w(i+2) == "before" && p.w(i+3) == "yesterday" {
			return mk(i+4, -2, "")
		}
		if p.w(i+1) == "day" && p.w(i+2) == "after" && p.w(i+3) == "tomorrow" {
			return mk(i+4, 2, "")
		}
		// the next day, the following morning, the previous day, the same day
		n, ok := 0, true
		switch p.w(i + 1) {
		case "next", "following":
			n = 1
		case "previous", "preceding", "prior":
			n = -1
		case "same":
			n = 0
		default:
			ok = false
		}
		if ok {
			if p.w(i+2) == "day" {
				return p.anaphoricDay(i, i+3, n, "")
			}
			if code, j, ok := p.podAt(i + 2); ok {
				return p.anaphoricDay(i, j, n, code)
			}
		}
		// the day before, the day after, the night before
		if p.w(i+1) == "day" || p.w(i+1) == "night" || p.w(i+1) == "morning" {
			if p.is(i+2, "before", "after", "earlier") && p.endsPhrase(i+3) {
				n := 1
				if p.w(i+2) != "after" {
					n = -1
				}
				code := ""
				if p.w(i+1) != "day" {
					code = partsOfDay[p.w(i+1)]
				}
				return p.anaphoricDay(i, i+3, n, code)
			}
		}
	case "that":
		if p.w(i+1) == "day" {
			return p.anaphoricDay(i, i+2, 0, "")
		}
		if p.w(i+1) == "same" && p.w(i+2) == "day" {
			return p.anaphoricDay(i, i+3, 0, "")
		}
		if code, j, ok := p.podAt(i + 1); ok {
			return p.anaphoricDay(i, j, 0, code)
		}
	}
	return match{}, false
}

// partOfDayOrEnd may stand before "of tomorrow" in a date ("the end of
// tomorrow", "the morning of tomorrow").
var partOfDayOrEnd = map[string]bool{
	"end": true, "morning": true, "afternoon": true, "evening": true, "night": true,
	"start": true, "beginning": true, "rest": true, "part": true,
}

// genericNow are words after "today's" that make it mean the present age
// rather than the day.
var genericNow = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "young": true,
	"kids": true, "children": true, "standards": true, "personal": true, "modern": true,
	"technology": true, "consumers": true, "parents": true, "teenagers": true, "students": true,
	"culture": true, "global": true, "environment": true, "climate": true,
}

// endsPhrase reports whether token i ends a phrase: punctuation, the end
// of text or a conjunction.
func (p *parser) endsPhrase(i int) bool {
	if i >= len(p.t) {
		return true
	}
	if p.t[i].kind == tPunct {
		return true
	}
	switch p.w(i) {
	case "and", "or", "but", "when", "as", "while", "he", "she", "they", "it", "we", "i", "the", "in", "at", "on":
		return true
	}
	return false
}

// anaphoricDay is a day n days from the previous expression.
func (p *parser) anaphoricDay(i, end, n int, pod string) (match, bool) {
	typ := "DATE"
	if pod != "" {
		typ = "TIME"
	}
	m, ok := res(i, end, typ, func(c *ctx) string {
		t, u, ok := c.anchor()
		if !ok {
			return "XXXX-XX-XX"
		}
		var v string
		switch {
		case u == uMonth && c.prevNear:
			// "last October ... that same day": a day of that month
			v = format(t, uMonth) + "-XX"
		case u == uYear && c.prevNear:
			v = format(t, uYear) + "-XX-XX"
		case u > uDay && c.hasRef:
			v = fmtDay(c.ref.AddDate(0, 0, n))
		default:
			v = fmtDay(t.AddDate(0, 0, n))
		}
		if pod != "" {
			v += "T" + pod
		}
		return v
	})
	m.rel = false
	return m, ok
}

// relUnits are the units that "this", "last", "next" combine with.
var relUnits = map[string]int{
	"week": uWeek, "weekend": uWeekend, "month": uMonth, "year": uYear,
	"decade": uDecade, "century": uCentury, "millennium": uMillennium,
}

// relUnit recognises "this year", "last month", "next week", "the past
// year", "the following year", "that year", "the weekend", "year-end",
// "the end of the month" (with its prefix), "this year's".
func (p *parser) relUnit(i int) (match, bool) {
	k := i
	n := 0
	anaph := false // relative to the previous expression
	det := p.w(i)
	switch det {
	case "this", "current":
		k++
	case "last":
		n, k = -1, k+1
	case "next":
		n, k = 1, k+1
	case "past":
		n, k = -1, k+1
	case "coming", "upcoming":
		n, k = 1, k+1
	case "that":
		anaph, k = true, k+1
	case "the", "a":
		k++
		switch p.w(k) {
		case "past", "last":
			n, k = -1, k+1
		case "coming", "upcoming":
			n, k = 1, k+1
		case "next":
			n, k = 1, k+1
			if p.w(k) != "year" {
				anaph = true
			}
		case "current", "present":
			k++
		case "previous", "prior", "preceding":
			n, k, anaph = -1, k+1, true
		case "following", "subsequent":
			n, k, anaph = 1, k+1, true
		case "same":
			k, anaph = k+1, true
		case "latest", "most":
			if p.w(k) == "most" {
				if p.w(k+1) != "recent" {
					return match{}, false
				}
				k++
			}
			n, k = -1, k+1
		default:
			if det == "a" {
				return match{}, false
			}
			// "the year", "the month" only after "the end of", "earlier in" ...
			if det == "the" && (p.w(k) == "year" || p.w(k) == "fiscal" && p.w(k+1) == "year" || p.is(k, "full", "current", "entire", "whole") && p.w(k+1) == "year") {
				y := k
				for p.w(y) != "year" {
					y++
				}
				if p.is(y+1, "ended", "ending", "ends", "ahead", "before", "after", "earlier") {
					if p.is(y+1, "ended", "ending", "ends") {
						return lit(i, y+1, "DURATION", "P1Y")
					}
					return match{}, false
				}
				if p.is(i-1, "for", "during", "throughout", "of") || p.w(k) != "year" {
					return res(i, y+1, "DATE", func(c *ctx) string { return c.rel(uYear, 0) })
				}
			}
			if !(p.is(i-1, "of", "in") && p.is(i-2, "end", "beginning", "start", "middle", "rest", "remainder", "earlier", "later", "early", "late", "turn", "close", "part", "half")) {
				if p.w(k) == "weekend" {
					return p.weekend(i, k+1)
				}
				return match{}, false
			}
		}
	case "year", "month":
		// year-end, year end, month-end
		j := p.hyphen(i + 1)
		if j == i+1 && det == "year" {
			j = p.possessive(j) // "by year's end"
		}
		if p.w(j) == "end" && (p.isWord(j+1) && p.adj(j+1)) == false {
			u := relUnits[det]
			return res(i, j+1, "DATE", func(c *ctx) string { return c.rel(u, 0) })
		}
		return match{}, false
	case "weekend":
		return match{}, false
	default:
		return match{}, false
	}
	if p.w(k) == "fiscal" {
		k++
	}
	u, ok := relUnits[p.w(k)]
	if !ok || p.t[k].cap {
		return match{}, false // "This Week" is a title
	}
	if u == uWeekend && !anaph && det != "the" || u == uWeekend && det == "the" && n == 0 && !anaph {
		if det == "the" && n == 0 {
			return p.weekend(i, k+1)
		}
	}
	j := p.possessive(k + 1)
	if p.isWord(j) && p.adj(j) && p.w(j-1) != "s" {
		return match{}, false // "year-old"
	}
	// "the past year" as a date; "the last year" likewise
	if (det == "past" || det == "coming") && !p.is(i-1, "the", "this") {
		return match{}, false
	}
	if anaph {
		m, ok := res(i, j, "DATE", func(c *ctx) string {
			if c.prevUnit == uNone {
				return c.rel(u, n)
			}
			return c.anaphoric(u, n, false)
		})
		m.rel = false
		return m, ok
	}
	return res(i, j, "DATE", func(c *ctx) string {
		if u == uWeekend {
			return c.rel(uWeekend, n)
		}
		return c.rel(u, n)
	})
}

// weekend resolves "the weekend": the last one in a past clause, else the
// coming one.
func (p *parser) weekend(i, end int) (match, bool) {
	end = p.possessive(end)
	return res(i, end, "DATE", func(c *ctx) string {
		if !c.hasRef {
			return "XXXX-WXX-WE"
		}
		wd := int(c.ref.Weekday()+6)%7 + 1
		if c.tense == past && wd < 6 {
			return format(c.ref.AddDate(0, 0, -7), uWeekend)
		}
		return format(c.ref, uWeekend)
	})
}

// agoWords introduce offsets: "two years ago", "a year earlier".
var agoWords = map[string]int{
	"ago": -1, "earlier": -1, "before": -1, "back": -1, "previously": -1,
	"later": 1, "after": 1, "hence": 1, "afterward": 1, "afterwards": 1,
}

func agoWordsAll(w string) bool {
	_, ok := agoWords[w]
	return ok || w == "from"
}

// ago recognises "two days ago", "a year earlier", "three weeks later",
// "several years ago", "10 years from now".
func (p *parser) ago(i int) (match, bool) {
	k := i
	n, half, j, ok := p.cardinal(k)
	vague, bare := false, false // bare: a plural unit without a count ("years ago")
	if !ok {
		// bare plural: "years ago", "months earlier"
		if u, ok2 := units[p.w(k)]; ok2 && len(p.w(k)) > 3 && p.w(k)[len(p.w(k))-1] == 's' {
			_ = u
			n, j, vague, bare = -1, k, true, true
		} else {
			return match{}, false
		}
	}
	if n < 0 {
		vague = true
	}
	j = p.hyphen(j)
	unit, ok := units[p.w(j)]
	if !ok || unit == uSecond && p.w(k) == "a" {
		return match{}, false
	}
	j++
	if half {
		return match{}, false
	}
	dirWord := p.w(j)
	if p.w(i-1) == "in" && !vague && unit >= uDay && !agoWordsAll(dirWord) {
		// "in three weeks": a date in a future clause, else a duration
		return res(i, j, "DATE", func(c *ctx) string {
			if c.tense != future || !c.hasRef {
				return duration(n, unit, false)
			}
			g := unit
			if g == uWeek || g == uWeekend {
				g = uDay
			}
			return format(shift(c.ref, unit, n), g)
		})
	}
	if p.w(j) == "or" && p.w(j+1) == "so" && agoWordsAll(p.w(j+2)) {
		j += 2 // "a week or so ago"
		dirWord = p.w(j)
	}
	dir, ok := agoWords[dirWord]
	end := j + 1
	fromNow := false
	if ok && dirWord != "ago" && dirWord != "earlier" && dirWord != "back" && dirWord != "previously" &&
		!bare && (vague || (dirWord == "before" || dirWord == "after") && end < len(p.t) && p.t[end].kind != tPunct) {
		// "a few days later", "twenty years after the launch": the
		// length of the interval is the expression, the word after it a
		// signal
		return lit(i, j, "DURATION", duration(n, unit, false))
	}
	if !ok {
		if p.w(j) == "from" && p.w(j+1) == "now" {
			dir, end, fromNow = 1, j+2, true
		} else {
			return match{}, false
		}
	}
	if (dirWord == "before" || dirWord == "after") && !p.endsPhrase(end) {
		return match{}, false
	}
	if dirWord == "back" && !p.endsPhrase(end) {
		return match{}, false
	}
	if vague {
		val := "PAST_REF"
		if dir > 0 {
			val = "FUTURE_REF"
		}
		return lit(i, end, "DATE", val)
	}
	anaph := dirWord != "ago" && dirWord != "back" && !fromNow && dirWord != "hence"
	if (dirWord == "later" || dirWord == "earlier" && unit <= uDay) && unit <= uWeek {
		// "three days later" is annotated as the duration "three days"
		return lit(i, j, "DURATION", duration(n, unit, false))
	}
	g := unit
	if g < uDay {
		g = uDay
	}
	if g == uWeekend {
		g = uWeek
	}
	m, ok := res(i, end, "DATE", func(c *ctx) string {
		if unit == uYear && n == 1 && c.hasQ {
			// "a year ago" in a text about a quarter: that quarter a year back
			return format(shift(c.lastQ, uYear, dir), uQuarter)
		}
		if anaph && c.prevUnit != uNone && c.prevUnit < uYear {
			if unit == uYear && c.prevUnit == uQuarter || c.prevUnit < g && c.prevUnit >= uDay {
				return format(shift(c.prev, unit, dir*n), c.prevUnit)
			}
			return format(shift(c.prev, unit, dir*n), g)
		}
		if !c.hasRef {
			return unknownAt(g)
		}
		if unit == uYear && n == 1 && c.prevUnit == uQuarter && c.prevNear {
			return format(shift(c.prev, uYear, dir), uQuarter)
		}
		return format(shift(c.ref, unit, dir*n), g)
	})
	if anaph {
		m.rel = false
	}
	m.shifted = true
	return m, ok
}

// refPhrases are fixed expressions with a reference value, by first word.
var refPhrases = map[string][]struct {
	words []string
	val   string
}{
	"now":       {{nil, "PRESENT_REF"}},
	"right":     {{[]string{"now"}, "PRESENT_REF"}},
	"currently": {{nil, "PRESENT_REF"}},
	"nowadays":  {{nil, "PRESENT_REF"}},
	"presently": {{nil, "PRESENT_REF"}},
	"these":     {{[]string{"days"}, "PRESENT_REF"}},
	"at":        {{[]string{"present"}, "PRESENT_REF"}},
	"current":   {{nil, "PRESENT_REF"}},
	"recently":  {{nil, "PAST_REF"}},
	"lately":    {{nil, "PAST_REF"}},
	"formerly":  {{nil, "PAST_REF"}},
	"more":      {{[]string{"recently"}, "PAST_REF"}},
	"someday":   {{nil, "FUTURE_REF"}},
	"future":    {{[]string{"years"}, "FUTURE_REF"}, {[]string{"quarters"}, "FUTURE_REF"}},
	"the": {
		{[]string{"near", "future"}, "FUTURE_REF"}, {[]string{"distant", "future"}, "FUTURE_REF"},
		{[]string{"future"}, "FUTURE_REF"}, {[]string{"near", "term"}, "FUTURE_REF"},
		{[]string{"short", "term"}, "FUTURE_REF"}, {[]string{"long", "term"}, "FUTURE_REF"},
		{[]string{"medium", "term"}, "FUTURE_REF"}, {[]string{"past"}, "PAST_REF"},
		{[]string{"present"}, "PRESENT_REF"},
	},
	"a":    {{[]string{"later", "date"}, "FUTURE_REF"}},
	"past": {{[]string{"years"}, "PAST_REF"}},
}

// refWord recognises "now", "currently", "recently", "the future", "the
// past", "the near term", "recent years".
func (p *parser) refWord(i int) (match, bool) {
	switch p.w(i) {
	case "recent":
		// "in recent years": an unspecified stretch up to now
		if u, ok := units[p.w(i+1)]; ok && u >= uDay && len(p.w(i+1)) > 3 && strings.HasSuffix(p.w(i+1), "s") {
			return lit(i, i+2, "DURATION", duration(-1, u, false))
		}
	case "a", "some":
		// "for a while", "for some time": an unspecified stretch
		if p.is(i-1, "for", "after", "in") && (p.w(i) == "a" && p.w(i+1) == "while" || p.w(i) == "some" && p.w(i+1) == "time" && p.w(i-1) == "for") {
			return lit(i, i+2, "DURATION", "PXX")
		}
	case "one":
		// "Islam will one day be": some day ahead
		if p.w(i+1) == "day" && p.is(i-1, "will", "would", "could", "may", "might", "can", "shall") {
			return lit(i, i+2, "DATE", "FUTURE_REF")
		}
	}
	cands, ok := refPhrases[p.w(i)]
	if !ok || !p.isWord(i) {
		return match{}, false
	}
	for _, c := range cands {
		j := i + 1
		okc := true
		for _, w := range c.words {
			if p.w(j) != w {
				okc = false
				break
			}
			j++
		}
		if !okc {
			continue
		}
		last := p.w(j - 1)
		// "the past two years", "the past year" are not PAST_REF.
		if last == "past" {
			if _, _, _, ok := p.cardinal(j); ok || units[p.w(j)] > 0 || p.isWord(j) && p.adj(j) {
				return match{}, false
			}
		}
		// "current" and "future" are adjectives: they need a noun after them
		if (last == "current" || last == "recent") && len(c.words) == 0 {
			if !p.isWord(j) || p.t[j].cap || p.adj(j) {
				return match{}, false
			}
		}
		if last == "now" && p.adj(j) && p.w(j) == "-" {
			return match{}, false
		}
		return lit(i, j, "DATE", c.val)
	}
	return match{}, false
}
