package sqlite

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// tsv splits a TSV export into rows of cells keyed by column name.
func tsv(t *testing.T, b []byte, cols []string) []map[string]string {
	t.Helper()
	var out []map[string]string
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if line == "" {
			continue
		}
		cells := strings.Split(line, "\t")
		if len(cells) != len(cols) {
			t.Fatalf("%d cells, want %d: %q", len(cells), len(cols), line)
		}
		m := map[string]string{}
		for i, c := range cols {
			m[c] = cells[i]
		}
		out = append(out, m)
	}
	return out
}

func TestGDELTColumns(t *testing.T) {
	if len(GDELTEventColumns) != 61 || len(GDELTMentionColumns) != 16 {
		t.Fatalf("%d event and %d mention columns, want 61 and 16", len(GDELTEventColumns), len(GDELTMentionColumns))
	}
	for i, c := range map[int]string{0: "GLOBALEVENTID", 5: "Actor1Code", 25: "IsRootEvent", 26: "EventCode", 34: "AvgTone",
		35: "Actor1Geo_Type", 51: "ActionGeo_Type", 58: "ActionGeo_FeatureID", 59: "DATEADDED", 60: "SOURCEURL"} {
		if GDELTEventColumns[i] != c {
			t.Errorf("event column %d is %s, want %s", i, GDELTEventColumns[i], c)
		}
	}
}

