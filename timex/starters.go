package timex

// starters are the words a rule or modifier can begin with; other words
// are skipped without trying the rules.
var starters = map[string]bool{}

func init() {
	for _, m := range []map[string]int{months, weekdays, units, numberWords, ordinals, decadeWords, relUnits} {
		for w := range m {
			starters[w] = true
		}
	}
	for _, m := range []map[string]string{seasons, partsOfDay, setAdverbs} {
		for w := range m {
			starters[w] = true
		}
	}
	for _, m := range []map[string]bool{vagueQuantities, weekdayFull} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range refPhrases {
		starters[w] = true
	}
	for _, w := range []string{
		"the", "a", "an", "this", "last", "next", "that", "each", "every", "per", "once",
		"twice", "thrice", "past", "coming", "upcoming", "current", "fiscal", "fy", "its",
		"their", "his", "her", "our", "same", "latest", "previous", "preceding", "prior",
		"comparable", "corresponding", "recent", "most", "calendar", "final", "q", "today",
		"yesterday", "tomorrow", "tonight", "noon", "midday", "midnight", "christmas", "new",
		"thanksgiving", "election", "labor", "labour", "memorial", "independence", "halloween",
		"easter", "valentine", "half", "couple", "dozens", "hundreds", "thousands", "about",
		"around", "nearly", "almost", "roughly", "approximately", "over", "only", "just",
		"more", "less", "fewer", "at", "up", "no", "early", "late", "earlier", "later", "mid",
		"end", "beginning", "start", "middle", "nineteen", "eighteen", "two", "twenty", "year",
		"month", "following", "present", "right", "these", "then",
	} {
		starters[w] = true
	}
}

// mayStart reports whether a rule can begin at token i.
func (p *parser) mayStart(i int) bool {
	t := &p.t[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.low == "'" || t.low == "’"
	}
	return starters[t.low]
}
