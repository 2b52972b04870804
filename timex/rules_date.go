package timex

import "strconv"

// notYearAfter are words that, following a four-digit number, show it is a
// quantity rather than a year.
var notYearAfter = map[string]bool{
	"%": true, "percent": true, "per": true, "shares": true, "people": true, "points": true,
	"miles": true, "feet": true, "foot": true, "meters": true, "metres": true, "tons": true,
	"tonnes": true, "units": true, "cars": true, "jobs": true, "employees": true,
	"barrels": true, "votes": true, "troops": true, "soldiers": true, "dollars": true,
	"yen": true, "marks": true, "pounds": true, "francs": true, "acres": true, "kilometers": true,
	"km": true, "workers": true, "members": true, "students": true, "copies": true, "homes": true,
	"words": true, "pages": true, "rooms": true, "beds": true, "square": true, "cubic": true,
	"gallons": true, "ounces": true, "lb": true, "kg": true, "mph": true, "hp": true, "x": true,
	"times": true, "calories": true, "degrees": true, "deaths": true, "cases": true,
	"stores": true, "plants": true, "officers": true, "police": true, "residents": true,
	"prisoners": true, "patients": true, "children": true, "men": true, "women": true,
	"were": true, "have": true, "are": true, "more": true, "others": true, "million": true,
	"billion": true, "and": false,
}

// notYearBefore are words that, preceding a four-digit number, show it is
// not a year.
var notYearBefore = map[string]bool{
	"$": true, "#": true, "no": true, "number": true, "page": true, "room": true, "flight": true,
	"route": true, "highway": true, "us$": true, "£": true, "€": true, "¥": true, "about": true,
	"than": true, "nearly": true, "almost": true, "some": true, "approximately": true,
	"roughly": true, "only": true, "just": true, "over": true, "dow": true, "at": true,
	"to": true, "model": true, "resolution": true, "boeing": true, "apollo": true, "suite": true,
	"box": true, "rule": true, "section": true, "article": true, "chapter": true, "item": true,
	"version": true, "interstate": true, "i": true, "pc": true,
}

// yearPreps are words after which a number from 1000 on is a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "of": true, "from": true, "until": true, "till": true,
	"by": true, "before": true, "after": true, "during": true, "circa": true, "year": true,
	"fiscal": true, "early": true, "late": true, "mid": true, "-": true, "between": true,
	"through": true, "throughout": true,
}

// yearNum recognises a four-digit year at i and returns it and the index
// after it. strict demands the checks for a bare year.
func (p *parser) yearNum(i int, strict bool) (int, int, bool) {
	if !p.isNum(i) || p.ndig(i) != 4 {
		return 0, i, false
	}
	y := p.t[i].num
	if y < 1000 || y > 2099 {
		return 0, i, false
	}
	// part of a larger number or a code: 1,990 / 1990.5 / 1990:12 / 12/1990 / $1990
	if p.adj(i) && (p.is(i-1, ",", ".", ":", "/", "$", "#", "£", "€") || p.isNum(i-1) || p.isWord(i-1)) {
		return 0, i, false
	}
	j := i + 1
	if p.adj(j) && (p.is(j, ",", ".", ":", "/", "%") && p.isNum(j+1) && p.adj(j+1) || p.is(j, "%") || p.isWord(j) && p.w(j) != "s") {
		return 0, i, false
	}
	if strict {
		// "from 1991 to 1997", "between 1994 and 1997": the second of a range of years
		rangeEnd := p.is(i-1, "to", "and", "through") && p.isNum(i-2) && p.ndig(i-2) == 4 && p.is(i-3, "from", "between") ||
			p.w(i-1) == "to" && p.is(i-2, "dating", "dates", "date", "dated", "back") // "dating back to 1994"
		if !rangeEnd && notYearBefore[p.w(i-1)] || notYearAfter[p.w(j)] && !yearPreps[p.w(i-1)] && !rangeEnd {
			return 0, i, false
		}
		if p.w(i-1) == "s" && p.is(i-2, "'", "’") && p.isWord(j) && p.t[j].cap && months[p.w(j)] == 0 && weekdays[p.w(j)] == 0 {
			return 0, i, false // "Kopp's 1987 Chevrolet": a model year
		}
		if y < 1900 && !yearPreps[p.w(i-1)] {
			return 0, i, false
		}
		if y > 2040 && !yearPreps[p.w(i-1)] {
			return 0, i, false
		}
	}
	return y, j, true
}

// yearAt recognises a year after a month or day: four digits, '98, or a
// spelled year.
func (p *parser) yearAt(i int) (int, int, bool) {
	if y, j, ok := p.yearNum(i, false); ok {
		return y, j, true
	}
	if (p.w(i) == "'" || p.w(i) == "’") && p.isNum(i+1) && p.adj(i+1) && p.ndig(i+1) == 2 && !(p.w(i+2) == "s" && p.adj(i+2)) {
		return 1900 + p.t[i+1].num, i + 2, true
	}
	return p.spelledYear(i)
}

