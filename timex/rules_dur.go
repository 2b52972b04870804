package timex

// cardinal parses a count at i: "3", "1,000", "twenty-four", "a", "a
// couple of", "several", "a few", "2 1/2". n < 0 means an unspecified
// amount; half adds a half.
func (p *parser) cardinal(i int) (n int, half bool, j int, ok bool) {
	if p.isNum(i) {
		if p.adj(i) && p.is(i-1, "$", ".", ",", "/", ":") {
			return 0, false, i, false
		}
		n, j = p.t[i].num, i+1
		// thousands separators
		for p.w(j) == "," && p.adj(j) && p.isNum(j+1) && p.adj(j+1) && p.ndig(j+1) == 3 {
			n = n*1000 + p.t[j+1].num
			j += 2
		}
		if p.w(j) == "." && p.adj(j) && p.isNum(j+1) && p.adj(j+1) {
			if p.w(j+1) == "5" {
				half = true
			}
			j += 2
		}
		if p.adj(j) && p.is(j, ":", "/", "%") {
			return 0, false, i, false
		}
		// "2 1/2"
		if p.isNum(j) && p.t[j].num == 1 && p.w(j+1) == "/" && p.adj(j+1) && p.isNum(j+2) && p.t[j+2].num == 2 && p.adj(j+2) {
			half, j = true, j+3
		}
		if p.is(j, "to", "-", "or") && p.isNum(j+1) {
			// a range: "12 to 18 months"; keep the first number
			j += 2
		}
		if p.is(j, "million", "billion", "thousand", "hundred") {
			return 0, false, i, false
		}
		return n, half, j, true
	}
	w := p.w(i)
	switch w {
	case "a", "an":
		switch p.w(i + 1) {
		case "few":
			return -1, false, i + 2, true
		case "couple":
			j := i + 2
			if p.w(j) == "of" {
				j++
			}
			return 2, false, j, true
		case "dozen":
			return 12, false, i + 2, true
		case "hundred":
			return 100, false, i + 2, true
		case "half":
			return 0, true, i + 2, true
		}
		return 1, false, i + 1, true
	case "several", "few", "many", "some", "numerous", "various":
		return -1, false, i + 1, true
	case "couple":
		j := i + 1
		if p.w(j) == "of" {
			j++
		}
		return 2, false, j, true
	case "dozens", "hundreds", "thousands":
		if p.w(i+1) == "of" {
			return -1, false, i + 2, true
		}
		return 0, false, i, false
	case "half":
		j := i + 1
		if p.is(j, "a", "an") {
			j++
		}
		return 0, true, j, true
	}
	if v, j := p.smallNumber(i); j > i {
		n = v
		if p.w(j) == "hundred" {
			n, j = n*100, j+1
		}
		if p.w(j) == "and" && p.is(j+1, "a") && p.w(j+2) == "half" {
			return n, true, j + 3, true
		}
		if p.is(j, "to", "or") {
			if _, j2 := p.smallNumber(j + 1); j2 > j+1 {
				j = j2
			}
		}
		return n, false, j, true
	}
	return 0, false, i, false
}

// durPre are words that may stand between "the" and a count.
var durPre = map[string]bool{
	"past": true, "last": true, "next": true, "first": true, "coming": true, "previous": true,
	"final": true, "latest": true, "preceding": true, "following": true, "remaining": true,
	"initial": true, "ensuing": true, "prior": true, "succeeding": true, "intervening": true,
	"subsequent": true, "same": true, "additional": true, "other": true,
}

// durMid are words that may stand between a count and its unit.
var durMid = map[string]bool{
	"more": true, "additional": true, "full": true, "straight": true, "consecutive": true,
	"long": true, "trading": true, "business": true, "calendar": true, "working": true,
	"fiscal": true, "school": true, "successive": true, "extra": true, "solid": true,
	"whole": true, "short": true, "odd": true, "or": false, "-": false,
}

// bareDurationAfter are words after which a bare plural unit is a
// duration ("for years").
var bareDurationAfter = map[string]bool{
	"for": true, "in": true, "within": true, "over": true, "after": true, "took": true,
	"spent": true, "lasted": true, "last": true, "take": true, "takes": true, "spend": true,
}

