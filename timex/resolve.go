package timex

import (
	"strconv"
	"time"
)

// Tenses of the clause around an expression.
const (
	past    = -1
	present = 0
	future  = 1
)

// ctx is what a resolver needs: the reference date, the tense of the
// clause, and the previous specific date value of the text.
type ctx struct {
	ref      time.Time // publication or utterance date
	hasRef   bool
	tense    int
	prev     time.Time // the previous specific expression
	prevUnit int       // its granularity; uNone when there is none
	prevNear bool      // the previous expression is in this or the last sentence
	lastQ    time.Time // the last quarter mentioned in the text
	hasQ     bool      // a quarter has been mentioned
}

// day returns the reference date shifted by n days at day precision.
func (c *ctx) day(n int) string {
	if !c.hasRef {
		return "XXXX-XX-XX"
	}
	return fmtDay(c.ref.AddDate(0, 0, n))
}

// rel shifts the reference date by n units and formats it at the unit.
func (c *ctx) rel(unit, n int) string {
	if !c.hasRef {
		return unknownAt(unit)
	}
	return format(shift(c.ref, unit, n), unit)
}

// unknownAt is an unresolved value of a unit's granularity.
func unknownAt(unit int) string {
	switch unit {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uHalf:
		return "XXXX-HX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	case uSecond, uMinute, uHour:
		return "XXXX-XX-XXTXX:XX"
	}
	return "XXXX"
}

// anchor is the point that anaphoric expressions ("that year", "a year
// earlier") refer to: the previous expression when there is one, else the
// reference date.
func (c *ctx) anchor() (time.Time, int, bool) {
	if c.prevUnit != uNone {
		return c.prev, c.prevUnit, true
	}
	if c.hasRef {
		return c.ref, uDay, true
	}
	return time.Time{}, uNone, false
}

// anaphoric shifts the anchor by n units and formats it at the unit, or at
// the anchor's own granularity when that is finer and fine is set.
func (c *ctx) anaphoric(unit, n int, fine bool) string {
	t, u, ok := c.anchor()
	if !ok {
		return unknownAt(unit)
	}
	g := unit
	if fine && u < unit && u >= uDay {
		g = u
	}
	if g == uWeek && u == uDay {
		g = uDay
	}
	return format(shift(t, unit, n), g)
}

// yearFor picks the year of a year-less month (and day, 0 if none): the
// one that puts the date nearest the reference date, moved a year back
// when that date lies well in the future of a past-tense clause, or a
// year on when it lies well in the past of a future-tense clause.
func (c *ctx) yearFor(m, d int) int {
	y := c.ref.Year()
	if d == 0 {
		diff := m - int(c.ref.Month()) // months after the reference month
		switch {
		case c.tense != future && diff > 6 || c.tense == past && diff > 2:
			return y - 1
		case c.tense == future && diff < -2 || c.tense != past && diff < -7:
			return y + 1
		}
		return y
	}
	diff := date(y, m, d).Sub(c.ref).Hours() / 24
	switch {
	case c.tense != future && (diff > 120 || c.tense == past && diff > 60):
		return y - 1
	case c.tense == future && diff < -60 || c.tense != past && diff < -240:
		return y + 1
	}
	return y
}

// monthDay resolves a month and day (y = 0 when no year is given).
func (c *ctx) monthDay(y, m, d int) string {
	if y == 0 {
		if !c.hasRef {
			return "XXXX-" + pad2(m) + "-" + pad2(d)
		}
		y = c.yearFor(m, d)
	}
	return pad4(y) + "-" + pad2(m) + "-" + pad2(d)
}

// month resolves a month (y = 0 when no year is given).
func (c *ctx) month(y, m int) string {
	if y == 0 {
		if !c.hasRef {
			return "XXXX-" + pad2(m)
		}
		y = c.yearFor(m, 0)
	}
	return pad4(y) + "-" + pad2(m)
}

// weekday resolves a weekday (1 = Monday). dir is -1 for "last", +1 for
// "next", 2 for a deadline ("until Tuesday"), -2 for a possessive
// ("Tuesday's vote", which has taken place), 0 to follow the tense.
func (c *ctx) weekday(wd, dir int) string {
	if !c.hasRef {
		return "XXXX-WXX-" + strconv.Itoa(wd)
	}
	cur := int(c.ref.Weekday()+6)%7 + 1
	back := (cur - wd + 7) % 7 // days back to the most recent such day (0 = today)
	fwd := (wd - cur + 7) % 7  // days forward to the next one
	var n int
	switch {
	case dir < -1: // a possessive: the most recent one, today included
		n = -back
	case dir > 1 && c.tense == past: // "until Thursday, they had not"
		n = -back
	case dir < 0:
		n = -back
		if back == 0 {
			n = -7
		}
	case dir > 1: // "until Tuesday": the coming one, today included
		n = fwd
	case dir > 0:
		n = fwd
		if fwd == 0 {
			n = 7
		}
	case c.tense == past:
		n = -back
	case c.tense == future:
		n = fwd
	default:
		if back <= fwd {
			n = -back
		} else {
			n = fwd
		}
	}
	return fmtDay(c.ref.AddDate(0, 0, n))
}

// refQuarter is the quarter the reference date falls in.
func (c *ctx) refQuarter() (int, int) {
	return c.ref.Year(), quarterOf(c.ref)
}
