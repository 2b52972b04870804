package quotes_test

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/pipeline"
)

var pipe *pipeline.Pipeline

func process(t *testing.T, text string) *doc.Doc {
	t.Helper()
	if pipe == nil {
		p, err := pipeline.Default()
		if err != nil {
			t.Fatal(err)
		}
		pipe = p
	}
	d, err := pipe.Doc(pipeline.Input{Article: dateline.Article{Text: text}, Verbatim: true})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// speakerName is the name of a quotation's speaker entity, or the text of
// its speaker mention when it has no entity.
func speakerName(d *doc.Doc, q *doc.Quote) string {
	if q.Speaker < 0 {
		return ""
	}
	s := d.Spans[q.Speaker]
	if s.Entity >= 0 {
		return d.Entities[s.Entity].Name
	}
	return d.Slice(s.Range)
}

type want struct {
	content string // a substring of the quotation's content
	direct  bool
	speaker string // a substring of the speaker's name
}

func check(t *testing.T, text string, wants []want) {
	t.Helper()
	d := process(t, text)
	for _, w := range wants {
		var got *doc.Quote
		for _, q := range d.Quotes {
			if strings.Contains(d.Slice(q.Content), w.content) && q.Direct == w.direct {
				got = q
				break
			}
		}
		if got == nil {
			var have []string
			for _, q := range d.Quotes {
				have = append(have, d.Slice(q.Content))
			}
			t.Errorf("no quotation with %q (direct %v); have %q", w.content, w.direct, have)
			continue
		}
		if s := speakerName(d, got); !strings.Contains(strings.ToLower(s), strings.ToLower(w.speaker)) || (w.speaker == "" && s != "") {
			t.Errorf("quotation %q: speaker %q, want %q", w.content, s, w.speaker)
		}
	}
}

func TestDirectStyles(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"straight", `Vladimir Putin met reporters on Monday. "We will not retreat from our positions," Putin said.`,
			[]want{{"We will not retreat", true, "Vladimir Putin"}}},
		{"curly inverted", `Sergei Lavrov spoke in Moscow. “The operation is ending soon,” said Mr. Lavrov.`,
			[]want{{"The operation is ending", true, "Lavrov"}}},
		{"guillemets after colon", `Emmanuel Macron spoke in Paris. Macron said: «We will prevail in the end.»`,
			[]want{{"We will prevail", true, "Macron"}}},
		{"single headline quotes", `Putin says 'the operation is over and done'`,
			[]want{{"the operation is over", true, "Putin"}}},
		{"nested", `“He told me ‘never again’ and then he left the room,” said John Smith.`,
			[]want{{"He told me ‘never again’", true, "John Smith"}}},
		{"interrupted", `Sergei Lavrov arrived in Ankara. “We are ready to talk,” Lavrov said. “But we will not wait forever.”`,
			[]want{{"We are ready", true, "Lavrov"}, {"we will not wait forever", true, "Lavrov"}}},
		{"multi-paragraph", "Angela Merkel spoke after the summit.\n\n“The first part of what we agreed concerns trade and tariffs.\n\n“The second part concerns the climate,” Merkel added.",
			[]want{{"The first part", true, "Merkel"}, {"The second part", true, "Merkel"}}},
		{"pronoun speaker", `Vladimir Putin arrived in Sochi on Monday. “This is a historic day for both of our nations,” he added.`,
			[]want{{"This is a historic day", true, "Vladimir Putin"}}},
		{"dash attribution", "“Nobody in this town believes a word of it anymore.” ― Maria Lopez",
			[]want{{"Nobody in this town", true, "Maria Lopez"}}},
		{"apposition", `“The vote was a disaster for everyone involved,” Jim Jordan, a member of the panel, said.`,
			[]want{{"The vote was a disaster", true, "Jim Jordan"}}},
		{"quoted transcript turn", "Chris Wallace interviewed Mike Pence on Sunday.\n\n“WALLACE: Let us start with the breaking news on the debate story tonight.”",
			[]want{{"Let us start", true, "WALLACE"}}},
		{"partial quotes in a report", `Hillary Clinton spoke on Monday. “We will win,” she said. Donald Trump tweeted that Alicia Machado was “disgusting” and “a con” in the night.`,
			[]want{{"a con", true, "Trump"}}},
		{"long apposition", `“It is an invasion of the state domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said at an event.`,
			[]want{{"It is an invasion", true, "Scott Pruitt"}}},
		{"aside after subject", `Senator Mary Hill, at a later press conference, said, “We need to know the facts first.”`,
			[]want{{"We need to know", true, "Mary Hill"}}},
		{"participle after interruption", `“Every time you say that,” Jon Tester said, referring to the excuse, “you give ammunition to the critics.”`,
			[]want{{"you give ammunition", true, "Jon Tester"}}},
		{"nested curly", `“I would rather live in what he calls “hell” than live anywhere else.” ― Adriana Rodarte`,
			[]want{{"I would rather live", true, "Adriana Rodarte"}}},
		{"stray straight mark", "\"John Smith took the stage, chanting “We want more jobs now!”",
			[]want{{"We want more jobs", true, "John Smith"}}},
		{"dash is not a byline", `Laurence Tribe said the rules amounted to "burning the whole Constitution down" - a charge that stung.`,
			[]want{{"burning the whole", true, "Tribe"}}},
		{"reporter of a stance", `Jessica Ditto said she expects the campaign “to continue calling out examples of bias.”`,
			[]want{{"to continue calling out", true, "Jessica Ditto"}}},
		{"bracketed party", `“It is a dog whistle to all voters,” Rep. Gwen Moore (D-Wis.) said Friday.`,
			[]want{{"It is a dog whistle", true, "Gwen Moore"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

func TestReported(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"said that", `Vladimir Putin said on Monday that the military operation was ending.`,
			[]want{{"the military operation was ending", false, "Vladimir Putin"}}},
		{"said without that", `Sergei Lavrov said the talks would resume next week.`,
			[]want{{"the talks would resume", false, "Sergei Lavrov"}}},
		{"content first", `The talks will resume in Geneva next week, the spokesman said.`,
			[]want{{"The talks will resume", false, "spokesman"}}},
		{"inverted", `The talks will resume in Geneva next week, said Dmitry Peskov.`,
			[]want{{"The talks will resume", false, "Dmitry Peskov"}}},
		{"according to first", `According to TASS, the delegations will meet again in Minsk.`,
			[]want{{"the delegations will meet", false, "TASS"}}},
		{"according to last", `The delegations will meet again in Minsk, according to TASS.`,
			[]want{{"The delegations will meet", false, "TASS"}}},
		{"told reporters", `Antony Blinken told reporters that the sanctions would stay in place.`,
			[]want{{"the sanctions would stay", false, "Antony Blinken"}}},
		{"who clause", `John Smith, who chairs the committee, warned that the bill would fail.`,
			[]want{{"the bill would fail", false, "John Smith"}}},
		{"stance", `Senator Elizabeth Warren wants the bank broken up before the end of the year.`,
			[]want{{"the bank broken up", false, "Elizabeth Warren"}}},
		{"told whom and when after the content", `Donald Trump could embrace a clean energy policy as president, Sen. Lindsey Graham told The Huffington Post on Thursday.`,
			[]want{{"could embrace a clean energy policy", false, "Lindsey Graham"}}},
		{"time after the verb", `The bill is an insult to all workers, top union leaders said Friday afternoon, as they left the hall.`,
			[]want{{"The bill is an insult", false, "union leaders"}}},
		{"headline", "Obama Says New Museum Will Tell the Story of the Nation.\n\nThe president spoke on Saturday.",
			[]want{{"New Museum Will Tell", false, "Obama"}}},
		{"headline inverted", "Clinton Hid Health Problems From Public, Former White House Doctor Says.\n\nThe doctor spoke on Saturday.",
			[]want{{"Clinton Hid Health Problems", false, "Doctor"}}},
		{"name taken for an adverb", `Shelby later said she suspected Crutcher was under the influence of drugs.`,
			[]want{{"she suspected Crutcher", false, "Shelby"}}},
		{"according to over a report", `Police have said they have no plans to release the recordings, according to attorneys for the family.`,
			[]want{{"Police have said they have no plans", false, "attorneys"}}},
		{"transcript label", "WALLACE: Let us start with the breaking news on the debate story tonight.",
			[]want{{"Let us start", false, "WALLACE"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestNotNested checks that a stance reported inside what someone said is
// not attributed apart: each word plays one role in one attribution.
func TestNotNested(t *testing.T) {
	d := process(t, `The senator said that the governor wants a new stadium in the city.`)
	for _, q := range d.Quotes {
		if strings.HasPrefix(d.Slice(q.CueRange), "want") {
			t.Errorf("nested stance %q reported apart", d.Slice(q.Content))
		}
	}
	if len(d.Quotes) != 1 {
		t.Errorf("%d quotations, want 1", len(d.Quotes))
	}
}

// TestStrayPhrase checks that a quoted title in a sentence nobody speaks
// does not take the speaker of the paragraph before.
func TestStrayPhrase(t *testing.T) {
	d := process(t, "“We will fight this bill all the way,” Senator John Smith said.\n\nCritics of the “Justice for Families Act” gathered outside the building on Monday.")
	for _, q := range d.Quotes {
		if q.Direct && strings.Contains(d.Slice(q.Content), "Justice for Families") {
			t.Errorf("quoted title %q reported as a direct quotation", d.Slice(q.Content))
		}
	}
}

// TestHeadlineTopic checks that a headline's topic before a colon is not
// a transcript's speaker.
func TestHeadlineTopic(t *testing.T) {
	for _, text := range []string{
		"Correction: An earlier version of this article misstated the date of the vote.",
		"Stealth Over Health: Clinton Was Headed to the Hospital but Turned Back.",
	} {
		d := process(t, text)
		for _, q := range d.Quotes {
			if q.Cue == ":" {
				t.Errorf("%q: %q taken for a transcript turn", text, d.Slice(q.Content))
			}
		}
	}
}

func TestFirstPersonLinked(t *testing.T) {
	d := process(t, `Vladimir Putin spoke in Sochi. “I will not change my mind,” Putin said.`)
	var q *doc.Quote
	for _, c := range d.Quotes {
		if c.Direct {
			q = c
		}
	}
	if q == nil || q.Speaker < 0 {
		t.Fatal("no attributed quotation")
	}
	e := d.Spans[q.Speaker].Entity
	found := false
	for _, m := range d.Entities[e].Mentions {
		if d.Slice(d.Spans[m].Range) == "I" {
			found = true
		}
	}
	if !found {
		t.Errorf("“I” is not a mention of %s", d.Entities[e].Name)
	}
}
