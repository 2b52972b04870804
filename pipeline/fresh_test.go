package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/pipeline"
)

// freshFact is one thing a careful analyst reads in a whole article of
// testdata/fresh (articles written for Dateline in wire style, each on a
// story none of the code was written for):
//   - kind "speaker": the quotation containing a is attributed to an entity
//     whose name contains b;
//   - kind "actor": the entity named a is coded b;
//   - kind "event": an event "TYPE ACTOR->RECIPIENT" (codes, comma-joined)
//     equal to a is found, dated b when b is given;
//   - kind "not": no event's "TYPE ACTOR->RECIPIENT" equals a, unless it is
//     marked as not having happened (aux_mode negation, hypothetical, ...).
type freshFact struct{ kind, a, b string }

// freshFacts are the facts of each article, keyed by file name. The
// articles were written and read one at a time, and the pipeline fixed
// where it failed them in ways a rule could generalise (see the commit
// log: "fresh article"); they guard those fixes.
var freshFacts = map[string][]freshFact{
	"sudan-talks-2023-05-05.txt": {
		{"speaker", "Sudan's army and the paramilitary Rapid Support Forces have agreed", "United States"},
		{"speaker", "We urge both parties", "United States"},
		{"speaker", "his forces were ready", "Dagalo"},
		{"speaker", "stop this senseless war", "William Ruto"},
		{"actor", "Abdel Fattah al-Burhan", "SDNMIL"},
		{"event", "ASSAULT SDNMIL->SDNMIL", "2023-05-05"},
		{"event", "ACCUSE SDNMIL->SDNMIL", ""},
		{"event", "CONSULT EGYGOV->SDNMIL", "2023-05-04"},
		{"not", "THREATEN USAGOV->USA", ""},
	},
	"tbilisi-protest-2024-05-01.txt": {
		{"actor", "Josep Borrell", "IGOEUREEC"},
		{"actor", "Matthew Miller", "USAGOV"},
		{"event", "ASSAULT GEOCOP->GEOCVL", "2024-04-30"},
		{"event", "REQUEST IGOEUREEC->GEOGOV", ""},
		{"speaker", "We will not allow anyone", "Irakli Kobakhidze"},
	},
	"quake-aid-2023-02-09.txt": {
		{"actor", "Bashar al-Assad", "SYRGOV"},
		{"event", "REQUEST SYRGOV->IGOUNO", ""},
		{"event", "ACCUSE TUROPP->TURGOV", ""},
		{"event", "CONSULT GRCGOV->TURGOV", "2023-02-06"},
		{"speaker", "Japan stands with the people of Turkey", "Fumio Kishida"},
		{"actor", "Fumio Kishida", "JPNGOV"}, // was TURGOV, a bare title taking the focus country; now from the built-in leaders
	},
	"lula-biden-2023-02-10.txt": {
		{"actor", "Luiz Inacio Lula da Silva", "BRAGOV"},
		{"speaker", "Brazil is back", "Lula"},
		{"speaker", "Nobody wants this war to continue", "Lula"},
		{"event", "CONSULT BRAGOV->USAGOV", "2023-02-10"},
		{"event", "ASSAULT BRACVL->BRA", "2023-01-08"},
		{"not", "CONSULT BRAGOV->RUS,UKR", ""},
		{"speaker", "the two presidents also discussed the war", "White House"},
	},
	"iran-sanctions-2022-10-17.txt": {
		{"actor", "Foreign Ministry", "IRNGOV"},
		{"event", "REQUEST UKRGOV->IGOEUREEC", ""},
		{"speaker", "The European side is repeating false claims", "Nasser Kanaani"},
		{"speaker", "Iran must stop supporting", "Annalena Baerbock"},
		{"not", "REJECT IRN->IRNMIL", ""},
	},
	"storm-power-2021-11-29.txt": {
		{"speaker", "It's been awful", "Margaret Hill"},
		{"speaker", "Our teams have been working", "pokesperson"},
		{"speaker", "The government was warned", "Ed Miliband"},
		{"speaker", "This is not acceptable", "Kwasi Kwarteng"},
		{"actor", "Ed Miliband", "GBROPP"},
	},
	"red-sea-tanker-2024-01-27.txt": {
		{"speaker", "appropriate naval missiles", "Yahya Saree"},
		{"speaker", "respond at a time and place of our choosing", "Official of United States"},
		{"event", "ASSAULT USA,GBR->YEMREB", ""}, // missed: GBR alone, the coordination does not open the sentence
		{"event", "ASSAULT YEMREB->GBR", "2024-01-27"},
	},
	"senegal-vote-2024-03-26.txt": {
		{"actor", "Bassirou Diomaye Faye", "SENPTY"},
		{"speaker", "I will govern with humility", "Bassirou Diomaye Faye"},
		{"event", "SUPPORT SENPTY->SENPTY", "2024-03-25"},
		{"not", "SUPPORT FRA->USA", ""},
	},
	// scored before any change made for it: 6 of 9, after: 9
	"doha-hostage-talks-2023-11-21.txt": {
		{"speaker", "Israel and Hamas are close to an agreement", "Al Thani"},
		{"speaker", "very minor", "Al Thani"},
		{"actor", "Mohammed bin Abdulrahman Al Thani", "QATGOV"},
		{"speaker", "We are making progress", "Benjamin Netanyahu"},
		{"speaker", "Israeli air strikes had killed 40 people", "Hamas"},
		{"speaker", "he believed a deal was near", "Joe Biden"},
		{"event", "CONSULT USAGOV->QATGOV", "2023-11-20"},
		{"event", "ASSAULT ISRMIL->PSEREB", ""}, // missed: an act reported by its actor ("said its troops had killed")
		{"event", "REQUEST USAGOV->ISRGOV", ""}, // missed: "Biden had also urged Netanyahu to protect civilians"
	},
	// scored before any change made for it: 6 of 9 (and after)
	"essequibo-talks-2023-12-15.txt": {
		{"speaker", "We have agreed that the controversy", "Irfaan Ali"},
		{"speaker", "We have won today", "Nicolas Maduro"},
		{"speaker", "Guyana would not negotiate", "Irfaan Ali"},
		{"speaker", "frank", "Nicolas Maduro"},
		{"event", "AGREE VENGOV->GUYGOV,GUYGOV", "2023-12-14"},
		{"event", "CONSULT VENGOV->GUYGOV", "2023-12-14"}, // missed: "their meeting", "the talks" name no sides
		{"not", "CONSULT VENGOV->GUYGOV", "2023-12-15"},   // "to meet again" is not a meeting held
		{"event", "ACCUSE VEN->USA", ""},                  // missed: "which Caracas condemned as a provocation"
		{"actor", "Caribbean Community", "IGOCRB"},        // missed: not in the knowledge base
	},
	// scored before any change made for it: 7 of 9 (and after)
	"kabul-talks-2024-10-08.txt": {
		{"event", "CONSULT PAKMIL->AFGREB", ""},
		{"actor", "Ishaq Dar", "PAKGOV"},
		{"actor", "Amir Khan Muttaqi", "AFGGOV"},
		{"speaker", "We want peaceful and friendly relations", "Amir Khan Muttaqi"},
		{"speaker", "Afghanistan would not allow its territory", "Amir Khan Muttaqi"},
		{"event", "ACCUSE PAK->AFGREB", ""},
		{"event", "ASSAULT PAKREB->PAKMIL", ""}, // missed: AFG, from the paragraph before ("North Waziristan" is not in the gazetteer)
		{"actor", "army", "PAKMIL"},             // missed: the same
		{"speaker", "At least 12 soldiers were killed", "army"},
	},
	// scored before any change made for it: 4 of 9, after: 8
	"boe-rates-2024-05-23.txt": {
		{"speaker", "We are not there yet", "Andrew Bailey"},
		{"speaker", "the government's plan was working", "Jeremy Hunt"},
		{"speaker", "families were still paying more", "Labour Party"},
		{"speaker", "The European Central Bank is widely expected", "Christine Lagarde"},
		{"actor", "Bank of England", "GBRGOV"},
		{"actor", "European Central Bank", "IGOEUREEC"},
		{"actor", "Christine Lagarde", "IGOEUREEC"},
		{"actor", "Labour Party", "GBRPTY"},
		{"actor", "Monetary Policy Committee", "GBRGOV"}, // missed: NGO, from "committee"
	},
	// scored before any change made for it: 6 of 10, after: 8
	"kharkiv-strikes-2024-03-15.txt": {
		{"event", "ASSAULT RUS->UKR", "2024-03-15"},
		{"event", "ASSAULT UKRMIL->RUS", ""},
		{"not", "ASSAULT UKRMIL->UKRMIL", ""},
		{"event", "AGREE DEUGOV->FRAGOV,POLGOV", ""},
		{"speaker", "Every delay costs lives", "Volodymyr Zelenskiy"},
		{"speaker", "its forces had captured the village", "Russia's defence ministry"},
		{"actor", "Ukraine's air force", "UKRMIL"},
		{"actor", "Russia's defence ministry", "RUSMIL"},
		{"event", "ASSAULT RUSMIL->UKR", ""},                        // missed: "captured the village of Berdychi" is no trigger
		{"speaker", "the attack was an act of terrorism", "Russia"}, // missed: "Moscow" stays a city, not the government
	},
	// scored before any change made for it: 4 of 9, after: 7
	"dhaka-curfew-2024-07-19.txt": {
		{"event", "ASSAULT BGDCOP->BGDEDU", "2024-07-19"},
		{"event", "ASSAULT BGDCOP->BGDCVL", ""}, // missed: merged into the clash with the students
		{"speaker", "The curfew will remain", "Nayeemul Islam Khan"},
		{"actor", "Nayeemul Islam Khan", "BGDGOV"},
		{"speaker", "the army had been called in", "Nayeemul Islam Khan"},
		{"event", "ACCUSE BGDCVL->BGDGOV", ""}, // missed: "Protest leaders" are no coded group
		{"event", "REQUEST IGOUNO->BGDGOV", ""},
		{"actor", "Volker Turk", "IGOUNO"},
		{"speaker", "it supported the students", "Bangladesh Nationalist Party"},
	},
	// scored before any change made for it: 4 of 8 (and after; weighting
	// the dateline's country in the article's focus fixed Bazoum and the
	// rally but broke Macron and the Brasilia riot filed from Washington,
	// so it was not kept)
	"niger-ambassador-2023-08-26.txt": {
		{"event", "SANCTION NERMIL->FRAGOV", ""},
		{"actor", "Niger junta", "NERMIL"},    // the headline's "Niger junta" names it
		{"actor", "Mohamed Bazoum", "NERGOV"}, // missed: the same
		{"speaker", "The putschists have no authority", "French foreign ministry"},
		{"speaker", "France would keep its soldiers", "Emmanuel Macron"},
		{"event", "PROTEST NERCVL->", ""},     // missed: FRACVL
		{"not", "ASSAULT FRAMIL->NERREB", ""}, // missed: troops "stationed to fight" militants is a purpose
		{"speaker", "the decision was taken", "foreign ministry"},
	},
	// scored before any change made for it: 6 of 7, after: 7
	"hezbollah-fire-2024-01-11.txt": {
		{"event", "ASSAULT ISRMIL->LBNREB", "2024-01-11"},
		{"event", "ASSAULT LBNREB->ISRMIL", ""},
		{"event", "CONSULT USAGOV->LBNLEG", "2024-01-11"},
		{"speaker", "We want to avoid an escalation", "Najib Mikati"},
		{"speaker", "Israel would not tolerate", "Yoav Gallant"},
		{"speaker", "it had targeted the Meron", "Hezbollah"},
		{"actor", "Nabih Berri", "LBNLEG"},
	},
	// scored before any change made for it: 4 of 8, after: 7
	"ev-tariffs-2024-05-14.txt": {
		{"actor", "Joe Biden", "USAGOV"},
		{"actor", "Katherine Tai", "USAGOV"},
		{"event", "COERCE USAGOV->CHN", ""}, // missed: "quadrupled tariffs on Chinese electric vehicles"
		{"event", "REQUEST CHNGOV->USA", ""},
		{"speaker", "American workers can outwork", "Joe Biden"},
		{"speaker", "it firmly opposed the tariffs", "China's commerce ministry"},
		{"speaker", "the measures followed a four-year review", "Katherine Tai"},
		{"speaker", "would protect American jobs", "administration"},
	},
	// scored before any change made for it: 3 of 6, after: 5
	"eln-ceasefire-2023-06-10.txt": {
		{"event", "RETREAT COLGOV->COLREB", ""}, // missed: the body's signing merges into the headline's one-sided ceasefire
		{"actor", "Gustavo Petro", "COLGOV"},
		{"actor", "Antonio Garcia", "COLREB"},
		{"speaker", "This is the beginning of the end", "Gustavo Petro"},
		{"speaker", "the ELN would keep its weapons", "Antonio Garcia"},
		{"speaker", "it would monitor the truce", "United Nations"},
	},
	"goma-m23-2025-01-27.txt": {
		{"speaker", "The liberation of Goma is complete", "Lawrence Kanyuka"},
		{"speaker", "This is a declaration of war", "Therese Kayikwamba Wagner"},
		{"speaker", "The president called for an immediate ceasefire", "Vincent Magwenya"},
		{"actor", "Lawrence Kanyuka", "CODREB"},
		{"actor", "Therese Kayikwamba Wagner", "CODGOV"},
		{"actor", "Vincent Magwenya", "ZAFGOV"},
		{"actor", "Felix Tshisekedi", "CODGOV"},
		{"event", "COERCE CODREB->COD", "2025-01-27"},
		{"event", "SANCTION CODGOV->RWA", "2025-01-26"},
		{"event", "ACCUSE CODGOV->RWA", ""},
		{"event", "REQUEST CODGOV->IGOUNO", ""},
		{"event", "CONSULT ZAFGOV->RWAGOV", "2025-01-27"},
		{"event", "PROTEST CODCVL->RWA,FRA,BEL", "2025-01-27"},
		{"not", "CONSULT KENGOV->CODGOV", ""},
	},
	"india-pakistan-strikes-2025-05-07.txt": {
		{"event", "ASSAULT IND->PAK", "2025-05-07"},
		{"speaker", "it had hit camps", "India"},
		{"speaker", "Our actions have been focused", "defence ministry"},
		{"actor", "Shehbaz Sharif", "PAKGOV"},
		{"actor", "National Security Committee", "PAKGOV"},
		{"event", "ASSAULT PAKMIL->INDMIL", ""},
		{"event", "ACCUSE PAKGOV->IND", ""},
		{"event", "ACCUSE CHNGOV->IND", ""},
		{"event", "REQUEST CHNGOV->IND,PAK", ""},
		{"event", "CONSULT USAGOV->INDGOV,PAKGOV", ""},
		{"actor", "Vikram Misri", "INDGOV"},
	},
	"barnier-vote-2024-12-04.txt": {
		{"speaker", "This is not a pleasure", "Le Pen"},
		{"speaker", "I will continue to serve the country", "Barnier"},
		{"speaker", "the party would let a new prime minister work", "Bardella"},
		{"speaker", "it would not accept a budget", "Bardella"},
		{"speaker", "he was concerned about the situation", "Olaf Scholz"},
		{"actor", "Michel Barnier", "FRAGOV"},
		{"actor", "Olaf Scholz", "DEUGOV"},
		{"actor", "National Rally", "FRAPTY"},
		{"actor", "Marine Le Pen", "FRAPTY"},
		{"actor", "Jordan Bardella", "FRAPTY"},
		{"event", "ACCUSE FRAPTY->FRAGOV", ""},
	},
	"venezuela-vote-2024-07-30.txt": {
		{"speaker", "We have the proof", "Machado"},
		{"speaker", "They will not take Venezuela", "Maduro"},
		{"actor", "Maria Corina Machado", "VENOPP"},
		{"actor", "Edmundo Gonzalez", "VENOPP"},
		{"actor", "Tarek William Saab", "VENJUD"},
		{"actor", "National Electoral Council", "VENGOV"},
		{"actor", "Organization of American States", "IGOOAS"},
		{"actor", "Foro Penal", "VENNGO"},
		{"event", "ACCUSE VENGOV->VENOPP", ""},
		{"event", "ASSAULT VENCOP->VENCVL", "2024-07-29"},
		{"event", "REQUEST BRA,COL,MEX->VENGOV", ""},
		{"event", "SANCTION VEN->ARG,CHL,PER", ""},
	},
	"moscow-concert-attack-2024-03-23.txt": {
		{"speaker", "All the perpetrators, organisers", "Putin"},
		{"speaker", "Ukraine has absolutely nothing", "Podolyak"},
		{"speaker", "Washington had intelligence", "Official"},
		{"actor", "Islamic State", "IMGREB"},
		{"actor", "Mykhailo Podolyak", "UKRGOV"},
		{"actor", "Official of United States", "USAGOV"},
		{"actor", "Federal Security Service", "RUSSPY"},
		{"actor", "Investigative Committee", "RUSJUD"},
		{"actor", "Spokesman", "IGOUNO"},
		{"not", "THREATEN USA->RUSGOV", ""},
		{"speaker", "a window", "Putin"},
	},
	"china-taiwan-sanctions-2024-12-27.txt": {
		{"speaker", "The Taiwan question is the first red line", "Mao Ning"},
		{"actor", "Mao Ning", "CHNGOV"},
		{"speaker", "Peace across the Taiwan Strait", "Karen Kuo"},
		{"actor", "Karen Kuo", "TWNGOV"},
		{"event", "COERCE CHN->USABUS", "2024-12-27"},
		{"speaker", "the sanctions would not affect its business", "Skydio"},
		{"actor", "Skydio", "USABUS"},
		{"actor", "Taiwan's presidential office", "TWNGOV"},
		{"event", "SUPPORT TWNGOV->USA", ""},
		{"event", "AID USAGOV->TWN", "2024-12-27"},
	},
	"prisoner-swap-2024-08-01.txt": {
		{"event", "RETREAT RUS->USAMED", "2024-08-01"},
		{"speaker", "it had coordinated the exchange", "intelligence agency"},
		{"event", "RETREAT DEU->RUS", ""},
		{"speaker", "Their brutal ordeal is over", "Joe Biden"},
		{"event", "SUPPORT USAGOV->DEU,POL,SVN", ""},
		{"not", "CONSULT DEUGOV->TURCVL", ""},
		{"speaker", "the decision to release Krasikov", "Olaf Scholz"},
		{"actor", "Evan Gershkovich", "USAMED"},
		{"actor", "Turkey's intelligence agency", "TURSPY"},
	},
	"north-korea-troops-2024-10-28.txt": {
		{"speaker", "This marks a dangerous expansion", "Mark Rutte"},
		{"actor", "Mark Rutte", "IGOWSTNAT"},
		{"actor", "National Intelligence Service", "KORSPY"},
		{"actor", "Sabrina Singh", "USAMIL"},
		{"not", "REQUEST UKRGOV->UKR", ""},
		{"speaker", "military cooperation with Pyongyang", "Dmitry Peskov"},
		{"actor", "Dmitry Peskov", "RUSGOV"},
		{"speaker", "Not a strong reaction", "Zelensky"},
		{"speaker", "in line with international law", "foreign ministry"},
		{"actor", "North Korean troops", "PRKMIL"},
	},
	"icj-rafah-2024-05-24.txt": {
		{"actor", "International Court of Justice", "IGOUNOJUDICJ"},
		{"speaker", "The charges of genocide", "Oren Marmorstein"}, // a joint statement: either speaker is right
		{"actor", "Tzachi Hanegbi", "ISRGOV"},
		{"event", "ASSAULT ISRMIL->PSE", "2024-05-24"},
		{"speaker", "disastrous", "Nawaf Salam"},
		{"actor", "Nawaf Salam", "IGOUNOJUDICJ"},
		{"event", "SUPPORT ZAFGOV->IGOUNOJUDICJ", ""},
		{"event", "REJECT ISR->IGOUNOJUDICJ", ""},
	},
	"seoul-summit-2024-05-27.txt": {
		{"event", "CONSULT CHNGOV->KORGOV,JPNGOV", "2024-05-27"},
		{"event", "REQUEST KORGOV->PRK", "2024-05-27"},
		{"not", "CONSULT KORGOV->PRK", ""},
		{"speaker", "turn a new page", "Li Qiang"},
		{"speaker", "a grave provocation", "North Korea"},
	},
}

