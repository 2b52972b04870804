package actors

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// term is an office a person held from one date until another (zero: to
// this day).
type term struct {
	country, sector, role string
	from, to              string // YYYY-MM-DD
}

// leaders are heads of state and government and a few other officials
// whom the news names with a bare title ("President Joe Biden") or none
// at all: without them such a person takes the country the article names
// most, which for a story on China's trade is China. Facts from public
// record, written for Dateline.
var leaders = map[string][]term{
	"george w. bush":              {{"USA", "GOV", "President", "2001-01-20", "2009-01-20"}},
	"george w bush":               {{"USA", "GOV", "President", "2001-01-20", "2009-01-20"}},
	"barack obama":                {{"USA", "GOV", "President", "2009-01-20", "2017-01-20"}},
	"donald trump":                {{"USA", "GOV", "President", "2017-01-20", "2021-01-20"}, {"USA", "GOV", "President", "2025-01-20", ""}},
	"joe biden":                   {{"USA", "GOV", "Vice President", "2009-01-20", "2017-01-20"}, {"USA", "GOV", "President", "2021-01-20", "2025-01-20"}},
	"kamala harris":               {{"USA", "GOV", "Vice President", "2021-01-20", "2025-01-20"}},
	"hillary clinton":             {{"USA", "GOV", "Secretary of State", "2009-01-21", "2013-02-01"}},
	"john kerry":                  {{"USA", "GOV", "Secretary of State", "2013-02-01", "2017-01-20"}},
	"mike pompeo":                 {{"USA", "GOV", "Secretary of State", "2018-04-26", "2021-01-20"}},
	"antony blinken":              {{"USA", "GOV", "Secretary of State", "2021-01-26", "2025-01-20"}},
	"vladimir putin":              {{"RUS", "GOV", "President", "2000-05-07", "2008-05-07"}, {"RUS", "GOV", "Prime Minister", "2008-05-08", "2012-05-07"}, {"RUS", "GOV", "President", "2012-05-07", ""}},
	"dmitry medvedev":             {{"RUS", "GOV", "President", "2008-05-07", "2012-05-07"}, {"RUS", "GOV", "Prime Minister", "2012-05-08", "2020-01-16"}},
	"sergei lavrov":               {{"RUS", "GOV", "Foreign Minister", "2004-03-09", ""}},
	"dmitry peskov":               {{"RUS", "GOV", "Spokesman", "2012-05-07", ""}},
	"hu jintao":                   {{"CHN", "GOV", "President", "2003-03-15", "2013-03-14"}},
	"xi jinping":                  {{"CHN", "GOV", "President", "2013-03-14", ""}},
	"li keqiang":                  {{"CHN", "GOV", "Premier", "2013-03-15", "2023-03-11"}},
	"li qiang":                    {{"CHN", "GOV", "Premier", "2023-03-11", ""}},
	"wang yi":                     {{"CHN", "GOV", "Foreign Minister", "2013-03-16", "2022-12-30"}, {"CHN", "GOV", "Foreign Minister", "2023-07-25", ""}},
	"tony blair":                  {{"GBR", "GOV", "Prime Minister", "1997-05-02", "2007-06-27"}},
	"gordon brown":                {{"GBR", "GOV", "Chancellor", "1997-05-02", "2007-06-27"}, {"GBR", "GOV", "Prime Minister", "2007-06-27", "2010-05-11"}},
	"david cameron":               {{"GBR", "GOV", "Prime Minister", "2010-05-11", "2016-07-13"}, {"GBR", "GOV", "Foreign Secretary", "2023-11-13", "2024-07-05"}},
	"theresa may":                 {{"GBR", "GOV", "Prime Minister", "2016-07-13", "2019-07-24"}},
	"boris johnson":               {{"GBR", "GOV", "Prime Minister", "2019-07-24", "2022-09-06"}},
	"rishi sunak":                 {{"GBR", "GOV", "Prime Minister", "2022-10-25", "2024-07-05"}},
	"keir starmer":                {{"GBR", "GOV", "Prime Minister", "2024-07-05", ""}},
	"jacques chirac":              {{"FRA", "GOV", "President", "1995-05-17", "2007-05-16"}},
	"nicolas sarkozy":             {{"FRA", "GOV", "President", "2007-05-16", "2012-05-15"}},
	"francois hollande":           {{"FRA", "GOV", "President", "2012-05-15", "2017-05-14"}},
	"emmanuel macron":             {{"FRA", "GOV", "President", "2017-05-14", ""}},
	"gerhard schroeder":           {{"DEU", "GOV", "Chancellor", "1998-10-27", "2005-11-22"}},
	"angela merkel":               {{"DEU", "GOV", "Chancellor", "2005-11-22", "2021-12-08"}},
	"olaf scholz":                 {{"DEU", "GOV", "Chancellor", "2021-12-08", "2025-05-06"}},
	"friedrich merz":              {{"DEU", "GOV", "Chancellor", "2025-05-06", ""}},
	"shinzo abe":                  {{"JPN", "GOV", "Prime Minister", "2006-09-26", "2007-09-26"}, {"JPN", "GOV", "Prime Minister", "2012-12-26", "2020-09-16"}},
	"fumio kishida":               {{"JPN", "GOV", "Prime Minister", "2021-10-04", "2024-10-01"}},
	"shigeru ishiba":              {{"JPN", "GOV", "Prime Minister", "2024-10-01", ""}},
	"manmohan singh":              {{"IND", "GOV", "Prime Minister", "2004-05-22", "2014-05-26"}},
	"narendra modi":               {{"IND", "GOV", "Prime Minister", "2014-05-26", ""}},
	"volodymyr zelenskiy":         {{"UKR", "GOV", "President", "2019-05-20", ""}},
	"volodymyr zelensky":          {{"UKR", "GOV", "President", "2019-05-20", ""}},
	"volodymyr zelenskyy":         {{"UKR", "GOV", "President", "2019-05-20", ""}},
	"petro poroshenko":            {{"UKR", "GOV", "President", "2014-06-07", "2019-05-20"}},
	"viktor yushchenko":           {{"UKR", "GOV", "President", "2005-01-23", "2010-02-25"}},
	"viktor yanukovych":           {{"UKR", "GOV", "President", "2010-02-25", "2014-02-22"}},
	"recep tayyip erdogan":        {{"TUR", "GOV", "Prime Minister", "2003-03-14", "2014-08-28"}, {"TUR", "GOV", "President", "2014-08-28", ""}},
	"tayyip erdogan":              {{"TUR", "GOV", "Prime Minister", "2003-03-14", "2014-08-28"}, {"TUR", "GOV", "President", "2014-08-28", ""}},
	"benjamin netanyahu":          {{"ISR", "GOV", "Prime Minister", "1996-06-18", "1999-07-06"}, {"ISR", "GOV", "Prime Minister", "2009-03-31", "2021-06-13"}, {"ISR", "GOV", "Prime Minister", "2022-12-29", ""}},
	"ariel sharon":                {{"ISR", "GOV", "Prime Minister", "2001-03-07", "2006-04-14"}},
	"ehud olmert":                 {{"ISR", "GOV", "Prime Minister", "2006-04-14", "2009-03-31"}},
	"mahmoud ahmadinejad":         {{"IRN", "GOV", "President", "2005-08-03", "2013-08-03"}},
	"hassan rouhani":              {{"IRN", "GOV", "President", "2013-08-03", "2021-08-03"}},
	"ebrahim raisi":               {{"IRN", "GOV", "President", "2021-08-03", "2024-05-19"}},
	"masoud pezeshkian":           {{"IRN", "GOV", "President", "2024-07-28", ""}},
	"ali khamenei":                {{"IRN", "GOV", "Supreme Leader", "1989-06-04", ""}},
	"bashar al-assad":             {{"SYR", "GOV", "President", "2000-07-17", "2024-12-08"}},
	"luiz inacio lula da silva":   {{"BRA", "GOV", "President", "2003-01-01", "2011-01-01"}, {"BRA", "GOV", "President", "2023-01-01", ""}},
	"jair bolsonaro":              {{"BRA", "GOV", "President", "2019-01-01", "2023-01-01"}},
	"dilma rousseff":              {{"BRA", "GOV", "President", "2011-01-01", "2016-08-31"}},
	"abdel fattah al-sisi":        {{"EGY", "GOV", "President", "2014-06-08", ""}},
	"hosni mubarak":               {{"EGY", "GOV", "President", "1981-10-14", "2011-02-11"}},
	"kim jong un":                 {{"PRK", "GOV", "Leader", "2011-12-17", ""}},
	"kim jong-un":                 {{"PRK", "GOV", "Leader", "2011-12-17", ""}},
	"moon jae-in":                 {{"KOR", "GOV", "President", "2017-05-10", "2022-05-09"}},
	"yoon suk yeol":               {{"KOR", "GOV", "President", "2022-05-10", "2025-04-04"}},
	"imran khan":                  {{"PAK", "GOV", "Prime Minister", "2018-08-18", "2022-04-10"}},
	"shehbaz sharif":              {{"PAK", "GOV", "Prime Minister", "2022-04-11", "2023-08-14"}, {"PAK", "GOV", "Prime Minister", "2024-03-04", ""}},
	"gustavo petro":               {{"COL", "GOV", "President", "2022-08-07", ""}},
	"nicolas maduro":              {{"VEN", "GOV", "President", "2013-04-19", ""}},
	"javier milei":                {{"ARG", "GOV", "President", "2023-12-10", ""}},
	"andres manuel lopez obrador": {{"MEX", "GOV", "President", "2018-12-01", "2024-10-01"}},
	"claudia sheinbaum":           {{"MEX", "GOV", "President", "2024-10-01", ""}},
	"justin trudeau":              {{"CAN", "GOV", "Prime Minister", "2015-11-04", "2025-03-14"}},
	"anthony albanese":            {{"AUS", "GOV", "Prime Minister", "2022-05-23", ""}},
	"giorgia meloni":              {{"ITA", "GOV", "Prime Minister", "2022-10-22", ""}},
	"viktor orban":                {{"HUN", "GOV", "Prime Minister", "2010-05-29", ""}},
	"donald tusk":                 {{"POL", "GOV", "Prime Minister", "2007-11-16", "2014-09-22"}, {"POL", "GOV", "Prime Minister", "2023-12-13", ""}},
	"mohammed bin salman":         {{"SAU", "GOV", "Crown Prince", "2017-06-21", ""}},
	"antonio guterres":            {{"", "IGO", "UN Secretary-General", "2017-01-01", ""}},
	"ban ki-moon":                 {{"", "IGO", "UN Secretary-General", "2007-01-01", "2016-12-31"}},
	"kofi annan":                  {{"", "IGO", "UN Secretary-General", "1997-01-01", "2006-12-31"}},
	"jens stoltenberg":            {{"", "IGO", "NATO Secretary General", "2014-10-01", "2024-10-01"}},
	"ursula von der leyen":        {{"", "IGO", "European Commission President", "2019-12-01", ""}},
}

