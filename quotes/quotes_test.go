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
		{"quoted transcript turn", "Anna Reyes interviewed Tom Baker on Sunday.\n\n“REYES: Let us begin with the news from the harbour this morning.”",
			[]want{{"Let us begin", true, "REYES"}}},
		{"partial quotes in a report", `Maria Lopez spoke on Monday. “We will win,” she said. Peter Grant tweeted that the new stadium was “a disgrace” and “a con” in the night.`,
			[]want{{"a con", true, "Grant"}}},
		{"long apposition", `“It is an attack on the city's rights,” Paul Becker, the mayor of Leeds, one of the towns opposing the plan, said at a meeting.`,
			[]want{{"It is an attack", true, "Paul Becker"}}},
		{"aside after subject", `Senator Mary Hill, at a later press conference, said, “We need to know the facts first.”`,
			[]want{{"We need to know", true, "Mary Hill"}}},
		{"participle after interruption", `“Each time you repeat that,” Carla Diaz said, pointing to the report, “you give ammunition to the critics.”`,
			[]want{{"you give ammunition", true, "Carla Diaz"}}},
		{"nested curly", `“I would rather work in what he calls “chaos” than work anywhere else.” ― Lena Ortiz`,
			[]want{{"I would rather work", true, "Lena Ortiz"}}},
		{"stray straight mark", "\"John Smith took the stage, chanting “We want more jobs now!”",
			[]want{{"We want more jobs", true, "John Smith"}}},
		{"dash is not a byline", `Martin Hale said the rules amounted to "tearing the whole system down" - a charge that stung.`,
			[]want{{"tearing the whole", true, "Hale"}}},
		{"reporter of a stance", `Laura Finch said she expects the club “to keep pointing out every unfair decision.”`,
			[]want{{"to keep pointing out", true, "Laura Finch"}}},
		{"bracketed party", `“It is a gift to the landlords,” Rep. Sam Ortega (D-Ariz.) said Friday.`,
			[]want{{"It is a gift", true, "Sam Ortega"}}},
		{"speakers in turn", "“Where is the money?” asked Tom Hale.\n\n“It is in the budget,” Claire Dunmore replied.\n\n“Then show us the figures.”\n\n“We will publish them next week.”",
			[]want{{"Then show us", true, "Tom Hale"}, {"We will publish", true, "Claire Dunmore"}}},
		{"a quotation paragraph continues its speaker", "“We have been through worse,” Angela Merkel said on Sunday.\n\n“Europe has always found a way out of its crises.”",
			[]want{{"Europe has always", true, "Angela Merkel"}}},
		{"a statement after a question continues its speaker", "“Will you resign?” a reporter asked the minister.\n\n“No,” Claire Dunmore said.\n\n“I have work to do here and I intend to finish it.”",
			[]want{{"I have work to do", true, "Claire Dunmore"}}},
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
		{"said ..., but warned", `Jordan Bardella said the party would let a new prime minister work, but warned that it would not accept the budget.`,
			[]want{{"it would not accept the budget", false, "Jordan Bardella"}}},
		{"which after an apposition", `Beijing named Skydio, the largest U.S. drone maker, which said the sanctions would not affect its business.`,
			[]want{{"the sanctions would not affect its business", false, "Skydio"}}},
		{"coordinated titled speakers", `"The charges are false," national security adviser Tzachi Hanegbi and foreign ministry spokesperson Oren Marmorstein said in a joint statement.`,
			[]want{{"The charges are false", true, "Oren Marmorstein"}}},
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
		{"told whom and when after the content", `The governor could accept a new tax on fuel next year, Sen. Mark Doyle told The Boston Globe on Thursday.`,
			[]want{{"could accept a new tax", false, "Mark Doyle"}}},
		{"time after the verb", `The bill is an insult to all workers, top union leaders said Friday afternoon, as they left the hall.`,
			[]want{{"The bill is an insult", false, "union leaders"}}},
		{"headline", "Merkel Says New Budget Will Protect Pensions.\n\nThe chancellor spoke on Saturday.",
			[]want{{"New Budget Will Protect", false, "Merkel"}}},
		{"headline inverted", "Council Ignored Flood Warnings For Years, Former City Engineer Says.\n\nThe engineer spoke on Saturday.",
			[]want{{"Council Ignored Flood Warnings", false, "Engineer"}}},
		{"name taken for an adverb", `Holly later said she suspected Dunn was hiding something.`,
			[]want{{"she suspected Dunn", false, "Holly"}}},
		{"quoted as saying", `State news agency TASS quoted Kremlin spokesman Dmitry Peskov as saying that no meeting was planned.`,
			[]want{{"no meeting was planned", false, "Peskov"}}},
		{"according to over a report", `Officials have said they have no plans to publish the letters, according to lawyers for the widow.`,
			[]want{{"Officials have said they have no plans", false, "lawyers"}}},
		{"transcript label", "REYES: Let us begin with the news from the harbour this morning.",
			[]want{{"Let us begin", false, "REYES"}}},
		{"headline source label", "Survey: Most Farmers Expect A Poor Harvest This Year\n\nThe survey was published on Friday.",
			[]want{{"Most Farmers Expect", false, "Survey"}}},
		{"headline verb of stance", "Mayor Slams Council Over Rising Bus Fares\n\nThe mayor spoke on Friday.",
			[]want{{"Council Over Rising Bus Fares", false, "Mayor"}}},
		{"partial quotation in a report", `The mayor said the budget was “a disaster for every family” and would not pass.`,
			[]want{{"the budget was", false, "mayor"}, {"a disaster for every family", true, "mayor"}}},
		{"title after the verb", `Maria Lopez told “Radio City Live” on Friday that the bridge would reopen in May.`,
			[]want{{"the bridge would reopen", false, "Maria Lopez"}}},
		{"finding opens the sentence", `In a poll released on Tuesday, the governor leads her rival by six points.`,
			[]want{{"the governor leads her rival", false, "poll"}}},
		{"coordinated speakers after the content", `The talks would focus on a ceasefire, Saudi Arabia and the United States said in a joint statement on Friday, as fighting continued.`,
			[]want{{"The talks would focus on a ceasefire", false, "United States"}}},
		{"reduced relative after the speaker", `Dagalo, widely known as Hemedti, told Al Arabiya television that his forces were ready to stop.`,
			[]want{{"his forces were ready", false, "Dagalo"}}},
		{"institution speaking as it", `The ministry said the talks would resume on Monday. "We urge both parties to attend," it said.`,
			[]want{{"We urge both parties", true, "ministry"}}},
		{"told an audience somewhere that", `Sheikh Mohammed told a news conference in Doha that the remaining obstacles were minor.`,
			[]want{{"the remaining obstacles were minor", false, "Mohammed"}}},
		{"finding closes the sentence", `The mayor has lost ground among older voters, in a survey of likely voters.`,
			[]want{{"The mayor has lost ground", false, "survey"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestNotSpeech checks that words of saying used in another sense are no
// cue: "known as" names, and "continued" after a clause is time.
func TestNotSpeech(t *testing.T) {
	for _, text := range []string{
		`Shipping companies including Maersk have diverted vessels around Africa, adding about 10 days to voyages.`,
		`No injuries were reported, and navy firefighters helped put out the blaze early on Saturday.`,
		`The talks would focus on a ceasefire, officials said, as heavy fighting continued in the capital.`,
		`Dagalo, widely known as Hemedti, has commanded the force since 2013.`,
	} {
		d := process(t, text)
		for _, q := range d.Quotes {
			if c := d.Slice(q.CueRange); c == "continued" || c == "known" || c == "adding" || c == "reported" && strings.Contains(d.Slice(q.Content), "firefighters") {
				t.Errorf("%q: cue %q for %q", text, c, d.Slice(q.Content))
			}
		}
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
		"Correction: A previous version of this story gave the wrong date for the vote.",
		"Storm Over Taxes: The Mayor Was Headed to the Hearing but Turned Back.",
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

// TestFindingNotCue checks that a phrase "in ..." is no cue when it
// reports nothing or when the clause after it reports someone's words.
func TestFindingNotCue(t *testing.T) {
	for _, text := range []string{
		`In other words, the budget will not balance this year.`,
		`In a survey of its members, the union said that most of them would strike.`,
	} {
		d := process(t, text)
		for _, q := range d.Quotes {
			if strings.EqualFold(d.Slice(q.CueRange), "in") {
				t.Errorf("%q: cue %q attributes %q", text, q.Cue, d.Slice(q.Content))
			}
		}
	}
}

// TestDateNotSpeaker checks that a time phrase set off by a comma is never
// taken for the speaker of what follows.
func TestDateNotSpeaker(t *testing.T) {
	for _, text := range []string{
		`In May, several farm groups granted Mr. Hale an extension on a court order to clean a former quarry, saying his “budget was smaller than planned.”`,
		`On Tuesday, the council adopted a plan for the harbour, warning that “the old pier cannot last another winter.”`,
	} {
		d := process(t, text)
		for _, q := range d.Quotes {
			if q.Speaker >= 0 {
				if s := d.Slice(d.Spans[q.Speaker].Range); s == "May" || s == "Tuesday" {
					t.Errorf("%q: %q spoken by %q", text, d.Slice(q.Content), s)
				}
			}
		}
	}
}

// TestReportStops checks that reported speech stops where the next clause
// starts on its own: at a semicolon, or at a conjunction before another
// report.
func TestReportStops(t *testing.T) {
	tests := []struct {
		text, content, not string
	}{
		{`The minister said the talks had failed; the opposition blamed the government for the delay.`, "the talks had failed", "opposition"},
		{`The minister said the talks had failed, and her deputy noted that a new round was planned for June.`, "the talks had failed", "deputy"},
	}
	for _, tt := range tests {
		d := process(t, tt.text)
		found := false
		for _, q := range d.Quotes {
			c := d.Slice(q.Content)
			if !strings.Contains(c, tt.content) {
				continue
			}
			found = true
			if strings.Contains(c, tt.not) {
				t.Errorf("%q: content %q runs into %q", tt.text, c, tt.not)
			}
		}
		if !found {
			t.Errorf("%q: no quotation with %q", tt.text, tt.content)
		}
	}
}

// TestTitleNotQuote checks that a title in capitals set off by a comma is
// not taken for someone's words.
func TestTitleNotQuote(t *testing.T) {
	for _, tt := range []struct{ text, title string }{
		{`Ms. Ortiz said her first book, “Grow Rich Slowly,” sold well in the towns of the valley.`, "Grow Rich Slowly"},
		{`The band played its old hit, “Summer Rain On The Roof,” before the speeches began.`, "Summer Rain"},
	} {
		d := process(t, tt.text)
		for _, q := range d.Quotes {
			if q.Direct && strings.Contains(d.Slice(q.Content), tt.title) {
				t.Errorf("%q: title %q taken for a quotation", tt.text, d.Slice(q.Content))
			}
		}
	}
}

// A phrase quoted inside reported speech is the words of the one who
// reports it, not of a verb inside the report; the reported clause stands
// beside it.
func TestOuterReporter(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"described", `Senator Maria Lopez said on Tuesday that the governor once described the new tax as “a gift to working families” before he turned against it.`,
			[]want{{"a gift to working families", true, "Lopez"}, {"the governor once described", false, "Lopez"}}},
		{"participle", `Mayor Tom Becker dismissed the report, saying anyone who reads it closely “will find nothing new in it.”`,
			[]want{{"will find nothing new", true, "Becker"}}},
		{"introduced", `Anna Reyes said the minister told reporters: “We will not raise the tariff this year.”`,
			[]want{{"We will not raise the tariff", true, "minister"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// A message speaks for whoever issued it: the participle that reports
// what it says takes the issuer as its speaker.
func TestIssuer(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		wants []want
	}{
		{"statement", `The city council issued a statement on Monday calling the new rail line “a waste of public money.”`,
			[]want{{"a waste of public money", true, "council"}}},
		{"tweets", `Governor Paul Hendricks posted a series of tweets late Sunday saying that the strike had hurt small businesses across the state.`,
			[]want{{"the strike had hurt small businesses", false, "Hendricks"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.text, tt.wants) })
	}
}

// TestHeadlineSpeakerOnce finds a headline's "Name: «quotation»" once, as
// the direct quotation, spoken by the name.
func TestHeadlineSpeakerOnce(t *testing.T) {
	d := process(t, "Merkel: «We will not give up on Europe»\n\nGerman Chancellor Angela Merkel spoke in Berlin on Sunday.")
	n := 0
	for _, q := range d.Quotes {
		if strings.Contains(d.Slice(q.Content), "We will not give up") {
			n++
			if !q.Direct || !strings.Contains(speakerName(d, q), "Merkel") {
				t.Errorf("%q: direct %v, speaker %q; want a direct quotation by Merkel", d.Slice(q.Content), q.Direct, speakerName(d, q))
			}
		}
	}
	if n != 1 {
		t.Errorf("the headline quotation found %d times, want once", n)
	}
}

// TestReportOfQuotationOnce keeps "warns of 'a difficult winter'" as the
// one direct quotation, not also a report of it.
func TestReportOfQuotationOnce(t *testing.T) {
	d := process(t, "Minister warns of 'difficult winter'\n\nThe energy minister spoke on Tuesday.")
	n := 0
	for _, q := range d.Quotes {
		if strings.Contains(d.Slice(q.Content), "difficult winter") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the quotation found %d times, want once", n)
	}
}