// spelledYear recognises "nineteen ninety-one", "two thousand".
func (p *parser) spelledYear(i int) (int, int, bool) {
	hi := 0
	switch p.w(i) {
	case "nineteen":
		hi = 19
	case "eighteen":
		hi = 18
	case "two":
		if p.w(i+1) == "thousand" {
			j := i + 2
			if p.w(j) == "and" {
				j++
			}
			if n, k := p.smallNumber(j); n > 0 && n < 100 {
				return 2000 + n, k, true
			}
			return 2000, i + 2, true
		}
		return 0, i, false
	case "twenty":
		hi = 20
	default:
		return 0, i, false
	}
	j := i + 1
	if p.w(j) == "hundred" {
		return hi * 100, j + 1, true
	}
	n, k := p.smallNumber(j)
	if n < 10 || n > 99 {
		return 0, i, false
	}
	return hi*100 + n, k, true
}

// smallNumber parses a spelled number below 100 ("ninety-one", "twelve");
// it returns 0 and i when there is none.
func (p *parser) smallNumber(i int) (int, int) {
	w := p.w(i)
	n, ok := numberWords[w]
	if !ok || w == "a" || w == "an" || n >= 100 {
		return 0, i
	}
	j := i + 1
	if tensWords[w] {
		k := p.hyphen(j)
		if u, ok := numberWords[p.w(k)]; ok && u > 0 && u < 10 && p.w(k) != "a" && p.w(k) != "an" {
			return n + u, k + 1
		}
	}
	return n, j
}

// monthAt recognises a month name at i; it returns the month and the
// index after it (and its full stop).
func (p *parser) monthAt(i int) (int, int, bool) {
	if !p.isWord(i) {
		return 0, i, false
	}
	w := p.t[i].low
	m, ok := months[w]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if monthAbbrevs[w] {
		j = p.dot(j)
		if !p.t[i].cap || j == i+1 && !p.isNum(j) {
			return 0, i, false
		}
	}
	return m, j, true
}

// dayAt recognises a day of the month: 20, 20th, twentieth.
func (p *parser) dayAt(i int) (int, int, bool) {
	if p.isNum(i) {
		if p.ndig(i) > 2 {
			return 0, i, false
		}
		d := p.t[i].num
		if d < 1 || d > 31 {
			return 0, i, false
		}
		j := i + 1
		if p.adj(j) && ordinalSuffixes[p.w(j)] {
			j++
		} else if p.adj(j) && (p.is(j, "%", "/", "-") || p.w(j) == ":" && p.isNum(j+1) && p.adj(j+1) || p.isWord(j) || p.w(j) == "." && p.isNum(j+1) || p.w(j) == "," && p.isNum(j+1) && p.adj(j+1)) {
			return 0, i, false
		}
		return d, j, true
	}
	w := p.w(i)
	if d, ok := ordinals[w]; ok && d > 0 {
		return d, i + 1, true
	}
	if tensWords[w] {
		k := p.hyphen(i + 1)
		if d, ok := ordinals[p.w(k)]; ok && d > 0 && d < 10 {
			return numberWords[w] + d, k + 1, true
		}
	}
	return 0, i, false
}

// weekdayAt recognises a weekday name at i.
func (p *parser) weekdayAt(i int) (int, int, bool) {
	if !p.isWord(i) {
		return 0, i, false
	}
	w := p.t[i].low
	wd, ok := weekdays[w]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if !weekdayFull[w] {
		if !p.t[i].cap || !(p.w(j) == "." && p.adj(j)) {
			return 0, i, false
		}
		j++
	}
	return wd, j, true
}

// optComma skips a comma at i.
func (p *parser) optComma(i int) int {
	if p.w(i) == "," {
		return i + 1
	}
	return i
}

