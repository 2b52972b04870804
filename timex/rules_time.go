package timex

// ampm recognises a.m., p.m., am, pm at i; it returns 0 for a.m., 12 for
// p.m., and the index after it.
func (p *parser) ampm(i int) (int, int, bool) {
	w := p.w(i)
	switch w {
	case "am", "pm":
		off := 0
		if w == "pm" {
			off = 12
		}
		return off, p.dot(i + 1), true
	case "a", "p":
		if p.w(i+1) == "." && p.adj(i+1) && p.w(i+2) == "m" && p.adj(i+2) {
			off := 0
			if w == "p" {
				off = 12
			}
			return off, p.dot(i + 3), true
		}
	}
	return 0, i, false
}

// clockTime recognises "3 p.m.", "10:35 a.m. EDT", "noon", "midnight
// Friday", "4 in the morning", "5 p.m. EST Nov. 9", "9 a.m. Tuesday".
func (p *parser) clockTime(i int) (match, bool) {
	h, m := -1, 0
	j := i
	switch p.w(i) {
	case "noon", "midday":
		if p.t[i].cap && i > 0 && p.t[i-1].cap || p.w(i-1) == "high" {
			return match{}, false // "High Noon", "high noon comes today"
		}
		h, m, j = 12, 0, i+1
	case "midnight":
		h, m, j = 24, 0, i+1
	default:
		if !p.isNum(i) || p.ndig(i) > 2 || p.adj(i) && p.is(i-1, "$", ".", ",", ":", "/") {
			return match{}, false
		}
		h = p.t[i].num
		j = i + 1
		hasMin := false
		if p.w(j) == ":" && p.adj(j) && p.isNum(j+1) && p.adj(j+1) && p.ndig(j+1) == 2 {
			m, j, hasMin = p.t[j+1].num, j+2, true
			if p.w(j) == ":" && p.adj(j) && p.isNum(j+1) && p.adj(j+1) {
				j += 2
			}
		}
		if off, j2, ok := p.ampm(j); ok {
			if h < 1 || h > 12 {
				return match{}, false
			}
			if h == 12 {
				h = 0
			}
			h += off
			j = j2
		} else if p.w(j) == "o" && p.w(j+1) == "'" && p.w(j+2) == "clock" {
			j += 3
		} else if p.w(j) == "in" && p.w(j+1) == "the" && p.is(j+2, "morning", "afternoon", "evening") {
			if h > 12 {
				return match{}, false
			}
			if p.w(j+2) != "morning" && h < 12 {
				h += 12
			}
			j += 3
		} else if !hasMin || p.isNum(j) {
			return match{}, false
		}
		if h > 24 || m > 59 {
			return match{}, false
		}
	}
	if timezones[p.w(j)] {
		j++
	}
	// an attached day: "Friday", "today", "Nov. 9", "Monday, Oct. 26"
	k := j
	if p.w(k) == "," || p.w(k) == "on" {
		k++
	}
	var day func(c *ctx) string
	if mm, ok := p.weekdayDate(k); ok && mm.fn != nil && mm.typ == "DATE" {
		day, j = mm.fn, mm.end
	} else if mm, ok := p.monthDate(k); ok && mm.abs {
		if mm.fn != nil {
			day = mm.fn
		} else {
			v := mm.val
			day = func(*ctx) string { return v }
		}
		j = mm.end
	} else if p.is(k, "today", "yesterday", "tomorrow", "tonight") {
		n := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[p.w(k)]
		day = func(c *ctx) string { return c.day(n) }
		j = k + 1
	}
	hh, mi := h, m
	return res(i, j, "TIME", func(c *ctx) string {
		var d string
		switch {
		case day != nil:
			d = day(c)
		case c.prevUnit == uDay:
			d = fmtDay(c.prev) // the day the narrative is on
		default:
			d = c.day(0)
		}
		return d + "T" + pad2(hh) + ":" + pad2(mi)
	})
}
