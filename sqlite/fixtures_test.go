package sqlite

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// span finds the n-th (0-based) occurrence of sub in text and returns its
// code point offsets.
func span(text, sub string, n int) (int, int) {
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(text[from:], sub)
		if j < 0 {
			panic(fmt.Sprintf("%q: occurrence %d of %q not found", text, n, sub))
		}
		if i == n {
			s := utf8.RuneCountInString(text[:from+j])
			return s, s + utf8.RuneCountInString(sub)
		}
		from += j + len(sub)
	}
}

func mention(text, sub string, n int) dateline.Mention {
	s, e := span(text, sub, n)
	return dateline.Mention{Start: s, End: e, Text: sub}
}

func sentence(text, sub string, idx int) dateline.TextInfo {
	s, e := span(text, sub, 0)
	return dateline.TextInfo{Sentence: idx, Start: s, End: e}
}

func evMention(text, trigger string, n, sent int) dateline.EventMention {
	s, e := span(text, trigger, n)
	return dateline.EventMention{Sentence: sent, Start: s, End: e, EventText: trigger}
}

func strp(s string) *string { return &s }

// sochi is a fabricated article about a meeting, with non-ASCII text so
// that code point offsets differ from byte offsets.
func sochi() *dateline.Result {
	text := "Russian President Vladimir Putin met Syrian President Bashar al-Assad in Sochi on Monday. " +
		"“We agreed to continue the fight against terrorism,” Putin said. " +
		"Assad thanked Putin for the talks. " +
		"Putin will meet the presidents of Turkey and Iran on Wednesday. " +
		"Ёлки 🎄 горят в Сочи."
	s1 := "Russian President Vladimir Putin met Syrian President Bashar al-Assad in Sochi on Monday."
	s3 := "Assad thanked Putin for the talks."
	s4 := "Putin will meet the presidents of Turkey and Iran on Wednesday."
	qs, qe := span(text, "We agreed to continue the fight against terrorism,", 0)
	ss, se := span(text, "Putin", 1)
	loc := &dateline.Location{Name: "Sochi", Country: "RUS", Lat: 43.6, Lon: 39.73, GeonameID: 491422}
	return &dateline.Result{
		Article: dateline.Article{ID: "sochi-1", URL: "https://example.org/sochi", Title: "Putin meets Assad in Сочи",
			Source: "example.org", Published: "2017-11-21", Language: "en", Text: text},
		Entities: []*dateline.Entity{
			{ID: "e1", Name: "Vladimir Putin", Type: "PERSON",
				Mentions: []dateline.Mention{mention(text, "Russian President Vladimir Putin", 0), mention(text, "Putin", 1),
					mention(text, "Putin", 2), mention(text, "Putin", 3)},
				Actor: &dateline.Actor{Code: "RUSGOV", Country: "RUS", Sector: "GOV", Role: "President"}},
			{ID: "e2", Name: "Bashar al-Assad", Type: "PERSON",
				Mentions: []dateline.Mention{mention(text, "Syrian President Bashar al-Assad", 0), mention(text, "Assad", 1)},
				Actor:    &dateline.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV", Role: "President"}},
			{ID: "e3", Name: "Sochi", Type: "GPE", Mentions: []dateline.Mention{mention(text, "Sochi", 0), mention(text, "Сочи", 0)},
				Geo: &dateline.Geo{Name: "Sochi", Country: "RUS", Admin1: "Krasnodar Krai", Lat: 43.6, Lon: 39.73, GeonameID: 491422, Feature: "PPLA2"}},
			{ID: "e4", Name: "Monday", Type: "DATE", Value: "2017-11-20",
				Mentions: []dateline.Mention{{Start: mention(text, "Monday", 0).Start, End: mention(text, "Monday", 0).End, Text: "Monday", Value: "2017-11-20"}}},
			{ID: "e5", Name: "Turkey", Type: "GPE", Mentions: []dateline.Mention{mention(text, "Turkey", 0)},
				Actor: &dateline.Actor{Code: "TUR", Country: "TUR"}},
			{ID: "e6", Name: "Iran", Type: "GPE", Mentions: []dateline.Mention{mention(text, "Iran", 0)},
				Actor: &dateline.Actor{Code: "IRN", Country: "IRN"}},
		},
		Quotes: []*dateline.Quote{
			{ID: "q1", Text: "We agreed to continue the fight against terrorism,", Start: qs, End: qe, Direct: true, Cue: "said",
				Speaker:   &dateline.Speaker{Entity: "e1", Name: "Vladimir Putin", Code: "RUSGOV", Start: ss, End: se},
				Addressee: &dateline.Addressee{Entity: "e2", Name: "Bashar al-Assad"}},
		},
		Events: []*dateline.Event{
			{ID: "ev1", Date: "2017-11-20", Event: "CONSULT", Mode: "visit", Context: []string{"diplomatic"},
				Actor:     []dateline.EventActor{{Name: "Vladimir Putin", Code: "RUSGOV", Country: "RUS", Sector: "GOV", Entity: "e1"}},
				Recipient: []dateline.EventActor{{Name: "Bashar al-Assad", Code: "SYRGOV", Country: "SYR", Sector: "GOV", Entity: "e2"}},
				EventLoc:  loc, EventText: "met", TextInfo: sentence(text, s1, 0),
				Cameo: "043", QuadClass: 1, Goldstein: 2.8, Confidence: 0.9,
				Mentions: []dateline.EventMention{evMention(text, "met", 0, 0), evMention(text, "talks", 0, 2)}},
			{ID: "ev2", Date: "2017-11-22", Event: "AGREE", Context: []string{},
				Actor: []dateline.EventActor{{Name: "Vladimir Putin", Code: "RUSGOV", Country: "RUS", Sector: "GOV", Entity: "e1"}},
				Recipient: []dateline.EventActor{{Name: "Turkey", Code: "TURGOV", Country: "TUR", Sector: "GOV", Entity: "e5"},
					{Name: "Iran", Code: "IRNGOV", Country: "IRN", Sector: "GOV", Entity: "e6"}},
				EventText: "will meet", TextInfo: sentence(text, s4, 3), Cameo: "036", QuadClass: 1, Goldstein: 4,
				AuxMode: strp("future"), Confidence: 0.7,
				Mentions: []dateline.EventMention{evMention(text, "will meet", 0, 3)}},
			{ID: "ev3", Date: "", Event: "SUPPORT", Actor: []dateline.EventActor{{Name: "Bashar al-Assad", Code: "SYRGOV", Country: "SYR", Sector: "GOV", Entity: "e2"}},
				Recipient: []dateline.EventActor{{Name: "Vladimir Putin", Code: "RUSGOV", Country: "RUS", Sector: "GOV", Entity: "e1"}},
				EventText: "thanked", TextInfo: sentence(text, s3, 2), Cameo: "051", QuadClass: 1, Goldstein: 3.4, Confidence: 0.5,
				Mentions: []dateline.EventMention{evMention(text, "thanked", 0, 2)}},
		},
	}
}

// afrin is a second fabricated article, months later, with a quote whose
// speaker is unknown.
func afrin() *dateline.Result {
	text := "Turkish troops attacked Kurdish rebels near Afrin, the military said. " +
		"Ankara accused Washington of supporting the rebels. " +
		"\"This is an invasion of our land,\" a Kurdish spokesman told reporters. " +
		"\"We will not retreat,\" another voice added."
	s1 := "Turkish troops attacked Kurdish rebels near Afrin, the military said."
	s2 := "Ankara accused Washington of supporting the rebels."
	q1s, q1e := span(text, "This is an invasion of our land,", 0)
	sps, spe := span(text, "a Kurdish spokesman", 0)
	q2s, q2e := span(text, "We will not retreat,", 0)
	return &dateline.Result{
		Article: dateline.Article{ID: "afrin-1", Title: "Fighting near Afrin", Source: "example.net", Published: "2018-03-05",
			Language: "en", Text: text},
		Entities: []*dateline.Entity{
			{ID: "e1", Name: "Turkish troops", Type: "ORG", Mentions: []dateline.Mention{mention(text, "Turkish troops", 0)},
				Actor: &dateline.Actor{Code: "TURMIL", Country: "TUR", Sector: "MIL"}},
			{ID: "e2", Name: "Kurdish rebels", Type: "NORP", Mentions: []dateline.Mention{mention(text, "Kurdish rebels", 0)},
				Actor: &dateline.Actor{Code: "SYRREB", Country: "SYR", Sector: "REB"}},
			{ID: "e3", Name: "Afrin", Type: "GPE", Mentions: []dateline.Mention{mention(text, "Afrin", 0)},
				Geo: &dateline.Geo{Name: "Afrin", Country: "SYR", Lat: 36.51, Lon: 36.87}},
			{ID: "e4", Name: "Ankara", Type: "GPE", Mentions: []dateline.Mention{mention(text, "Ankara", 0)},
				Actor: &dateline.Actor{Code: "TURGOV", Country: "TUR", Sector: "GOV"}},
			{ID: "e5", Name: "Washington", Type: "GPE", Mentions: []dateline.Mention{mention(text, "Washington", 0)},
				Actor: &dateline.Actor{Code: "USAGOV", Country: "USA", Sector: "GOV"}},
		},
		Quotes: []*dateline.Quote{
			{ID: "q1", Text: "This is an invasion of our land,", Start: q1s, End: q1e, Direct: true, Cue: "told",
				Speaker: &dateline.Speaker{Name: "a Kurdish spokesman", Code: "SYRREB", Start: sps, End: spe}},
			{ID: "q2", Text: "We will not retreat,", Start: q2s, End: q2e, Direct: true, Cue: "added"},
		},
		Events: []*dateline.Event{
			{ID: "ev1", Date: "2018-03-04", Event: "ASSAULT", Mode: "conventional",
				Actor:     []dateline.EventActor{{Name: "Turkish troops", Code: "TURMIL", Country: "TUR", Sector: "MIL", Entity: "e1"}},
				Recipient: []dateline.EventActor{{Name: "Kurdish rebels", Code: "SYRREB", Country: "SYR", Sector: "REB", Entity: "e2"}},
				EventLoc:  &dateline.Location{Name: "Afrin", Country: "SYR", Lat: 36.51, Lon: 36.87},
				EventText: "attacked", TextInfo: sentence(text, s1, 0), Cameo: "190", QuadClass: 4, Goldstein: -10, Confidence: 0.8,
				Mentions: []dateline.EventMention{evMention(text, "attacked", 0, 0)}},
			{ID: "ev2", Date: "2018-03-05", Event: "ACCUSE",
				Actor:     []dateline.EventActor{{Name: "Ankara", Code: "TURGOV", Country: "TUR", Sector: "GOV", Entity: "e4"}},
				Recipient: []dateline.EventActor{{Name: "Washington", Code: "USAGOV", Country: "USA", Sector: "GOV", Entity: "e5"}},
				EventText: "accused", TextInfo: sentence(text, s2, 1), Cameo: "112", QuadClass: 3, Goldstein: -2, Confidence: 0.6,
				Mentions: []dateline.EventMention{evMention(text, "accused", 0, 1)}},
		},
	}
}

// typical is a synthetic article of the size the brief calls typical: 20
// entities with 3 mentions each, 10 quotes, 10 events. Variant n changes
// the text so that each call is a new article.
func typical(n int) *dateline.Result {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "Sentence %d of article %d: Minister Alpha%d said \"talks with Beta%d went well\" in Gamma%d on Tuesday. ", i, n, i%20, i%20, i%20)
	}
	text := b.String()
	r := &dateline.Result{Article: dateline.Article{ID: fmt.Sprintf("typ-%d", n), Published: "2020-01-02", Language: "en", Text: text}}
	for i := 0; i < 20; i++ {
		name := fmt.Sprintf("Alpha%d", i)
		e := &dateline.Entity{ID: fmt.Sprintf("e%d", i+1), Name: name, Type: "PERSON",
			Actor: &dateline.Actor{Code: "RUSGOV", Country: "RUS", Sector: "GOV", Role: "Minister", Source: "text"}}
		for k := 0; k < 2; k++ {
			e.Mentions = append(e.Mentions, mention(text, name+" said", k))
		}
		e.Mentions = append(e.Mentions, mention(text, fmt.Sprintf("Gamma%d", i), 0))
		r.Entities = append(r.Entities, e)
	}
	for i := 0; i < 10; i++ {
		w := fmt.Sprintf("talks with Beta%d went well", i)
		s, e := span(text, w, 0)
		sp := mention(text, fmt.Sprintf("Alpha%d", i), 0)
		r.Quotes = append(r.Quotes, &dateline.Quote{ID: fmt.Sprintf("q%d", i+1), Text: w, Start: s, End: e, Direct: true, Cue: "said",
			Speaker: &dateline.Speaker{Entity: fmt.Sprintf("e%d", i+1), Name: fmt.Sprintf("Alpha%d", i), Code: "RUSGOV", Start: sp.Start, End: sp.End}})
	}
	for i := 0; i < 10; i++ {
		sent := fmt.Sprintf("Sentence %d of article %d:", i, n)
		s, _ := span(text, sent, 0)
		_, e := span(text, "Tuesday.", i)
		r.Events = append(r.Events, &dateline.Event{ID: fmt.Sprintf("ev%d", i+1), Date: "2020-01-01", Event: "CONSULT",
			Actor:     []dateline.EventActor{{Name: fmt.Sprintf("Alpha%d", i), Code: "RUSGOV", Country: "RUS", Sector: "GOV", Entity: fmt.Sprintf("e%d", i+1)}},
			Recipient: []dateline.EventActor{{Name: fmt.Sprintf("Beta%d", i), Code: "USAGOV", Country: "USA", Sector: "GOV"}},
			EventText: "talks", TextInfo: dateline.TextInfo{Sentence: i, Start: s, End: e}, Cameo: "040", QuadClass: 1, Goldstein: 1,
			Mentions: []dateline.EventMention{evMention(text, "talks", i, i), evMention(text, "talks", i+20, i+20)}})
	}
	return r
}