// freshGuard is how many freshFacts hold (measured; raise it as the
// pipeline improves).
const freshGuard = 214

// TestFreshArticles runs the articles of testdata/fresh and counts the
// facts that hold; it fails below the guard and logs the others.
func TestFreshArticles(t *testing.T) {
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	total, held := 0, 0
	for name, facts := range freshFacts {
		text, err := os.ReadFile(filepath.Join("testdata", "fresh", name))
		if err != nil {
			t.Fatal(err)
		}
		stem := strings.TrimSuffix(name, ".txt")
		pub, err := time.Parse("2006-01-02", stem[len(stem)-10:])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r, err := p.Run(pipeline.Input{Article: dateline.Article{ID: stem, Text: string(text)}, Published: pub, Verbatim: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range facts {
			total++
			if freshHolds(r, f) {
				held++
			} else {
				t.Logf("%s: %s %q %q does not hold", name, f.kind, f.a, f.b)
			}
		}
	}
	t.Logf("fresh articles: %d of %d facts hold", held, total)
	if held < freshGuard {
		t.Errorf("fresh articles: %d of %d facts hold, guard %d", held, total, freshGuard)
	}
}

func freshHolds(r *dateline.Result, f freshFact) bool {
	switch f.kind {
	case "speaker":
		for _, q := range r.Quotes {
			if strings.Contains(q.Text, f.a) && q.Speaker != nil && strings.Contains(q.Speaker.Name, f.b) {
				return true
			}
		}
	case "actor":
		for _, e := range r.Entities {
			if e.Name == f.a && e.Actor != nil && e.Actor.Code == f.b {
				return true
			}
		}
	case "event", "not":
		found := false
		for _, e := range r.Events {
			if f.kind == "not" && e.AuxMode != nil && *e.AuxMode != "" {
				continue // marked as not having happened: negated, hypothetical, ...
			}
			if freshEvent(e) == f.a && (f.b == "" || e.Date == f.b) {
				found = true
			}
		}
		return found == (f.kind == "event")
	}
	return false
}

// freshEvent writes an event as "TYPE ACTOR->RECIPIENT" with codes
// joined by commas.
func freshEvent(e *dateline.Event) string {
	var a, r []string
	for _, p := range e.Actor {
		a = append(a, p.Code)
	}
	for _, p := range e.Recipient {
		r = append(r, p.Code)
	}
	return e.Event + " " + strings.Join(a, ",") + "->" + strings.Join(r, ",")
}
