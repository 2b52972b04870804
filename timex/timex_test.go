package timex

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// find returns the expression covering the first occurrence of phrase.
func findExpr(t *testing.T, text, phrase string, ref time.Time) (Expr, bool) {
	t.Helper()
	at := strings.Index(text, phrase)
	if at < 0 {
		t.Fatalf("phrase %q not in %q", phrase, text)
	}
	for _, e := range Find(text, ref) {
		if e.Start < at+len(phrase) && at < e.End {
			return e, true
		}
	}
	return Expr{}, false
}

func TestNormalise(t *testing.T) {
	tests := []struct {
		name, ref, text, phrase, typ, value string
	}{
		// the seed example: relative expressions in a quote anchor on the
		// date of the narrated meeting
		{"seed date", "2017-11-21", `On November 20, Putin held a meeting in Sochi. "The day after tomorrow, I plan to meet the presidents of Turkey and Iran," he said.`, "November 20", "DATE", "2017-11-20"},
		{"seed quote", "2017-11-21", `On November 20, Putin held a meeting in Sochi. "The day after tomorrow, I plan to meet the presidents of Turkey and Iran," he said.`, "The day after tomorrow", "DATE", "2017-11-22"},
		{"quote without narrated date", "2017-11-21", `"Tomorrow we will sign it," he said.`, "Tomorrow", "DATE", "2017-11-22"},
		{"quote with stale date", "2017-11-21", `On March 3, 2016, he met Obama. "Tomorrow we will sign it," he said.`, "Tomorrow", "DATE", "2017-11-22"},

		// absolute
		{"month day year", "2017-11-21", "It happened on November 20, 2017, in Paris.", "November 20, 2017", "DATE", "2017-11-20"},
		{"day month", "2017-11-21", "It happened on 20 November in Paris.", "20 November", "DATE", "2017-11-20"},
		{"abbreviated", "2017-11-21", "The deal closed Nov. 20.", "Nov. 20", "DATE", "2017-11-20"},
		{"iso", "2017-11-21", "Filed 2017-11-20 in court.", "2017-11-20", "DATE", "2017-11-20"},
		{"us numeric", "2017-11-21", "Filed 11/20/2017 in court.", "11/20/2017", "DATE", "2017-11-20"},
		{"decade", "2017-11-21", "Prices rose in the 1990s.", "the 1990s", "DATE", "199"},
		{"year", "2017-11-21", "He was elected in 1998.", "1998", "DATE", "1998"},
		{"month year", "2017-11-21", "It began in November 1995.", "November 1995", "DATE", "1995-11"},
		{"weekday and date", "1998-10-27", "It opened Monday, Oct. 26, in Rome.", "Monday, Oct. 26", "DATE", "1998-10-26"},
		{"spelled year", "1998-01-08", "In nineteen ninety-one the war began.", "nineteen ninety-one", "DATE", "1991"},
		{"century", "2017-11-21", "In the 20th century, cities grew.", "the 20th century", "DATE", "19"},

		// year-less dates
		{"yesterday's date", "2017-11-21", "He arrived on November 20.", "November 20", "DATE", "2017-11-20"},
		{"december in january", "2018-01-03", "The attack took place on December 28.", "December 28", "DATE", "2017-12-28"},
		{"december in january, future", "2018-01-03", "The summit will be held on December 28.", "December 28", "DATE", "2018-12-28"},
		{"january in december, future", "2017-12-28", "The talks will resume on January 5.", "January 5", "DATE", "2018-01-05"},
		{"month ahead, future", "2018-03-04", "She will command a flight to the station in December.", "December", "DATE", "2018-12"},
		{"month ahead, past", "2018-03-04", "The ship sank in December.", "December", "DATE", "2017-12"},
		{"month in january", "2018-01-03", "Sales fell in November.", "November", "DATE", "2017-11"},
		{"fiscal year ended", "1989-11-01", "Revenue for the year ended March 31 rose.", "March 31", "DATE", "1989-03-31"},

		// relative to the publication date
		{"yesterday", "2017-11-21", "He said yesterday that he would go.", "yesterday", "DATE", "2017-11-20"},
		{"today", "2017-11-21", "The court rules today.", "today", "DATE", "2017-11-21"},
		{"tomorrow", "2017-11-21", "The court rules tomorrow.", "tomorrow", "DATE", "2017-11-22"},
		{"weekday past", "2017-11-23", "He arrived on Tuesday.", "Tuesday", "DATE", "2017-11-21"},
		{"weekday future", "2017-11-21", "He will arrive on Friday.", "Friday", "DATE", "2017-11-24"},
		{"last friday", "2017-11-21", "It ended last Friday.", "last Friday", "DATE", "2017-11-17"},
		{"last month", "2017-11-21", "Prices rose last month.", "last month", "DATE", "2017-10"},
		{"next year", "2017-11-21", "Elections are due next year.", "next year", "DATE", "2018"},
		{"earlier this year", "2017-11-21", "It was agreed earlier this year.", "earlier this year", "DATE", "2017"},
		{"this week", "2017-11-21", "Talks resume this week.", "this week", "DATE", "2017-W47"},
		{"ago", "2017-11-21", "He left two days ago.", "two days ago", "DATE", "2017-11-19"},
		{"in three weeks", "2017-11-21", "He will return in three weeks.", "three weeks", "DATE", "2017-12-12"},
		{"recently", "2017-11-21", "He recently resigned.", "recently", "DATE", "PAST_REF"},
		{"now", "2017-11-21", "He is now in Paris.", "now", "DATE", "PRESENT_REF"},
		{"currently", "2017-11-21", "He currently lives in Paris.", "currently", "DATE", "PRESENT_REF"},
		{"the future", "2017-11-21", "They spoke about the future.", "the future", "DATE", "FUTURE_REF"},
		{"quarter", "1989-10-27", "Profit rose in the third quarter.", "the third quarter", "DATE", "1989-Q3"},
		{"quarter of year", "1989-10-27", "Profit rose in the fourth quarter of 1990.", "the fourth quarter of 1990", "DATE", "1990-Q4"},
		{"first half", "1989-10-27", "Sales rose in the first half.", "the first half", "DATE", "1989-H1"},
		{"season", "2017-11-21", "They met last summer.", "last summer", "DATE", "2017-SU"},
		{"season of year", "2017-11-21", "They met in the winter of 1994.", "the winter of 1994", "DATE", "1994-WI"},
		{"a year earlier", "1989-10-27", "Profit rose in the third quarter from $3 million a year earlier.", "a year earlier", "DATE", "1988-Q3"},
		{"that year", "2017-11-21", "He moved to Rome in 1998. That year he married.", "That year", "DATE", "1998"},
		{"that day after a month", "2017-11-21", "The mayor was attacked last March. His office closed that same day.", "that same day", "DATE", "2017-03-XX"},
		{"that day after a year", "2017-11-21", "The mill burned down in 2009. Workers left town that day.", "that day", "DATE", "2009-XX-XX"},
		{"that day after a date", "2017-11-21", "The mill burned down on May 4, 2009. Workers left town that day.", "that day", "DATE", "2009-05-04"},
		{"the following month", "2017-11-21", "He moved in March 1998. The following month he married.", "The following month", "DATE", "1998-04"},
		{"tonight", "2017-11-21", "He speaks tonight.", "tonight", "TIME", "2017-11-21TNI"},
		{"this morning", "2017-11-21", "He spoke this morning.", "this morning", "TIME", "2017-11-21TMO"},
		{"holiday", "2017-11-21", "They will meet on Christmas.", "Christmas", "DATE", "2017-12-25"},

		// times
		{"pm", "2017-11-21", "The vote is at 3 p.m.", "3 p.m.", "TIME", "2017-11-21T15:00"},
		{"clock and zone", "2017-11-21", "It ended at 10:35 a.m. EDT.", "10:35 a.m. EDT", "TIME", "2017-11-21T10:35"},
		{"midnight", "2017-11-21", "The deadline is midnight.", "midnight", "TIME", "2017-11-21T24:00"},
		{"time and weekday", "2017-11-21", "The deadline is 9 a.m. Friday.", "9 a.m. Friday", "TIME", "2017-11-24T09:00"},

		// durations and sets
		{"years", "2017-11-21", "He served three years in prison.", "three years", "DURATION", "P3Y"},
		{"vague", "2017-11-21", "It took several months.", "several months", "DURATION", "PXM"},
		{"past n", "2017-11-21", "Prices fell over the past two years.", "the past two years", "DURATION", "P2Y"},
		{"hyphenated", "2017-11-21", "He signed a two-year contract.", "a two-year", "DURATION", "P2Y"},
		{"half", "2017-11-21", "It lasted 2 1/2 hours.", "2 1/2 hours", "DURATION", "PT2H30M"},
		{"every week", "2017-11-21", "They meet every week.", "every week", "SET", "P1W"},
		{"annually", "2017-11-21", "It is held annually.", "annually", "SET", "P1Y"},
		{"each weekday", "2017-11-21", "They meet each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"},
		{"recent years", "2017-11-21", "Burglaries fell in recent years.", "recent years", "DURATION", "PXY"},
		{"interval before an event", "1998-03-04", "The bridge opened thirty years after the first design.", "thirty years", "DURATION", "P30Y"},
		{"vague interval later", "1989-10-27", "A few weeks later, the club moved out.", "A few weeks", "DURATION", "PXW"},
		{"or so ago", "1991-02-25", "A week or so ago, the mayor drove in.", "A week or so ago", "DATE", "1991-W08"},
		{"one day ahead", "1998-03-03", "The valley will one day be a national park.", "one day", "DATE", "FUTURE_REF"},
		{"quarter a year ago", "1989-10-26", "Sales climbed in the third quarter. In the quarter a year ago, they slipped.", "the quarter a year ago", "DATE", "1988-Q3"},
		{"period last year", "1989-11-01", "Output grew in the third quarter, unlike the dip in the corresponding period last year.", "the corresponding period last year", "DATE", "1988-Q3"},
		{"coming weeks", "1989-10-27", "Prices may climb in coming weeks.", "coming weeks", "DURATION", "PXW"},
		{"day-long", "2000-04-03", "The envoys ended their second day-long session.", "day-long", "DURATION", "P1D"},
		{"the previous weekday", "1989-10-30", "Ticket sales dropped Friday, down 8% from the previous Friday.", "the previous Friday", "DATE", "1989-10-20"},
		{"nth day of", "1990-08-15", "Today is the fifth day of the strike.", "the fifth day", "DATE", "1990-08-15"},
		{"half of a decade", "1989-10-26", "The plan mirrors the last half of the '80s, when wages stalled.", "the last half of the '80s", "DATE", "198"},
		{"quarter ended", "1989-10-30", "In the quarter ended June 30, the brewer posted a profit.", "the quarter", "DATE", "1989-Q2"},
		{"year-earlier months", "1989-10-26", "Costs in the year-earlier nine months included a charge.", "the year-earlier nine months", "DURATION", "P9M"},
		{"mid afternoon", "1998-03-06", "By mid afternoon, the streets were empty.", "mid afternoon", "TIME", "1998-03-06TAF"},
		{"mid-afternoon yesterday", "1989-11-02", "In Paris at mid-afternoon yesterday, the market was calm.", "mid-afternoon yesterday", "TIME", "1989-11-01TAF"},
		{"then current", "1989-10-26", "Members could buy tickets at half the then current price.", "then current", "DATE", "PAST_REF"},
		{"for a while", "1998-01-11", "The town will have to manage without a bridge for a while.", "a while", "DURATION", "PXX"},
		{"coordinated weekday nights", "1998-02-13", "Ferries leave Dover on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI"},
		{"quarters of losses", "1989-10-30", "The chain finally broke even after several quarters of losses.", "several quarters", "DURATION", "PXQ"},
		{"dating to a year", "1998-10-25", "The records date back to 1962.", "1962", "DATE", "1962"},
		{"year's end", "1989-10-26", "The new line should be running by year's end.", "year's end", "DATE", "1989"},

		// recognition
		{"year before a verb", "1998-04-02", "Six of the 20 fires since 1987 were arson.", "1987", "DATE", "1987"},
		{"range of years", "2000-02-10", "She lived there twice from 1983 to 1989.", "1989", "DATE", "1989"},
		{"spelled year alone", "1998-02-27", "Denver, nineteen eighty-two. A storm arrived.", "nineteen eighty-two", "DATE", "1982"},
		{"coordinated day", "1999-02-10", "The fair will be held on June 14 and 15.", "15", "DATE", "1999-06-15"},
		{"week of", "2000-02-24", "It could be settled at a session the week of March 6, she said.", "the week of March 6", "DATE", "2000-W10"},

		// tense and deadlines (untagged)
		{"possessive weekday", "1989-10-30", "The offer is well above Thursday's closing level.", "Thursday's", "DATE", "1989-10-26"},
		{"until in a past clause", "1999-05-07", "Until Thursday, the club had not named a coach.", "Thursday", "DATE", "1999-05-06"},
		{"until ahead", "1999-05-03", "The offer is open until Thursday.", "Thursday", "DATE", "1999-05-06"},
		{"by month", "1998-02-13", "The airline hopes to add routes by August.", "August", "DATE", "1998-08"},
		{"effective", "1989-10-26", "The council merged two offices, effective Feb. 1.", "Feb. 1", "DATE", "1990-02-01"},
		{"past clause keeps the year", "1989-10-31", "For the year that ended Jan. 31, exports fell.", "Jan. 31", "DATE", "1989-01-31"},

		// no reference date
		{"no ref absolute", "", "It happened on November 20, 2017.", "November 20, 2017", "DATE", "2017-11-20"},
		{"no ref yearless", "", "It happened on November 20.", "November 20", "DATE", "XXXX-11-20"},
		{"no ref yesterday", "", "It happened yesterday.", "yesterday", "DATE", "XXXX-XX-XX"},
		{"no ref now", "", "It is happening now.", "now", "DATE", "PRESENT_REF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ref time.Time
			if tt.ref != "" {
				ref = day(tt.ref)
			}
			e, ok := findExpr(t, tt.text, tt.phrase, ref)
			if !ok {
				t.Fatalf("%q: nothing found for %q (all: %+v)", tt.text, tt.phrase, Find(tt.text, ref))
			}
			got := tt.text[e.Start:e.End]
			if got != tt.phrase || e.Type != tt.typ || e.Value != tt.value {
				t.Errorf("%q: got %q %s %s, want %q %s %s", tt.text, got, e.Type, e.Value, tt.phrase, tt.typ, tt.value)
			}
		})
	}
}

