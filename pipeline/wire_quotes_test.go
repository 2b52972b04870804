package pipeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/pipeline"
)

// wireQuotes are short passages in the style of wire news, written for
// this test, with one quotation each and the speaker a careful reader
// names: a substring of the content and of the speaker entity's name.
var wireQuotes = []struct{ text, content, speaker string }{
	{"MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that talks with Washington had stalled.", "talks with Washington had stalled", "Sergei Lavrov"},
	{"Kenyan President William Ruto arrived in Addis Ababa on Monday. \"We are here to listen,\" he told reporters.", "We are here to listen", "William Ruto"},
	{"\"The ceasefire is holding,\" said a spokesman for the U.N. mission, Stephane Dujarric.", "The ceasefire is holding", "Stephane Dujarric"},
	{"According to the health ministry, 42 people died in the floods.", "42 people died in the floods", "health ministry"},
	{"The Kremlin said in a statement that Putin and Erdogan had discussed Syria. The statement added that the two would meet again in May.", "the two would meet again in May", "Kremlin"},
	{"Prime Minister Jacinda Ardern spoke in Wellington on Friday. She said the country would reopen its borders in stages.", "the country would reopen its borders", "Jacinda Ardern"},
	{"\"We will not accept this,\" Iranian Foreign Minister Abbas Araqchi told state television.", "We will not accept this", "Abbas Araqchi"},
	{"Opposition leader Raila Odinga, who lost the election, warned that his supporters would take to the streets.", "his supporters would take to the streets", "Raila Odinga"},
	{"BEIJING, March 5 (Xinhua) -- China's economy will grow by about 5 percent this year, Premier Li Qiang said on Tuesday.", "China's economy will grow", "Li Qiang"},
	{"Ms Clarke, the mayor, said the bridge would stay closed. \"Safety comes first,\" she added.", "Safety comes first", "Clarke"},
	{"Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. \"Europe must stand together,\" Macron said after the talks.", "Europe must stand together", "Emmanuel Macron"},
	{"The army denied the report. \"No civilians were harmed,\" a military spokesman said.", "No civilians were harmed", "military spokesman"},
	{"Brazilian President Luiz Inacio Lula da Silva told Argentine President Javier Milei that trade must continue.", "trade must continue", "Lula"},
	{"\"I have no plans to resign,\" the minister, Maria Costa, said in a radio interview on Sunday.", "I have no plans to resign", "Maria Costa"},
	{"The World Health Organization said the outbreak was under control, but warned that new cases could appear.", "new cases could appear", "World Health Organization"},
	{"Senator Elizabeth Warren criticised the bill. \"It is a giveaway to the banks,\" Warren said in a statement.", "It is a giveaway to the banks", "Elizabeth Warren"},
	{"Police said three suspects had been arrested in connection with the attack.", "three suspects had been arrested", "Police"},
	{"In a post on X, Ukrainian President Volodymyr Zelenskiy wrote that the air defences had shot down 30 drones.", "the air defences had shot down 30 drones", "Volodymyr Zelenskiy"},
	{"\"It was a difficult night,\" said Ahmed Hassan, 54, a resident of the town. \"We heard explosions until dawn.\"", "We heard explosions until dawn", "Ahmed Hassan"},
	{"Japan's defence ministry said a North Korean missile had landed in the sea, Kyodo news agency reported.", "a North Korean missile had landed in the sea", "defence ministry"},
	// a second set, measured before any change made for it (6 of 10; the
	// first set was 19 of 20 when written)
	{"The ministry's spokeswoman, Maria Zakharova, told a briefing that Moscow would respond.", "Moscow would respond", "Maria Zakharova"},
	{"Hungarian Prime Minister Viktor Orban met Italian Prime Minister Giorgia Meloni in Rome. \"We agree on migration,\" she said.", "We agree on migration", "Giorgia Meloni"},
	{"\"The economy is recovering,\" central bank governor Andrew Bailey said. \"But inflation remains too high.\"\n\n\"We will act if needed.\"", "We will act if needed", "Andrew Bailey"},
	{"In an interview with the BBC, Israeli Prime Minister Benjamin Netanyahu said the war would continue.", "the war would continue", "Benjamin Netanyahu"},
	{"\"There is no military solution,\" said Josep Borrell, the European Union's foreign policy chief, after meeting ministers in Brussels.", "There is no military solution", "Josep Borrell"},
	{"Mr Sunak and Mr Starmer clashed in the debate. Mr Starmer said taxes would not rise.", "taxes would not rise", "Starmer"},
	{"Pakistan's army chief, General Asim Munir, warned India against any attack.", "India against any attack", "Asim Munir"},
	{"The statement by the Turkish foreign ministry said Ankara condemned the attack in the strongest terms.", "Ankara condemned the attack", "foreign ministry"},
	{"Sources familiar with the talks said a deal was close, according to Bloomberg.", "a deal was close", "Sources"},
	{"U.S. Secretary of State Antony Blinken told his Chinese counterpart Wang Yi that Washington wanted stable ties.", "Washington wanted stable ties", "Antony Blinken"},
	// a third set, measured before any change made for it (8 of 10, the
	// office's statement then expected to be the office's own; it is
	// counted now as its holder's, as an office speaks for its holder)
	{"State news agency TASS quoted Kremlin spokesman Dmitry Peskov as saying that no meeting was planned.", "no meeting was planned", "Dmitry Peskov"},
	{"In a televised address, French President Emmanuel Macron said pensions reform would go ahead.", "pensions reform would go ahead", "Emmanuel Macron"},
	{"A spokesperson for Amnesty International said the trial had been unfair.", "the trial had been unfair", "Amnesty International"},
	{"The White House said on Monday that the president would veto the bill.", "the president would veto the bill", "White House"},
	{"Turkish President Tayyip Erdogan spoke by phone with Russian President Vladimir Putin.\n\nThe Turkish leader told Putin that a ceasefire was urgent.", "a ceasefire was urgent", "Tayyip Erdogan"},
	{"Nigeria's army said it had rescued 20 hostages. \"The operation was a success,\" army spokesman Onyema Nwachukwu told AFP.", "The operation was a success", "Onyema Nwachukwu"},
	{"Prime Minister Narendra Modi's office said he would travel to Washington in June.", "he would travel to Washington", "Narendra Modi"},
	{"\"We are not afraid,\" said Svetlana Tikhanovskaya, the exiled opposition leader. \"Belarus will be free.\"", "Belarus will be free", "Svetlana Tikhanovskaya"},
	{"Chinese foreign ministry spokeswoman Mao Ning told a regular briefing that Beijing opposed the sanctions.", "Beijing opposed the sanctions", "Mao Ning"},
	{"German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni met in Berlin. Scholz said the two countries shared goals, while Meloni said migration remained the priority.", "migration remained the priority", "Giorgia Meloni"},
	// a fourth set, measured before any change made for it (6 of 10; 9
	// after: "An official" is tagged as an adjective)
	{"Gordon Brown raised duty on beer on Wednesday. The chancellor said the economy was strong.", "the economy was strong", "Gordon Brown"},
	{"\"We have done nothing wrong,\" the company said in a statement.", "We have done nothing wrong", "company"},
	{"Spain's Prime Minister Pedro Sanchez told parliament that elections would be held in July.", "elections would be held in July", "Pedro Sanchez"},
	{"An official at the ministry, who asked not to be named, said the plan had been shelved.", "the plan had been shelved", "official"},
	{"Egyptian President Abdel Fattah al-Sisi received Sudanese army chief Abdel Fattah al-Burhan in Cairo. Sisi stressed that Egypt supported Sudan's stability.", "Egypt supported Sudan's stability", "Sisi"},
	{"\"This is a dark day for democracy,\" tweeted opposition lawmaker Ana Lopez.", "This is a dark day for democracy", "Ana Lopez"},
	{"The Pentagon said in a statement that two U.S. soldiers had been wounded.", "two U.S. soldiers had been wounded", "Pentagon"},
	{"Thousands of farmers blocked roads in Paris. \"We cannot live on these prices,\" said one of them, Jean Martin.", "We cannot live on these prices", "Jean Martin"},
	{"The United Nations Secretary-General, Antonio Guterres, called the attack \"appalling\".", "appalling", "Antonio Guterres"},
	{"Kenya's Interior Minister Kithure Kindiki said police had arrested 40 people. He added that the protests had been infiltrated by criminals.", "the protests had been infiltrated by criminals", "Kithure Kindiki"},
}

// wireQuotesGuard is how many of wireQuotes the pipeline attributes as
// expected (measured; raise it as attribution improves).
const wireQuotesGuard = 50

// TestWireQuotes attributes each passage's quotation and counts those
// whose speaker is the expected one; it fails below the guard and logs the
// misses.
func TestWireQuotes(t *testing.T) {
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	found := 0
	for _, w := range wireQuotes {
		r, err := p.Run(pipeline.Input{Article: dateline.Article{Text: w.text}, Published: published})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := false
		for _, q := range r.Quotes {
			if !strings.Contains(q.Text, w.content) {
				continue
			}
			name := ""
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			got = append(got, name)
			if name != "" && strings.Contains(strings.ToLower(name), strings.ToLower(w.speaker)) {
				ok = true
			}
		}
		if ok {
			found++
			continue
		}
		t.Logf("missed %q by %q in %q; speakers found %q", w.content, w.speaker, w.text, got)
	}
	t.Logf("wire quotes: %d of %d attributed as expected", found, len(wireQuotes))
	if found < wireQuotesGuard {
		t.Errorf("%d of %d wire quotes attributed as expected, below the guard %d", found, len(wireQuotes), wireQuotesGuard)
	}
}
