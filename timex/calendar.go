package timex

import (
	"strconv"
	"time"
)

// date builds a UTC date, normalising overflow.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// pad4 formats a year with four digits.
func pad4(y int) string {
	if y < 0 {
		return "XXXX"
	}
	s := strconv.Itoa(y)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func fmtDay(t time.Time) string {
	return pad4(t.Year()) + "-" + pad2(int(t.Month())) + "-" + pad2(t.Day())
}
func fmtMonth(t time.Time) string { return pad4(t.Year()) + "-" + pad2(int(t.Month())) }
func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad4(y) + "-W" + pad2(w)
}
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// shift moves t by n units.
func shift(t time.Time, unit, n int) time.Time {
	switch unit {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return addMonths(t, n)
	case uQuarter:
		return addMonths(t, 3*n)
	case uHalf:
		return addMonths(t, 6*n)
	case uSeason, uYear:
		return addMonths(t, 12*n)
	case uDecade:
		return date(t.Year()+10*n, 1, 1)
	case uCentury:
		return date(t.Year()+100*n, 1, 1)
	case uMillennium:
		return date(t.Year()+1000*n, 1, 1)
	}
	return t
}

// addMonths moves t by n months, keeping the day where the month has it
// and clamping it to the month's last day otherwise.
func addMonths(t time.Time, n int) time.Time {
	first := date(t.Year(), int(t.Month())+n, 1)
	last := date(first.Year(), int(first.Month())+1, 0).Day()
	return date(first.Year(), int(first.Month()), min(t.Day(), last))
}

// format renders t at the granularity of unit.
func format(t time.Time, unit int) string {
	switch unit {
	case uSecond, uMinute, uHour:
		return fmtDay(t) + "T" + pad2(t.Hour()) + ":" + pad2(t.Minute())
	case uDay:
		return fmtDay(t)
	case uWeek:
		return fmtWeek(t)
	case uWeekend:
		return fmtWeek(t) + "-WE"
	case uMonth:
		return fmtMonth(t)
	case uQuarter:
		return pad4(t.Year()) + "-Q" + strconv.Itoa(quarterOf(t))
	case uHalf:
		return pad4(t.Year()) + "-H" + strconv.Itoa((int(t.Month())-1)/6+1)
	case uYear, uSeason:
		return pad4(t.Year())
	case uDecade:
		return pad4(t.Year())[:3]
	case uCentury:
		return pad4(t.Year())[:2]
	case uMillennium:
		return pad4(t.Year())[:1]
	}
	return fmtDay(t)
}

// parsePoint reads a TIMEX3 date value back into a point and its
// granularity; ok is false for anything but a specific calendar value.
func parsePoint(v string) (t time.Time, unit int, ok bool) {
	if len(v) < 4 || !digits(v[:4]) {
		return t, 0, false
	}
	y, _ := strconv.Atoi(v[:4])
	if len(v) == 4 {
		return date(y, 1, 1), uYear, true
	}
	if v[4] != '-' || len(v) < 7 {
		return t, 0, false
	}
	rest := v[5:]
	switch {
	case rest[0] == 'Q' && len(rest) >= 2 && rest[1] >= '1' && rest[1] <= '4':
		return date(y, int(rest[1]-'0')*3-2, 1), uQuarter, true
	case rest[0] == 'H' && len(rest) >= 2 && (rest[1] == '1' || rest[1] == '2'):
		return date(y, int(rest[1]-'0')*6-5, 1), uHalf, true
	case rest[0] == 'W' && len(rest) >= 3 && digits(rest[1:3]):
		w, _ := strconv.Atoi(rest[1:3])
		// Monday of ISO week w.
		jan4 := date(y, 1, 4)
		wd := int(jan4.Weekday()+6)%7 + 1
		return jan4.AddDate(0, 0, 1-wd+7*(w-1)), uWeek, true
	case len(rest) >= 2 && digits(rest[:2]):
		m, _ := strconv.Atoi(rest[:2])
		if m < 1 || m > 12 {
			return t, 0, false
		}
		if len(rest) >= 5 && rest[2] == '-' && digits(rest[3:5]) {
			d, _ := strconv.Atoi(rest[3:5])
			return date(y, m, d), uDay, true
		}
		return date(y, m, 1), uMonth, true
	}
	return t, 0, false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// durUnit is the TIMEX3 duration designator of a unit and whether it
// belongs after the T.
func durUnit(unit int) (string, bool) {
	switch unit {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uWeekend:
		return "WE", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uHalf:
		return "H", false
	case uSeason:
		return "M", false
	case uDecade:
		return "E", false
	case uCentury:
		return "C", false
	case uMillennium:
		return "L", false
	}
	return "Y", false
}

// duration renders n units (n < 0 for an unspecified amount); half adds
// half a unit.
func duration(n, unit int, half bool) string {
	switch unit {
	case uDecade:
		if n >= 0 {
			n, unit = n*10, uYear
			if half {
				n, half = n+5, false
			}
		}
	case uCentury:
		if n >= 0 {
			n, unit = n*100, uYear
			if half {
				n, half = n+50, false
			}
		}
	case uWeekend:
		if n >= 0 {
			n, unit = 2*n, uDay
		}
	}
	d, t := durUnit(unit)
	p := "P"
	if t {
		p = "PT"
	}
	if n < 0 {
		return p + "X" + d
	}
	s := p + strconv.Itoa(n) + d
	if half {
		switch unit {
		case uYear:
			s += "6M"
		case uMonth:
			s += "15D"
		case uDay:
			s += "T12H"
		case uHour:
			s += "30M"
		case uMinute:
			s += "30S"
		case uWeek:
			s = "P" + strconv.Itoa(7*n+3) + "DT12H"
		}
	}
	if n == 0 && half {
		switch unit {
		case uYear:
			return "P6M"
		case uMonth:
			return "P15D"
		case uDay:
			return "PT12H"
		case uHour:
			return "PT30M"
		case uMinute:
			return "PT30S"
		}
	}
	return s
}