func TestNotTemporal(t *testing.T) {
	ref := day("2017-11-21")
	for _, text := range []string{
		"The company sold 1,990 shares for $2015.",
		"He may go.",
		"A 52-year-old man was arrested.",
		"The island buys about three-quarters of its fuel abroad.",
		`He appeared on "60 Minutes."`,
		"Foreign Minister Jan Novak said so.",
		"The army marched on.",
		"It is a problem in today's world.",
		"The index climbed to 1997 points.",
		"She saw the story in USA Today.",
		"Smith's 1985 Ford Escort was stolen.",
		"We have no plans at the moment.",
		"Inflation is near its quarter-century high.",
		"The quarter-to-quarter growth was weak.",
		"Rice makes up more than a quarter of the harvest.",
		"The pump moves 40 litres per second.",
		"For the league, high noon has arrived.",
		"He spoke for the voters of tomorrow.",
	} {
		if es := Find(text, ref); len(es) > 0 {
			t.Errorf("%q: unexpected %+v (%q)", text, es, text[es[0].Start:es[0].End])
		}
	}
}

func TestStage(t *testing.T) {
	d := newDoc("Putin met Assad on November 20. He will stay three days.", day("2017-11-21"))
	s := New()
	if s.Name() != "timex" {
		t.Errorf("name %q", s.Name())
	}
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Spans) != 2 {
		t.Fatalf("spans %+v", d.Spans)
	}
	sp := d.Spans[0]
	if d.Slice(sp.Range) != "November 20" || sp.Value != "2017-11-20" || sp.Label != "DATE" || sp.Kind != "time" || sp.Entity != -1 || sp.Source != "timex:DATE" {
		t.Errorf("span %+v", sp)
	}
	if sp := d.Spans[1]; sp.Value != "P3D" || sp.Label != "DATE" || sp.Source != "timex:DURATION" {
		t.Errorf("span %+v", sp)
	}
}