// numericDate recognises 2017-11-20, 11/20/2017, 11/20/17 and 20.11.2017.
func (p *parser) numericDate(i int) (match, bool) {
	if !p.isNum(i) || p.adj(i) && (p.isNum(i-1) || p.is(i-1, "/", "-", ".", "$")) {
		return match{}, false
	}
	if !(p.isNum(i+2) && p.isNum(i+4) && p.adj(i+1) && p.adj(i+2) && p.adj(i+3) && p.adj(i+4)) {
		return match{}, false
	}
	sep := p.w(i + 1)
	if sep != p.w(i+3) || !(sep == "-" || sep == "/" || sep == ".") {
		return match{}, false
	}
	if p.adj(i+5) && (p.isNum(i+5) || p.is(i+5, "-", "/") && p.isNum(i+6)) {
		return match{}, false
	}
	a, b, c := p.t[i].num, p.t[i+2].num, p.t[i+4].num
	var y, m, d int
	switch {
	case p.ndig(i) == 4 && sep != ".":
		y, m, d = a, b, c
	case p.ndig(i+4) == 4 || p.ndig(i+4) == 2:
		y = c
		if p.ndig(i+4) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		if sep == "/" && a <= 12 {
			m, d = a, b
		} else {
			d, m = a, b
		}
	default:
		return match{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2099 {
		return match{}, false
	}
	mm, ok := lit(i, i+5, "DATE", pad4(y)+"-"+pad2(m)+"-"+pad2(d))
	mm.abs = true
	return mm, ok
}

// monthDate recognises dates with a month name: "November 20, 2017",
// "Monday, Nov. 20", "20 November", "the 20th of November", "November
// 1995", "January this year", "last November" and a bare "November".
func (p *parser) monthDate(i int) (match, bool) {
	k := i
	dir, hasDir := 0, false
	if wd, j, ok := p.weekdayAt(i); ok {
		_ = wd
		k = p.optComma(j)
	} else if p.is(i, "last", "next", "this", "each", "every") {
		k = i + 1
		hasDir = true
		switch p.w(i) {
		case "last":
			dir = -1
		case "next":
			dir = 1
		case "each", "every":
			dir = 2
		}
	}
	// Month first.
	if m, j, ok := p.monthAt(k); ok {
		if hasDir {
			if _, _, ok := p.dayAt(j); ok || !p.t[k].cap {
				return match{}, false
			}
			switch dir {
			case 2:
				return lit(i, j, "SET", "XXXX-"+pad2(m))
			case 0:
				return res(i, j, "DATE", func(c *ctx) string {
					if !c.hasRef {
						return "XXXX-" + pad2(m)
					}
					return pad4(c.ref.Year()) + "-" + pad2(m)
				})
			}
			return res(i, j, "DATE", func(c *ctx) string {
				if !c.hasRef {
					return "XXXX-" + pad2(m)
				}
				y, rm := c.ref.Year(), int(c.ref.Month())
				if dir < 0 && m >= rm {
					y--
				}
				if dir > 0 && m <= rm {
					y++
				}
				return pad4(y) + "-" + pad2(m)
			})
		}
		if d, j2, ok := p.dayAt(j); ok && (p.isNum(j) || p.t[k].cap) && (p.t[k].cap || m != 5 && m != 3) {
			j3 := p.optComma(j2)
			if y, j4, ok := p.yearAt(j3); ok {
				return dateValue(i, j4, y, m, d), true
			}
			return dateValue(i, j2, 0, m, d), true
		}
		if !p.t[k].cap {
			return match{}, false
		}
		j3 := j
		if p.w(j3) == "of" || p.w(j3) == "," {
			j3++
		}
		if y, j4, ok := p.yearAt(j3); ok {
			return lit(i, j4, "DATE", pad4(y)+"-"+pad2(m))
		}
		if p.is(j, "this", "last", "next") && p.w(j+1) == "year" {
			n := map[string]int{"this": 0, "last": -1, "next": 1}[p.w(j)]
			return res(i, j+2, "DATE", func(c *ctx) string {
				if !c.hasRef {
					return "XXXX-" + pad2(m)
				}
				return pad4(c.ref.Year()+n) + "-" + pad2(m)
			})
		}
		if k > i {
			return match{}, false // a weekday and a bare month
		}
		// A bare month: "may", "march", "august" need support.
		w := p.t[k].low
		prev := p.w(i - 1)
		if w == "may" || w == "march" || w == "august" {
			if !contextWords[prev] || prev == "-" || prev == "and" || prev == "or" || prev == "to" {
				return match{}, false
			}
		} else if p.t[k].newline && !contextWords[prev] && p.isWord(j) && !p.t[j].cap {
			// A capitalised word at the start of a line followed by lower case is likely a name.
		}
		return res(i, j, "DATE", func(c *ctx) string { return c.month(0, m) })
	}
	// Day first: "20 November", "the 20th of November".
	k2 := k
	if p.w(k2) == "the" {
		k2++
	}
	d, j, ok := p.dayAt(k2)
	if !ok || hasDir {
		return match{}, false
	}
	if p.w(j) == "of" {
		j++
	}
	m, j2, ok := p.monthAt(j)
	if !ok || !p.t[j].cap {
		return match{}, false
	}
	j3 := p.optComma(j2)
	if y, j4, ok := p.yearAt(j3); ok {
		return dateValue(i, j4, y, m, d), true
	}
	return dateValue(i, j2, 0, m, d), true
}

// podAt recognises a part of the day after a day expression.
func (p *parser) podAt(i int) (string, int, bool) {
	if code, ok := partsOfDay[p.w(i)]; ok && p.w(i) != "overnight" && p.w(i) != "daytime" {
		return code, i + 1, true
	}
	return "", i, false
}

// weekdayDate recognises "Friday", "last Friday", "Friday's", "Friday
// morning", "Tuesdays" (a set), "each Thursday" (a set).
func (p *parser) weekdayDate(i int) (match, bool) {
	k := i
	dir := 0
	anaph := false // "the previous Friday": counted from the day in context
	switch p.w(i) {
	case "last", "past":
		dir, k = -1, i+1
	case "the":
		if p.is(i+1, "previous", "preceding", "prior") {
			dir, k, anaph = -1, i+2, true
		} else if p.is(i+1, "following", "next") {
			dir, k, anaph = 1, i+2, true
		}
	case "next", "coming":
		dir, k = 1, i+1
	case "this", "that":
		k = i + 1
		if p.is(k, "past") {
			dir, k = -1, k+1
		} else if p.is(k, "coming") {
			dir, k = 1, k+1
		}
	case "each", "every":
		if wd, j, ok := p.weekdayAt(i + 1); ok {
			val := "XXXX-WXX-" + strconv.Itoa(wd)
			if code, j2, ok := p.podAt(j); ok {
				return lit(i, j2, "SET", val+"T"+code)
			}
			return lit(i, j, "SET", val)
		}
		return match{}, false
	}
	// Plural weekdays are sets: "on Tuesdays", "Tuesday nights" handled below.
	if w := p.w(k); len(w) > 6 && w[len(w)-1] == 's' && weekdayFull[w] && weekdays[w[:len(w)-1]] > 0 {
		wd := weekdays[w[:len(w)-1]]
		return lit(k, k+1, "SET", "XXXX-WXX-"+strconv.Itoa(wd))
	}
	wd, j, ok := p.weekdayAt(k)
	if !ok {
		return match{}, false
	}
	if k == i && (p.is(i-1, "until", "till") || p.w(i-1) == "as" && p.w(i-2) == "soon") {
		dir = 2 // a deadline lies ahead
	}
	if !p.t[k].cap && k == i {
		// lower-case weekday names are fine, but not in all-caps headers
	}
	if j2 := p.possessive(j); j2 > j {
		j = j2
		if dir == 0 {
			dir = -2 // "Friday's trading": a day that has been
		}
	}
	// "Tuesday nights" is a set.
	if p.w(j) == "nights" || p.w(j) == "mornings" || p.w(j) == "evenings" || p.w(j) == "afternoons" {
		code := partsOfDay[p.w(j)[:len(p.w(j))-1]]
		return lit(k, j+1, "SET", "XXXX-WXX-"+strconv.Itoa(wd)+"T"+code)
	}
	if p.is(j, "and", "or") && dir == 0 {
		// "on Monday and Tuesday nights": both recur
		if wd2, j2, ok := p.weekdayAt(j + 1); ok && wd2 > 0 && p.is(j2, "nights", "mornings", "evenings", "afternoons") {
			code := partsOfDay[p.w(j2)[:len(p.w(j2))-1]]
			return lit(k, j, "SET", "XXXX-WXX-"+strconv.Itoa(wd)+"T"+code)
		}
	}
	pod := ""
	if code, j2, ok := p.podAt(j); ok {
		pod, j = code, j2
	}
	typ := "DATE"
	if pod != "" {
		typ = "TIME"
	}
	return res(i, j, typ, func(c *ctx) string {
		v := ""
		if anaph && c.prevUnit == uDay {
			c2 := *c
			c2.ref, c2.hasRef = c.prev, true
			v = c2.weekday(wd, dir)
		} else {
			v = c.weekday(wd, dir)
		}
		if pod != "" {
			v += "T" + pod
		}
		return v
	})
}

// holidays maps holiday names to fixed month-days or computed rules.
var holidays = map[string][2]int{
	"christmas": {12, 25}, "halloween": {10, 31}, "valentine": {2, 14},
	"thanksgiving": {11, -4}, // fourth Thursday
	"easter":       {0, 0},
}

// nthWeekday is the n-th (n < 0: last) weekday wd (ISO) of a month.
func nthWeekday(y, m, wd, n int) int {
	if n > 0 {
		first := date(y, m, 1)
		fw := int(first.Weekday()+6)%7 + 1
		return 1 + (wd-fw+7)%7 + 7*(n-1)
	}
	last := date(y, m+1, 0)
	lw := int(last.Weekday()+6)%7 + 1
	return last.Day() - (lw-wd+7)%7
}

// easter is the day of Easter Sunday (Gregorian) as month, day.
func easter(y int) (int, int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// holiday recognises named days: Christmas, Thanksgiving, Election Day,
// New Year's Day, Labor Day, Independence Day, Easter.
func (p *parser) holiday(i int) (match, bool) {
	k := i
	dir := 0
	if p.is(i, "last", "next", "this") {
		k++
		dir = map[string]int{"last": -1, "next": 1, "this": 0}[p.w(i)]
	}
	if !p.isWord(k) || !p.t[k].cap {
		return match{}, false
	}
	var calc func(y int) (int, int)
	j := k + 1
	switch p.w(k) {
	case "christmas":
		calc = func(int) (int, int) { return 12, 25 }
		if p.w(j) == "eve" {
			calc = func(int) (int, int) { return 12, 24 }
			j++
		} else if p.w(j) == "day" {
			j++
		}
	case "new":
		if p.w(j) == "year" {
			j2 := p.possessive(j + 1)
			if p.w(j2) == "day" {
				calc, j = func(int) (int, int) { return 1, 1 }, j2+1
			} else if p.w(j2) == "eve" {
				calc, j = func(int) (int, int) { return 12, 31 }, j2+1
			}
		}
	case "thanksgiving":
		calc = func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) }
		if p.w(j) == "day" {
			j++
		}
	case "election":
		if p.w(j) == "day" {
			calc, j = func(y int) (int, int) { return 11, nthWeekday(y, 11, 1, 1) + 1 }, j+1
		}
	case "labor", "labour":
		if p.w(j) == "day" {
			calc, j = func(y int) (int, int) { return 9, nthWeekday(y, 9, 1, 1) }, j+1
		}
	case "memorial":
		if p.w(j) == "day" {
			calc, j = func(y int) (int, int) { return 5, nthWeekday(y, 5, 1, -1) }, j+1
		}
	case "independence":
		if p.w(j) == "day" {
			calc, j = func(int) (int, int) { return 7, 4 }, j+1
		}
	case "halloween":
		calc = func(int) (int, int) { return 10, 31 }
	case "easter":
		calc = easter
		if p.w(j) == "sunday" || p.w(j) == "day" {
			j++
		}
	case "valentine":
		j2 := p.possessive(j)
		if p.w(j2) == "day" {
			calc, j = func(int) (int, int) { return 2, 14 }, j2+1
		}
	}
	if calc == nil {
		return match{}, false
	}
	if y, j2, ok := p.yearAt(p.optComma(j)); ok && dir == 0 {
		m, d := calc(y)
		mm, _ := lit(i, j2, "DATE", pad4(y)+"-"+pad2(m)+"-"+pad2(d))
		return mm, true
	}
	return res(i, j, "DATE", func(c *ctx) string {
		if !c.hasRef {
			return "XXXX-XX-XX"
		}
		y := c.ref.Year()
		m, d := calc(y)
		t := date(y, m, d)
		switch {
		case dir < 0 && !t.Before(c.ref), dir == 0 && c.tense == past && t.Sub(c.ref).Hours() > 24*7:
			y--
		case dir > 0 && !t.After(c.ref), dir == 0 && c.tense == future && c.ref.Sub(t).Hours() > 24*7:
			y++
		}
		m, d = calc(y)
		return pad4(y) + "-" + pad2(m) + "-" + pad2(d)
	})
}

// yearExpr recognises years: "1998", "fiscal 1989", "the year 2000",
// "nineteen ninety-one", "1990's" (possessive).
func (p *parser) yearExpr(i int) (match, bool) {
	k := i
	switch p.w(i) {
	case "fiscal":
		k = i + 1
		if p.w(k) == "year" {
			k++
		}
	case "fy":
		k = i + 1
	case "the":
		if p.w(i+1) == "year" {
			k = i + 2
		}
	case "year":
		k = i + 1
	}
	if y, j, ok := p.yearNum(k, k == i); ok {
		if p.w(j) == "s" && p.adj(j) {
			return match{}, false
		}
		return lit(i, j, "DATE", pad4(y))
	}
	if y, j, ok := p.spelledYear(k); ok && (k > i || p.w(i-1) == "in" || p.w(i-1) == "of" || p.is(k, "nineteen", "eighteen") && y%100 >= 20 && units[p.w(j)] == 0 && !p.isNum(j) && p.w(j) != "-") {
		// "nineteen ninety-six" is a year wherever it stands
		return lit(i, j, "DATE", pad4(y))
	}
	return match{}, false
}

// decade recognises "the 1990s", "the '80s", "the nineties", "the
// nineteen-eighties".
func (p *parser) decade(i int) (match, bool) {
	k := i
	if p.w(k) == "the" {
		k++
	}
	if p.isNum(k) && p.ndig(k) == 4 && p.t[k].num%10 == 0 {
		y := p.t[k].num
		j := k + 1
		if p.adj(j) && (p.w(j) == "'" || p.w(j) == "’") && p.w(j+1) == "s" && p.adj(j+1) {
			j++
		}
		if p.w(j) == "s" && p.adj(j) && !p.isWord(j+1) || p.w(j) == "s" && p.adj(j) && !p.adj(j+1) {
			if y%100 == 0 && y%1000 != 0 {
				return lit(i, j+1, "DATE", pad4(y)[:2]) // the 1900s
			}
			return lit(i, j+1, "DATE", pad4(y)[:3])
		}
		return match{}, false
	}
	if (p.w(k) == "'" || p.w(k) == "’") && p.isNum(k+1) && p.adj(k+1) && p.ndig(k+1) == 2 && p.t[k+1].num%10 == 0 && p.w(k+2) == "s" && p.adj(k+2) {
		dd := p.t[k+1].num / 10
		return res(i, k+3, "DATE", func(c *ctx) string {
			cent := 19
			if c.hasRef && c.ref.Year()%100 < dd*10 && c.ref.Year() >= 2000 {
				cent = c.ref.Year()/100 - 1
			} else if c.hasRef && c.ref.Year() >= 2000 {
				cent = c.ref.Year() / 100
				if dd*10 > c.ref.Year()%100 {
					cent--
				}
			}
			return strconv.Itoa(cent) + strconv.Itoa(dd)
		})
	}
	j := k
	cent := 0
	if p.w(j) == "nineteen" || p.w(j) == "eighteen" {
		cent = numberWords[p.w(j)]
		j = p.hyphen(j + 1)
		if j == k+1 {
			j = k + 1
		}
	}
	if dd, ok := decadeWords[p.w(j)]; ok && (k > i || cent > 0) {
		if cent == 0 {
			cent = 19
		}
		return lit(i, j+1, "DATE", strconv.Itoa(cent)+strconv.Itoa(dd))
	}
	return match{}, false
}

// century recognises "the 20th century", "the eleventh century".
func (p *parser) century(i int) (match, bool) {
	k := i
	if p.w(k) == "the" {
		k++
	}
	n, j := 0, k
	if p.isNum(k) && p.ndig(k) <= 2 && ordinalSuffixes[p.w(k+1)] && p.adj(k+1) {
		n, j = p.t[k].num, k+2
	} else if d, j2, ok := p.dayAt(k); ok && !p.isNum(k) {
		n, j = d, j2
	}
	j = p.hyphen(j)
	if n < 1 || n > 30 || p.w(j) != "century" {
		return match{}, false
	}
	return lit(i, j+1, "DATE", pad2(n-1))
}

// quarterOrd recognises the ordinal of a quarter or half.
func (p *parser) quarterOrd(i int) (int, int) {
	if d, ok := ordinals[p.w(i)]; ok && d != 0 && d <= 4 {
		return d, i + 1
	}
	if p.w(i) == "final" {
		return -1, i + 1
	}
	if p.isNum(i) && p.ndig(i) == 1 && ordinalSuffixes[p.w(i+1)] && p.adj(i+1) {
		return p.t[i].num, i + 2
	}
	return 0, i
}

// quarter recognises quarters and halves: "the third quarter",
// "third-quarter", "the fourth quarter of 1990", "next year's first
// quarter", "the year-earlier quarter", "the first half", "Q3".
func (p *parser) quarter(i int) (match, bool) {
	k := i
	if p.is(k, "the", "its", "their", "his", "her", "our", "a", "this", "that", "last", "next", "same", "current", "latest", "previous", "preceding", "comparable", "recent", "most", "fiscal", "calendar", "year", "year-ago", "year-earlier", "its", "first", "second", "third", "fourth", "final") {
	} else if !p.isNum(k) {
		return match{}, false
	}
	if p.is(k, "the", "its", "their", "his", "her", "our", "a") {
		k++
	}
	yearOff, yearAbs, anaph := 0, 0, false // anaph: refers to the quarter in context
	suffix := false                        // the year follows: "the quarter a year ago"
	switch {
	case p.is(k, "this", "last", "next") && p.w(k+1) == "year" && p.possessive(k+2) > k+2:
		yearOff = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(k)]
		k = p.possessive(k + 2)
		yearAbs = 1 << 30 // relative year
	case p.isNum(k):
		if y, j, ok := p.yearNum(k, false); ok {
			yearAbs, k = y, p.possessive(j)
		}
	case p.w(k) == "year" && p.hyphen(k+1) > k+1 && p.is(k+2, "ago", "earlier"):
		yearOff, k, anaph = -1, k+3, true
		yearAbs = 1 << 30
	case p.w(k) == "year" && p.is(k+1, "ago", "earlier"):
		yearOff, k, anaph = -1, k+2, true
		yearAbs = 1 << 30
	}
	if p.is(k, "fiscal", "calendar") {
		k = p.hyphen(k + 1)
		if y, j, ok := p.yearNum(k, false); ok && yearAbs == 0 {
			yearAbs, k = y, j
		}
	}
	rel, hasRel, latest := 0, false, false
	switch p.w(k) {
	case "this", "current", "present":
		rel, hasRel = 0, true
		k++
	case "last", "previous", "preceding", "prior":
		if p.is(k+1, "quarter") {
			rel, hasRel = -1, true
			k++
		}
	case "next", "coming", "following":
		rel, hasRel = 1, true
		k++
	case "same", "comparable", "corresponding":
		anaph = true
		k++
	case "latest", "recent":
		latest = true
		k++
	case "most":
		if p.w(k+1) == "recent" {
			latest = true
			k += 2
		}
	case "that":
		anaph = true
		k++
	}
	if p.is(k, "fiscal", "calendar") {
		k = p.hyphen(k + 1)
	}
	q, j := p.quarterOrd(k)
	half := false
	var unitEnd int
	if q != 0 {
		j2 := p.hyphen(j)
		switch p.w(j2) {
		case "quarter", "quarters":
			unitEnd = j2 + 1
		case "half":
			half, unitEnd = true, j2+1
			if q == -1 {
				q = 2
			}
			if q > 2 {
				return match{}, false
			}
		default:
			// "the first two quarters"
			if q == 1 && p.w(j2) == "two" && p.w(j2+1) == "quarters" {
				half, unitEnd, q = true, j2+2, 1
			} else {
				return match{}, false
			}
		}
		if q == -1 {
			q = 4
		}
	} else if p.w(k) == "q" && p.isNum(k+1) && p.adj(k+1) && p.t[k+1].num >= 1 && p.t[k+1].num <= 4 && p.ndig(k+1) == 1 {
		q, unitEnd = p.t[k+1].num, k+2
	} else if p.w(k) == "quarter" && (k > i) || p.w(k) == "period" && (latest || anaph || yearAbs > 0) {
		unitEnd = k + 1
		if !hasRel && !latest {
			anaph = true
		}
	} else if yearOff == -1 && anaph && k > i && p.isWord(k) {
		// "year-earlier results", "year-ago profit"
		unitEnd = k
	} else {
		return match{}, false
	}
	if p.isWord(unitEnd) && p.adj(unitEnd) || p.hyphen(unitEnd) > unitEnd && p.isWord(unitEnd+1) {
		// "quarter-century", "quarter-to-quarter"
		return match{}, false
	}
	if q == 0 && p.w(unitEnd-1) == "quarter" && p.w(unitEnd) == "of" && p.is(unitEnd-2, "a", "one") {
		// "more than a quarter of the market": a fraction
		return match{}, false
	}
	if p.isWord(unitEnd) && p.adj(unitEnd) {
		return match{}, false
	}
	end := unitEnd
	var endDay func(c *ctx) string // the closing day of "the quarter ended Sept. 30"
	if q == 0 && !half && !hasRel && yearOff == 0 && p.w(unitEnd-1) == "quarter" && p.is(unitEnd, "ended", "ending") {
		if d, ok := p.monthDate(unitEnd + 1); ok && d.month > 0 {
			if d.fn != nil {
				endDay = d.fn
			} else {
				v := d.val
				endDay = func(*ctx) string { return v }
			}
		}
	}
	if yearAbs == 0 {
		jj := end
		if p.w(jj) == "of" || p.w(jj) == "," {
			jj++
		}
		if p.is(jj, "fiscal", "calendar") {
			jj++
		}
		if y, j3, ok := p.yearNum(jj, false); ok {
			yearAbs, end = y, j3
		} else if p.w(end) == "of" && p.is(end+1, "this", "last", "next") && p.w(end+2) == "year" {
			yearOff = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(end+1)]
			yearAbs = 1 << 30
			end += 3
		} else if p.w(end) == "of" && p.w(end+1) == "the" && p.w(end+2) == "year" {
			end += 3
		} else if p.is(end, "last", "this", "next") && p.w(end+1) == "year" && !(p.w(end+2) == "'" && p.w(end+3) == "s") {
			// "the corresponding period last year"
			yearOff, yearAbs, suffix = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(end)], 1<<30, true
			end += 2
		} else if p.w(end) == "a" && p.w(end+1) == "year" && p.is(end+2, "ago", "earlier", "before") {
			// "the quarter a year ago"
			yearOff, yearAbs, suffix = -1, 1<<30, true
			end += 3
		}
	}
	if end == i+1 && p.w(i) == "quarter" {
		return match{}, false
	}
	unit := uQuarter
	if half {
		unit = uHalf
	}
	mk := func(y, q int) string {
		if half {
			return pad4(y) + "-H" + strconv.Itoa(q)
		}
		return pad4(y) + "-Q" + strconv.Itoa(q)
	}
	if yearAbs > 0 && yearAbs < 1<<30 && q > 0 {
		m, ok := lit(i, end, "DATE", mk(yearAbs, q))
		m.quarter = !half
		return m, ok
	}
	m, ok := res(i, end, "DATE", func(c *ctx) string {
		if !c.hasRef {
			if q > 0 {
				return "XXXX-" + mk(0, q)[5:]
			}
			return unknownAt(unit)
		}
		if q == 0 {
			// "the quarter", "the latest quarter", "next quarter"
			if endDay != nil && !c.hasQ {
				// "the quarter ended July 31": the three months up to that day
				// (unless a quarter named by its number, maybe a fiscal one,
				// is the topic)
				if t, u, ok := parsePoint(endDay(c)); ok && u == uDay {
					return format(t.AddDate(0, 0, -45), uQuarter)
				}
			}
			if hasRel {
				return c.rel(uQuarter, rel)
			}
			if unitEnd == end && p.w(unitEnd-1) != "quarter" && p.w(unitEnd-1) != "period" {
				// "year-earlier results": the year before the quarter in context
				if c.hasQ {
					return format(shift(c.lastQ, uYear, yearOff), uQuarter)
				}
				return pad4(c.ref.Year() + yearOff)
			}
			// "the quarter", "the latest period": the quarter the text is
			// about, else the last one completed
			base := shift(c.ref, uQuarter, -1)
			if c.hasQ && !latest {
				base = c.lastQ
			}
			if yearAbs > 0 && yearAbs < 1<<30 {
				return mk(yearAbs, quarterOf(base))
			}
			return format(shift(base, uYear, yearOff), uQuarter)
		}
		y := c.ref.Year()
		switch {
		case yearAbs == 1<<30:
			y += yearOff
			if anaph && c.prevUnit != uNone && c.prevNear {
				y = c.prev.Year() + yearOff
			}
		case yearAbs > 0:
			y = yearAbs
		default:
			rq := quarterOf(c.ref)
			if half {
				rq = (int(c.ref.Month())-1)/6 + 1
			}
			if q > rq && c.tense != future {
				y--
			}
		}
		return mk(y, q)
	})
	m.shifted = yearOff != 0 && (anaph || suffix)
	m.quarter = (q > 0 || endDay != nil) && !half && !m.shifted
	return m, ok
}