// durationExpr recognises durations: "three years", "the past two
// months", "several weeks", "a two-year", "30-day", "2 1/2 hours", "the
// first nine months", "for years", "decades-long", "half an hour".
func (p *parser) durationExpr(i int) (match, bool) {
	k := i
	hasThe := false
	if p.is(k, "the", "a", "an", "its", "their", "his", "her", "each") && !(p.is(k, "a", "an") && units[p.w(k+1)] > 0) {
		if p.is(k, "a", "an") {
			// "a three-year period", "a few days" (cardinal handles "a few")
			if _, _, _, ok := p.cardinal(k + 1); !ok || p.is(k+1, "few", "couple", "dozen", "half") {
				goto count
			}
		}
		hasThe = true
		k++
		if p.w(k) == "year" && p.hyphen(k+1) > k+1 && p.is(k+2, "earlier", "ago") {
			k += 3 // "the year-earlier nine months"
		}
	}
	if durPre[p.w(k)] && hasThe || p.is(k, "next", "past", "last", "coming", "upcoming") {
		k++
		if p.w(k) == "several" || p.w(k) == "few" {
			// "the past several days", "the next few years"
		}
	}
count:
	n, half, j, ok := p.cardinal(k)
	if !ok {
		// a bare plural unit: "for years", "the coming weeks", "decades-long"
		u, uok := units[p.w(k)]
		w := p.w(k)
		if j2 := p.hyphen(k + 1); uok && k == i && j2 > k+1 && p.w(j2) == "long" && p.adj(j2) && w[len(w)-1] != 's' {
			return lit(i, j2+1, "DURATION", duration(1, u, false)) // "a day-long meeting"
		}
		if !uok || len(w) < 4 || w[len(w)-1] != 's' || p.w(k) == "days" && !(k > i) && !bareDurationAfter[p.w(i-1)] {
			return match{}, false
		}
		j2 := p.hyphen(k + 1)
		if j2 > k+1 && p.is(j2, "long") {
			return lit(i, j2+1, "DURATION", duration(-1, u, false))
		}
		if k == i && !bareDurationAfter[p.w(i-1)] {
			return match{}, false
		}
		if u < uHour && k == i {
			return match{}, false
		}
		return lit(i, k+1, "DURATION", duration(-1, u, false))
	}
	if p.w(k) == "a" || p.w(k) == "an" {
		// "a year", "a week": singular units only
	}
	j = p.hyphen(j)
	for n := 0; n < 3 && durMid[p.w(j)]; n++ {
		j = p.hyphen(j + 1)
	}
	u, ok := units[p.w(j)]
	if !ok || p.t[j].cap && !p.t[j].newline && (j == 0 || p.t[j-1].cap || p.t[j-1].kind == tNum) {
		// "60 Minutes", "This Week": titles
		return match{}, false
	}
	if u == uQuarter && (p.w(j+1) == "of" && (p.w(j-1) == "-" || p.is(j+2, "the", "its", "their", "his", "her", "our", "a", "an", "all", "this", "that")) || p.is(k, "a", "an")) {
		// "three-quarters of its food", "a quarter of the market"
		return match{}, false
	}
	if u == uSecond && (p.is(k, "a", "an") || p.w(j-1) == "-" && !p.isNum(j-2)) {
		return match{}, false
	}
	if p.isNum(k) && p.ndig(k) == 4 && !p.adj(j) {
		// "1990 days" is odd; "2000 years" is fine
	}
	end := j + 1
	// "decade-long"; ages ("a 52-year-old", "52 years old") are not
	// annotated as durations
	if p.w(end) == "-" && p.adj(end) && p.is(end+1, "old", "long") && p.adj(end+1) {
		if p.w(end+1) == "old" {
			return match{}, false
		}
		end += 2
	}
	if p.w(end) == "old" || p.w(end) == "of" && p.w(end+1) == "age" {
		return match{}, false
	}
	if p.w(end) == "and" && p.w(end+1) == "a" && p.w(end+2) == "half" {
		half, end = true, end+3
	}
	if p.w(end) == "or" && p.w(end+1) == "so" {
		end += 2
	}
	if p.w(j-1) == "-" && p.isWord(end) && p.adj(end) {
		return match{}, false
	}
	return lit(i, end, "DURATION", duration(n, u, half))
}

// setAdverbs are frequency words.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
	"semiannually": "P6M", "biannually": "P6M", "semiannual": "P6M", "fortnightly": "P2W",
}

// setAfter are words after which "a year", "a day" is a frequency.
var setAfter = map[string]bool{
	"times": true, "once": true, "twice": true, "thrice": true, "percent": true, "%": true,
	"million": true, "billion": true, "thousand": true, "cents": true, "dollars": true,
	"hours": true, "miles": true, "barrels": true, "tons": true, "meals": true,
}

// set recognises frequencies: "every week", "each year", "every other
// month", "daily", "twice a year", "$5 million a year".
func (p *parser) set(i int) (match, bool) {
	w := p.w(i)
	if v, ok := setAdverbs[w]; ok {
		return lit(i, i+1, "SET", v)
	}
	switch w {
	case "every", "each", "per":
		j := i + 1
		n := 1
		if p.w(j) == "other" {
			n, j = 2, j+1
		} else if c, _, j2, ok := p.cardinal(j); ok && c > 1 && !p.is(j, "a", "an") {
			n, j = c, j2
		}
		if u, ok := units[p.w(j)]; ok {
			if w == "each" && p.w(j+1) == "of" || w == "per" && u < uDay {
				return match{}, false // "miles per hour": a rate, not a recurrence
			}
			return lit(i, j+1, "SET", duration(n, u, false))
		}
		if code, ok := seasons[p.w(j)]; ok {
			return lit(i, j+1, "SET", "XXXX-"+code)
		}
		return match{}, false
	case "once", "twice", "thrice":
		if p.is(i+1, "a", "an", "per", "every", "each") {
			if u, ok := units[p.w(i+2)]; ok {
				return lit(i, i+3, "SET", duration(1, u, false))
			}
		}
		return match{}, false
	case "a", "an":
		if u, ok := units[p.w(i+1)]; ok && (p.isNum(i-1) || setAfter[p.w(i-1)]) {
			if p.is(i+2, "ago", "earlier", "later", "before", "after") {
				return match{}, false
			}
			return lit(i, i+2, "SET", duration(1, u, false))
		}
	}
	return match{}, false
}
