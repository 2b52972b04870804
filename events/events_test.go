package events_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/pipeline"
)

// code runs the default pipeline on text published on pub and returns its
// events as "TYPE CAMEO aux ACTORS->RECIPIENTS DATE" strings.
func code(t *testing.T, text, pub string) []string {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := time.Parse("2006-01-02", pub)
	r, err := p.Run(pipeline.Input{Article: dateline.Article{Text: text}, Published: d})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range r.Events {
		var a, rc []string
		for _, x := range e.Actor {
			a = append(a, x.Code)
		}
		for _, x := range e.Recipient {
			rc = append(rc, x.Code)
		}
		aux := "-"
		if e.AuxMode != nil {
			aux = *e.AuxMode
		}
		out = append(out, strings.Join([]string{e.Event, e.Cameo, aux, strings.Join(a, ",") + "->" + strings.Join(rc, ","), e.Date}, " "))
	}
	return out
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, text, pub string
		want            []string
	}{
		{"meeting hosted at home",
			"Russian President Vladimir Putin met Syrian President Bashar al-Assad in Sochi on Monday.", "2017-11-21",
			[]string{"CONSULT 043 - RUSGOV->SYRGOV 2017-11-20"}},
		{"planned meeting is AGREE",
			"Turkish President Recep Tayyip Erdogan plans to meet German Chancellor Angela Merkel in Berlin next week.", "2019-03-14",
			[]string{"AGREE 036 - TURGOV->DEUGOV 2019-03-14"}},
		{"future meeting by will is AGREE",
			"Japanese Prime Minister Shinzo Abe will meet Chinese President Xi Jinping in Beijing.", "2019-03-14",
			[]string{"AGREE 036 - JPNGOV->CHNGOV 2019-03-14"}},
		{"protesters attacking riot",
			"Protesters in Kinshasa attacked the embassies of Rwanda and France on Tuesday.", "2025-01-29",
			[]string{"PROTEST 145 - CODCVL->RWA,FRA 2025-01-28"}},
		{"severed relations by the organisation that said so",
			"Congo's government accused Rwanda of arming the rebels and said it had severed diplomatic relations with Kigali on Sunday.", "2025-01-27",
			[]string{"ACCUSE 112 - CODGOV->RWA 2025-01-26", "SANCTION 161 - CODGOV->RWA 2025-01-26"}},
		{"both sides",
			"India struck Pakistan on Wednesday. Pakistan said India would pay. China called on both sides to exercise restraint.", "2025-05-07",
			[]string{"ASSAULT 190 - IND->PAK 2025-05-07", "REQUEST 020 - CHN->IND,PAK 2025-05-07"}},
		{"reported past perfect far from the verb of saying",
			"Pakistan said the strikes killed at least 26 civilians, including a child, and that its air force had shot down five Indian aircraft.", "2025-05-07",
			[]string{"ASSAULT 195 - PAKMIL->INDMIL 2025-05-07"}},
		{"diplomats of the countries named",
			"Venezuela expelled diplomats from seven Latin American countries, including Argentina, Chile and Peru.", "2024-07-30",
			[]string{"SANCTION 166 - VEN->ARG,CHL,PER 2024-07-30"}},
		{"a body the speakers address is not theirs",
			"Maduro was declared the winner in Venezuela. Brazil, Colombia and Mexico called on the electoral authority to release the results.", "2024-07-30",
			[]string{"REQUEST 020 - BRA,COL,MEX->VENGOV 2024-07-30"}},
		{"a warning about others' acts is no threat",
			"The White House said the United States had warned Russian authorities this month about a planned attack in Moscow.", "2024-03-23",
			nil},
		{"a year of someone's past is not the event's",
			"In return, Germany released Vadim Krasikov, a Russian convicted of murdering a Georgian citizen in a Berlin park in 2019.", "2024-08-01",
			[]string{"RETREAT 084 - DEU->RUS 2024-08-01"}},
		{"allies including",
			"U.S. President Joe Biden thanked allies including Germany, Poland and Slovenia.", "2024-08-01",
			[]string{"SUPPORT 051 - USAGOV->DEU,POL,SVN 2024-08-01"}},
		{"a country's partners are not the country",
			"Ukrainian President Volodymyr Zelensky urged Ukraine's partners to act before the troops reached the front.", "2024-10-28",
			nil},
		{"negation is marked",
			"The Nigerian army did not attack the protesters, the ministry said.", "2020-10-21",
			[]string{"ASSAULT 190 negation NGAMIL->NGACVL 2020-10-21"}},
		{"threat to break relations",
			"Bolivian President Evo Morales threatened to cut ties with Chile.", "2016-03-03",
			[]string{"THREATEN 1313 - BOLGOV->CHL 2016-03-03"}},
		{"threat of force",
			"North Korea threatened to attack South Korea on Monday.", "2016-03-03",
			[]string{"THREATEN 138 - PRK->KOR 2016-02-29"}},
		{"warning of one's own sanctions is a threat",
			"Secretary of State Antony Blinken warned that the United States would impose sanctions on Sudan.", "2023-05-05",
			[]string{"THREATEN 1312 - USAGOV->SDN 2023-05-05"}},
		{"a warning's clause names no recipient",
			"Secretary of State Antony Blinken warned that the United States would impose sanctions on those responsible.", "2023-05-05", nil},
		{"a time of day dates its event",
			"Sudanese warplanes bombed Rapid Support Forces positions in Khartoum on Friday morning.", "2023-05-06",
			[]string{"ASSAULT 195 - SDNMIL->SDNMIL 2023-05-05"}},
		{"a war with someone",
			"Russia fought a brief war with Georgia in 2008.", "2024-05-01",
			[]string{"ASSAULT 190 historical RUS->GEO 2008"}},
		{"fighting alongside is no attack",
			"Russian troops fought alongside Syrian forces near Idlib on Monday.", "2017-11-21", nil},
		{"a past perfect dated this week is news",
			"Georgian police fired tear gas on Tuesday night at demonstrators who had gathered outside parliament to protest on Tuesday.", "2024-05-01",
			[]string{"ASSAULT 175 - GEOCOP->GEOCVL 2024-04-30", "PROTEST 141 - GEOCVL-> 2024-04-30"}},
		{"speaking to a leader is a consultation",
			"Greek Prime Minister Kyriakos Mitsotakis spoke to Turkish President Tayyip Erdogan by phone on Monday.", "2023-02-09",
			[]string{"CONSULT 040 - GRCGOV->TURGOV 2023-02-06"}},
		{"speaking to reporters is none",
			"German Chancellor Olaf Scholz spoke to reporters in Berlin on Monday.", "2023-02-09", nil},
		{"the government of a titled leader",
			"The Syrian government of President Bashar al-Assad asked the United Nations for help on Thursday.", "2023-02-09",
			[]string{"REQUEST 020 - SYRGOV->IGOUNO 2023-02-09"}},
		{"supporters of a leader act, not the leader",
			"Supporters of former president Jair Bolsonaro stormed government buildings in Brasilia on Sunday.", "2023-01-10",
			[]string{"ASSAULT 190 - BRACVL->BRA 2023-01-08"}},
		{"bare police",
			"Thousands of supporters of opposition leader Raila Odinga clashed with police in Nairobi on Monday.", "2023-03-22",
			[]string{"ASSAULT 190 - KENCVL->KENCOP 2023-03-20"}},
		{"a proposal is hypothetical",
			"Brazilian President Luiz Inacio Lula da Silva has proposed that neutral countries, including China and India, mediate between Russia and Ukraine.", "2023-02-10",
			[]string{"CONSULT 045 hypothetical CHN,IND->RUS,UKR 2023-02-10"}},
		{"set to is ahead",
			"Pro-hunt supporters in Britain are set to protest at the Labour conference.", "2005-01-01",
			[]string{"PROTEST 141 future GBRCVL-> 2005-01-01"}},
		{"what was denied names no recipient",
			"Iran has denied sending drones to Russia.", "2022-10-17", nil},
		{"a coordination opening the sentence acts together",
			"The United States and Britain launched strikes on Houthi targets in Yemen on Friday.", "2024-01-13",
			[]string{"ASSAULT 195 - USA,GBR->YEMREB 2024-01-12"}},
		{"a country's ship stands for it",
			"Houthi rebels fired a missile at a British oil tanker in the Gulf of Aden on Friday.", "2024-01-27",
			[]string{"ASSAULT 195 - YEMREB->GBR 2024-01-26"}},
		{"a passive's agent hung on a complement",
			"A Palestinian teenager was shot dead by Israeli troops in the West Bank on Monday.", "2024-01-16",
			[]string{"ASSAULT 193 - ISRMIL->PSECVL 2024-01-15"}},
		{"a tennis score is no assault",
			"Seventh seed Rafael Nadal of Spain reached the last eight, beating Italian Potito Starace 6-1 6-3.", "2005-02-10", nil},
		{"praise by two together is not of each other",
			"France and the United States welcomed the peaceful conduct of the vote on Monday.", "2024-03-26", nil},
		{"a host's object ends at the comma",
			"South Korean President Yoon Suk Yeol, who hosted the meeting, urged North Korea to abandon its nuclear programme.", "2024-05-27",
			[]string{"REQUEST 020 - KORGOV->PRK 2024-05-27"}},
		{"since a year dates nothing",
			"Chinese Premier Li Qiang hosted Japanese Prime Minister Fumio Kishida in the first summit since 2019.", "2024-05-27",
			[]string{"CONSULT 043 - CHNGOV->JPNGOV 2024-05-27"}},
		{"a past perfect under a verb of saying is news",
			"The White House said U.S. President Joe Biden had urged Israeli Prime Minister Benjamin Netanyahu to protect civilians.", "2023-11-21",
			[]string{"REQUEST 020 - USAGOV->ISRGOV 2023-11-21"}},
		{"a second promised act is no fact",
			"Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali agreed to set up a joint commission and to meet again in Brazil.", "2023-12-15",
			[]string{"AGREE 030 - VENGOV->GUYGOV 2023-12-15"}},
		{"attacking a policy is no assault",
			"Labour and the Tories have attacked his policies as unworkable.", "2005-01-01", nil},
		{"a clash over a topic is words",
			"Labour and the Tories have clashed over tax and spending plans.", "2005-01-01", nil},
		{"demonstrating a view is no protest",
			"The views of Labour peers starkly demonstrated the widely-held view within the party.", "2005-01-01", nil},
		{"a national weapon's country strikes a named city",
			"Russian missiles struck the northeastern city of Kharkiv overnight, killing three people.", "2024-03-15",
			[]string{"ASSAULT 190 - RUS->UKR 2024-03-15"}},
		{"drones shot down are their launcher's",
			"Ukraine's air force said its units had shot down 30 of 38 drones launched by Russia overnight.", "2024-03-15",
			[]string{"ASSAULT 195 - UKRMIL->RUS 2024-03-15"}},
		{"attacks in opposite directions stay apart",
			"Russian missiles struck the city of Kharkiv. On Thursday, Ukrainian drones attacked an oil refinery in Russia's Ryazan region.", "2024-03-15",
			[]string{"ASSAULT 190 - RUS->UKR 2024-03-15", "ASSAULT 190 - UKRMIL->RUS 2024-03-14"}},
		{"a headline's accused is no accuser",
			"Labour accused of 'EU propaganda'", "2005-01-01", nil},
		{"a group counted",
			"Hundreds of protesters rallied against the Kenyan government on Saturday.", "2016-03-03",
			[]string{"PROTEST 141 - KENCVL->KENGOV 2016-02-27"}},
		{"target named by its holder",
			"Israeli aircraft attacked Hamas positions on Friday.", "2016-03-03",
			[]string{"ASSAULT 190 - ISRMIL->PSEREB 2016-02-26"}},
		{"target located by a place",
			"Russian warplanes bombed targets in Idlib on Tuesday.", "2016-03-03",
			[]string{"ASSAULT 195 - RUSMIL->SYR 2016-03-01"}},
		{"fighting in a place targets no one",
			"Hundreds of foreign volunteers are fighting in Iraq.", "2016-03-03",
			nil},
		{"an alleged act is the accusation's content, not an event",
			"Amnesty International accused Nigerian troops of torturing detainees.", "2016-03-03",
			[]string{"ACCUSE 112 - NGOAMN->NGAMIL 2016-03-03"}},
		{"an object a national adjective modifies",
			"Russia rejected the American proposal on Monday.", "2016-03-03",
			[]string{"REJECT 120 - RUS->USA 2016-02-29"}},
		{"no attack on a country's economy",
			"The dispute threatened the Ukrainian economy.", "2016-03-03",
			nil},
		{"arrest by police",
			"Police in Lagos arrested dozens of protesters on Tuesday.", "2020-10-21",
			[]string{"COERCE 173 - NGACOP->NGACVL 2020-10-20"}},
		{"accusation",
			"Iranian Foreign Minister Mohammad Javad Zarif accused the United States of economic terrorism.", "2019-06-14",
			[]string{"ACCUSE 112 - IRNGOV->USA 2019-06-14"}},
		{"mentions of one meeting merge",
			"Russian President Vladimir Putin met Syrian President Bashar al-Assad in Sochi on Monday. The talks between Putin and Assad lasted four hours.", "2017-11-21",
			[]string{"CONSULT 040 - ->  "}},
		{"sports are not events",
			"Brazil beat Argentina 2-1 in the World Cup qualifier, with Neymar scoring the winning goal.", "2017-11-21",
			nil},
		{"control: agreed to withdraw is a future retreat",
			"Russian President Vladimir Putin said Russian troops agreed to withdraw from Syria.", "2017-12-11",
			[]string{"RETREAT 0874 future RUSMIL->SYR 2017-12-11"}},
		{"nominal meeting of two leaders",
			"The meeting of Russian President Vladimir Putin and Syrian President Bashar al-Assad lasted four hours.", "2017-11-21",
			[]string{"CONSULT 040 - RUSGOV->SYRGOV 2017-11-21"}},
		{"passive: the agent acts",
			"Syrian rebels were attacked by Russian troops near Idlib on Monday.", "2017-11-21",
			[]string{"ASSAULT 190 - RUSMIL->SYRREB 2017-11-20"}},
		{"background years ago is historical",
			"In 2008, Russian troops invaded Georgia.", "2017-11-21",
			[]string{"ASSAULT 190 historical RUSMIL->GEO 2008"}},
		{"an adjective before a noun names no event",
			"The radio station, proud of its free press tradition, has annoyed ministers.", "2017-11-21", nil},
		{"returning home is no release",
			"The Foreign Office said British diplomats would return to London on Friday.", "2017-11-21", nil},
		{"returning someone is a release",
			"Iran returned the British sailors to Britain on Thursday.", "2007-04-06",
			[]string{"RETREAT 084 - IRN->GBR 2007-04-05"}},
		{"arrivals of a people are no visit",
			"Few Syrians are arriving in the United States, the data show.", "2016-10-01", nil},
		{"releasing figures is no release",
			"The Malaysian central bank released growth figures on Tuesday.", "2005-01-10", nil},
		{"withdrawing a bid is no retreat",
			"Traders said that South Korea and Taiwan had withdrawn their bids to buy dollars.", "2005-01-10", nil},
		{"withdrawing troops is a retreat",
			"Russian troops withdrew from Georgia on Monday.", "2008-08-20",
			[]string{"RETREAT 0874 - RUSMIL->GEO 2008-08-18"}},
		{"showing that is no protest",
			"Recent shocks in Russia and China have demonstrated that contagion hardly ever happens.", "2005-01-10", nil},
		{"fighting against needs no object",
			"Russian troops fought against Georgian soldiers near Gori on Monday.", "2008-08-12",
			[]string{"ASSAULT 190 - RUSMIL->GEOMIL 2008-08-11"}},
		{"a forecast is no request",
			"The central bank expects that French output will grow by 2 percent.", "2016-10-01", nil},
		{"a refusal to act is a rejection of the act's recipient",
			"Greece refused to recognise Macedonia's new name on Monday.", "2016-03-03",
			[]string{"REJECT 120 - GRC->MKD 2016-02-29"}},
		{"a refusal to meet",
			"Turkish President Tayyip Erdogan refused to meet Syrian President Bashar al-Assad.", "2016-03-03",
			[]string{"REJECT 125 - TURGOV->SYRGOV 2016-03-03"}},
		{"a denied act is negated",
			"Nigerian troops denied killing civilians in Borno state.", "2016-03-03",
			[]string{"ASSAULT 190 negation NGAMIL->NGACVL 2016-03-03"}},
		{"denying an accusation rejects the accuser",
			"Iran denied the American accusations on Monday.", "2016-03-03",
			[]string{"REJECT 120 - IRN->USA 2016-02-29"}},
		{"a journey for talks with someone",
			"Egyptian President Abdel Fattah al-Sisi travelled to Riyadh on Sunday for talks with Saudi King Salman.", "2016-03-03",
			[]string{"CONSULT 042 - EGYGOV->SAUGOV 2016-02-28"}},
		{"a future journey for talks is an intent to meet",
			"Egyptian President Abdel Fattah al-Sisi will travel to Riyadh next week for talks with Saudi King Salman.", "2016-03-03",
			[]string{"AGREE 036 - EGYGOV->SAUGOV 2016-03-03"}},
		{"expelled from a country: the country expels",
			"Three Iranian diplomats were expelled from Albania on Friday.", "2016-03-03",
			[]string{"SANCTION 166 - ALB->IRNGOV 2016-02-26"}},
		{"deported from a country: the country deports",
			"A Chinese journalist was deported from India on Monday.", "2016-03-03",
			[]string{"COERCE 174 - IND->CHNMED 2016-02-29"}},
		{"a past tense the parser took for a passive",
			"Sweden, Iceland and Malta formally recognised a Palestinian state on Thursday.", "2016-03-03",
			[]string{"SUPPORT 054 - SWE,ISL,MLT->PSE 2016-03-03"}},
		{"a group noun names the organisation of its compound",
			"The FARC rebel group and the Colombian government signed a peace agreement in Havana.", "2016-03-03",
			[]string{"SUPPORT 057 - COLREB->COLGOV 2016-03-03"}},
		{"a national adjective on an organisation noun gives a sanction's target",
			"The European Union imposed sanctions on three Russian banks on Friday.", "2016-03-03",
			[]string{"COERCE 163 - IGOEUREEC->RUS 2016-02-26"}},
		{"coordinated subjects call for something together",
			"France and Germany called for an end to the fighting on Monday.", "2016-03-03", nil},
		{"a reduced relative with an agent is a passive",
			"A civilian allegedly killed by British troops was buried on Monday.", "2016-03-03",
			[]string{"ASSAULT 190 - GBRMIL->CVL 2016-02-29"}},
		{"a loan approved",
			"The IMF approved a $3 billion loan to Egypt on Friday.", "2016-03-03",
			[]string{"AID 071 - IGOIMF->EGY 2016-02-26"}},
		{"aid given",
			"Canada gave $10 million in aid to Haiti on Monday.", "2016-03-03",
			[]string{"AID 070 - CAN->HTI 2016-02-29"}},
		{"drills near a country",
			"Russia held naval drills near Norway on Tuesday.", "2016-03-03",
			[]string{"MOBILIZE 150 - RUS->NOR 2016-03-01"}},
		{"joint exercises are cooperation",
			"India held joint exercises with Japan on Monday.", "2016-03-03",
			[]string{"COOPERATE 062 - IND->JPN 2016-02-29"}},
		{"surrendering breaks of serve is no retreat",
			"The Spaniards surrendered two breaks of serve.", "2016-03-03", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := code(t, tt.text, tt.pub)
			if tt.name == "mentions of one meeting merge" {
				if len(got) != 1 {
					t.Errorf("got %d events %q, want one merged", len(got), got)
				}
				return
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestEventLocations(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"place introduced by in", "Police arrested 20 protesters in Nairobi on Monday.", "Nairobi"},
		{"area of a place an attack struck", "Ukrainian artillery shelled the outskirts of Donetsk overnight.", "Donetsk"},
		{"place that belongs to a noun", "The minister criticised the process in Syria on Monday.", ""},
		{"place of someone's past", "In return, Germany released Vadim Krasikov, a Russian convicted of murdering a Georgian citizen in a Berlin park in 2019.", "Germany"},
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := p.Run(pipeline.Input{Article: dateline.Article{Text: tt.text}, Published: time.Date(2016, 3, 3, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Events) == 0 {
				if tt.want != "" {
					t.Fatalf("no event in %q", tt.text)
				}
				return
			}
			got := ""
			if l := r.Events[0].EventLoc; l != nil {
				got = l.Name
			}
			if got != tt.want {
				t.Errorf("event_loc %q, want %q", got, tt.want)
			}
		})
	}
}