// season recognises "summer", "this fall", "last spring", "the winter of
// 1994".
func (p *parser) season(i int) (match, bool) {
	k := i
	dir, hasDir := 0, false
	if p.is(k, "the", "this", "last", "next", "that", "early", "late", "mid") {
		switch p.w(k) {
		case "last":
			dir, hasDir = -1, true
		case "next":
			dir, hasDir = 1, true
		case "this":
			hasDir = true
			if p.w(k+1) == "past" {
				dir = -1
				k++
			} else if p.w(k+1) == "coming" {
				dir = 1
				k++
			}
		}
		k++
	}
	code, ok := seasons[p.w(k)]
	if !ok {
		return match{}, false
	}
	j := k + 1
	w := p.w(k)
	if p.isWord(j) && p.adj(j) {
		return match{}, false
	}
	// an explicit year
	jj := j
	if p.w(jj) == "of" {
		jj++
	}
	if y, j2, ok := p.yearAt(jj); ok {
		return lit(i, j2, "DATE", pad4(y)+"-"+code)
	}
	if k == i && (w == "spring" || w == "fall") {
		if !p.is(i-1, "in", "during", "since", "until", "by", "this", "last", "next", "early", "late", "mid", "-") {
			return match{}, false
		}
		if p.w(i-1) == "in" && p.w(i) == "fall" {
			return match{}, false
		}
	}
	if k == i && p.isWord(j) && !p.t[j].cap && !p.is(j, "and", "or", "but", "when", "as", "with", "to", "in") && p.w(i-1) != "in" && p.w(i-1) != "this" {
		// "summer camp", "winter storm": an attribute, not an expression
		if w != "summer" && w != "winter" || p.isWord(j) {
			return match{}, false
		}
	}
	order := map[string]int{"SP": 1, "SU": 2, "FA": 3, "WI": 4}[code]
	return res(i, j, "DATE", func(c *ctx) string {
		if !c.hasRef {
			return "XXXX-" + code
		}
		y := c.ref.Year()
		m := int(c.ref.Month())
		cur := 4
		switch {
		case m >= 3 && m <= 5:
			cur = 1
		case m >= 6 && m <= 8:
			cur = 2
		case m >= 9 && m <= 11:
			cur = 3
		case m <= 2:
			cur = 0 // the winter that began last year
		}
		if cur == 0 {
			if code == "WI" {
				return pad4(y-1) + "-WI"
			}
			cur = 0
		}
		switch {
		case hasDir && dir < 0 && order >= cur:
			y--
		case hasDir && dir > 0 && order <= cur:
			y++
		case !hasDir && c.tense == past && order > cur:
			y--
		case !hasDir && c.tense == future && order < cur:
			y++
		}
		return pad4(y) + "-" + code
	})
}