// leaderCodes gives international officials their body's code.
var leaderCodes = map[string]string{
	"UN Secretary-General":          "IGOUNO",
	"NATO Secretary General":        "IGOWSTNAT",
	"European Commission President": "IGOEUREEC",
}

// leader returns the office a listed person held at t: the term that
// covers t, else after an earlier term the country as a former official
// (CAMEO's ELI), else nothing. A zero t takes the latest term.
func leader(name string, t time.Time) (dateline.Actor, bool) {
	terms, ok := leaders[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return dateline.Actor{}, false
	}
	day := t.Format("2006-01-02")
	pick := -1
	switch {
	case t.IsZero():
		pick = len(terms) - 1
	default:
		for i, tm := range terms {
			if tm.from <= day && (tm.to == "" || day < tm.to) {
				pick = i
			}
		}
	}
	if pick < 0 {
		// out of office: a former official after an earlier term
		// ("former President Donald Trump" in 2024), nobody yet before
		// the first
		for i := len(terms) - 1; i >= 0; i-- {
			if tm := terms[i]; tm.to != "" && day >= tm.to && tm.country != "" {
				return dateline.Actor{Code: tm.country + "ELI", Country: tm.country, Sector: "ELI", Role: "Former " + tm.role, Source: "kb"}, true
			}
		}
		return dateline.Actor{}, false
	}
	tm := terms[pick]
	if code, ok := leaderCodes[tm.role]; ok {
		return dateline.Actor{Code: code, Sector: tm.sector, Role: tm.role, Source: "kb"}, true
	}
	return dateline.Actor{Code: tm.country + tm.sector, Country: tm.country, Sector: tm.sector, Role: tm.role, Source: "kb"}, true
}