func TestWriteGDELT(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	again := sochi() // another outlet's report of the Sochi meeting
	again.Article.ID, again.Article.URL, again.Article.Source = "sochi-2", "https://www.reuters.com/sochi", ""
	again.Article.Published = "2017-11-20"
	again.Article.Text += " "
	again.Events = again.Events[:1]
	mustIngest(t, s, sochi(), afrin(), again)

	var ev, mn bytes.Buffer
	st, err := s.WriteGDELT(ctx, dateline.Filter{}, GDELTOptions{Events: &ev, Mentions: &mn})
	if err != nil {
		t.Fatal(err)
	}
	events := tsv(t, ev.Bytes(), GDELTEventColumns)
	mentions := tsv(t, mn.Bytes(), GDELTMentionColumns)
	if st.Events != 5 || len(events) != 5 || st.Mentions != 8 || len(mentions) != 8 {
		t.Fatalf("stats %+v, %d event rows, %d mention rows; want 5 events (sochi ev1 merged) and 8 mentions", st, len(events), len(mentions))
	}
	var meet map[string]string
	for _, e := range events {
		if e["EventCode"] == "043" {
			meet = e
		}
	}
	if meet == nil {
		t.Fatal("no row for the Sochi meeting")
	}
	want := map[string]string{
		"SQLDATE": "20171120", "MonthYear": "201711", "Year": "2017", "FractionDate": "2017.8849",
		"Actor1Code": "RUSGOV", "Actor1Name": "Vladimir Putin", "Actor1CountryCode": "RUS", "Actor1Type1Code": "GOV",
		"Actor2Code": "SYRGOV", "Actor2CountryCode": "SYR", "IsRootEvent": "1",
		"EventCode": "043", "EventBaseCode": "043", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "2.8",
		"NumMentions": "4", "NumSources": "2", "NumArticles": "2", "AvgTone": "",
		"Actor1Geo_Type": "1", "Actor1Geo_FullName": "Russia", "Actor1Geo_CountryCode": "RS", "Actor1Geo_FeatureID": "RS",
		"Actor2Geo_CountryCode": "SY",
		"ActionGeo_Type":        "4", "ActionGeo_FullName": "Sochi, Krasnodar Krai, Russia", "ActionGeo_CountryCode": "RS",
		"ActionGeo_Lat": "43.6000", "ActionGeo_Long": "39.7300", "ActionGeo_FeatureID": "491422",
		// the earliest article (published 2017-11-20) represents it
		"SOURCEURL": "https://www.reuters.com/sochi",
	}
	for k, v := range want {
		if meet[k] != v {
			t.Errorf("%s = %q, want %q", k, meet[k], v)
		}
	}
	if len(meet["DATEADDED"]) != 14 {
		t.Errorf("DATEADDED %q, want YYYYMMDDHHMMSS", meet["DATEADDED"])
	}
	if !strings.HasPrefix(meet["ActionGeo_ADM1Code"], "RS") {
		t.Errorf("ActionGeo_ADM1Code %q, want FIPS RS first", meet["ActionGeo_ADM1Code"])
	}

	// Mentions of the meeting: two in sochi-1 ("met", "talks"), two in sochi-2.
	text := sochi().Article.Text
	var got []string
	for _, m := range mentions {
		if m["GLOBALEVENTID"] != meet["GLOBALEVENTID"] {
			continue
		}
		if m["EventTimeDate"] != meet["DATEADDED"] || m["Confidence"] != "90" {
			t.Errorf("mention %v: EventTimeDate or Confidence", m)
		}
		got = append(got, strings.Join([]string{m["MentionType"], m["MentionSourceName"], m["MentionIdentifier"], m["SentenceID"],
			m["Actor1CharOffset"], m["Actor2CharOffset"], m["ActionCharOffset"], m["InRawText"]}, " "))
		if m["MentionIdentifier"] == "https://example.org/sochi" && m["MentionDocLen"] != itoa(utf8.RuneCountInString(text)) {
			t.Errorf("MentionDocLen %s, want %d", m["MentionDocLen"], utf8.RuneCountInString(text))
		}
	}
	met, _ := span(text, "met", 0)
	talks, _ := span(text, "talks", 0)
	assad, _ := span(text, "Syrian President Bashar al-Assad", 0)
	putin2, _ := span(text, "Putin", 2)
	assad1, _ := span(text, "Assad", 1)
	wantM := []string{
		"1 example.org https://example.org/sochi 1 0 " + itoa(assad) + " " + itoa(met) + " 1",
		"1 example.org https://example.org/sochi 3 " + itoa(putin2) + " " + itoa(assad1) + " " + itoa(talks) + " 1",
		"1 reuters.com https://www.reuters.com/sochi 1 0 " + itoa(assad) + " " + itoa(met) + " 1",
		"1 reuters.com https://www.reuters.com/sochi 3 " + itoa(putin2) + " " + itoa(assad1) + " " + itoa(talks) + " 1",
	}
	if strings.Join(got, "\n") != strings.Join(wantM, "\n") {
		t.Errorf("mentions of the meeting\n got %q\nwant %q", got, wantM)
	}

	// An article without a URL is cited by id; a place without a GeoNames
	// id keeps its coordinates.
	for _, e := range events {
		if e["EventCode"] == "190" {
			if e["SOURCEURL"] != "afrin-1" || e["ActionGeo_FullName"] != "Afrin, Syria" || e["ActionGeo_CountryCode"] != "SY" ||
				e["ActionGeo_Lat"] != "36.5100" || e["ActionGeo_FeatureID"] != "" {
				t.Errorf("Afrin row: %v", e)
			}
		}
	}

	// One table, a header, a filter.
	var only bytes.Buffer
	st, err = s.WriteGDELT(ctx, dateline.Filter{Country: "TUR"}, GDELTOptions{Mentions: &only, Header: true})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(only.String()), "\n")
	if st.Events != 0 || st.Mentions != 3 || len(lines) != 4 || lines[0] != strings.Join(GDELTMentionColumns, "\t") {
		t.Errorf("mentions of Turkish events: %+v, %q", st, lines)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestFIPS(t *testing.T) {
	for iso, fips := range map[string]string{"RUS": "RS", "DEU": "GM", "GBR": "UK", "USA": "US", "SYR": "SY", "TUR": "TU",
		"IRN": "IR", "CHN": "CH", "ISR": "IS", "SRB": "RI", "UKR": "UP", "rus": "RS", "XXX": ""} {
		if got := FIPSCountry(iso); got != fips {
			t.Errorf("FIPSCountry(%s) = %q, want %q", iso, got, fips)
		}
	}
	seen := map[string]string{}
	for iso, f := range fipsCountry {
		if prev, dup := seen[f]; dup {
			t.Errorf("FIPS %s for both %s and %s", f, prev, iso)
		}
		seen[f] = iso
	}
}
