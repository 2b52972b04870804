package events

import "strings"

// trigger is one entry of the verb lexicon: a sequence of lemmas that
// names an event, the CAMEO code it carries, and where its recipient is.
type trigger struct {
	words   []string // lemmas; a later word may follow after up to two filler words
	code    string   // CAMEO code
	preps   []string // prepositions that introduce the recipient; "-" takes a direct object
	nominal bool     // a noun that names an event ("talks between A and B")
	intent  bool     // expresses intent ("plan to meet"): future by nature
	// transitive triggers need a direct object: "returned the sailors to
	// Britain" is a release, "returned to London" a journey home
	transitive bool
	// objects constrain the sense by the direct object's lemma: allowed
	// lemmas, "@actor" (an entity or a person noun), "@none" (no object
	// at all); "!lemma" excludes one ("strike a deal" is no attack)
	objects []string
}

// lexicon is written for Dateline from the CAMEO and PLOVER definitions.
// Format per line: lemmas | CAMEO code | recipient prepositions | flags
// (nominal, intent, transitive) | objects (see trigger.objects).
const lexiconText = `
meet | 040 | with,- |
hold meeting | 040 | with |
hold talk | 046 | with |
hold consultation | 040 | with |
hold negotiation | 046 | with |
talk take place | 046 | between | nominal
talk | 046 | with,between | nominal
meeting | 040 | between,of | nominal
summit | 040 | between,of | nominal
meeting take place | 040 | between | nominal
negotiate | 046 | with |
consult | 040 | with,- |
discuss | 040 | with |
confer | 040 | with |
visit | 042 | - |
make visit | 042 | to |
pay visit | 042 | to |
arrive in | 042 | - |
host | 043 | - |
welcome | 051 | - |
phone | 041 | - |
speak by phone | 041 | with,to |
hold phone call | 041 | with |
mediate | 045 | between |
plan meet | 036 | with,- | intent
plan visit | 036 | - | intent
plan hold talk | 036 | with | intent
agree meet | 036 | with | intent
expect meet | 036 | with | intent
like discuss | 036 | with | intent
like meet | 036 | with | intent
want meet | 036 | with | intent
invite | 036 | - | intent
propose talk | 036 | with | intent
agree to | 030 | with |
pledge to | 030 | - |
promise to | 030 | - |
vow to | 030 | - |
decide to | 030 | - |
agree on | 030 | with |
reach agreement | 030 | with |
sign agreement | 057 | with |
sign deal | 057 | with |
sign accord | 057 | with |
sign treaty | 057 | with |
pledge | 030 | to |
promise | 030 | - |
vow | 030 | - |
offer aid | 033 | to |
praise | 051 | - |
commend | 051 | - |
hail | 051 | - |
thank | 051 | - |
congratulate | 051 | - |
be pleased | 051 | - |
apologize | 055 | to |
recognize | 054 | - |
defend | 052 | - |
cooperate | 060 | with |
provide aid | 070 | to |
announce aid | 070 | to |
approve aid | 070 | to |
send aid | 070 | to |
provide assistance | 070 | to,for |
send assistance | 070 | to,for |
approve assistance | 070 | to,for |
authorise aid | 070 | to,for |
authorize aid | 070 | to,for |
authorise assistance | 070 | to,for |
authorize assistance | 070 | to,for |
deliver aid | 073 | to |
provide humanitarian aid | 073 | to |
donate | 070 | to |
release | 084 | - | | @actor,hostage,prisoner,detainee,captive,sailor,soldier,body,remains,journalist,activist,dissident
free | 084 | - | | @actor,hostage,prisoner,detainee,captive,sailor,soldier,journalist,activist,dissident
withdraw | 0874 | from | | @none,troop,force,soldier,army,unit,personnel,contingent
pull out | 0874 | from | | @none,troop,force,soldier,army,unit,personnel,contingent
retreat | 0874 | from |
declare ceasefire | 0871 | - |
agree ceasefire | 0871 | with |
sign ceasefire | 0871 | with |
sign bilateral ceasefire | 0871 | with |
agree bilateral ceasefire | 0871 | with |
sign truce | 0871 | with |
agree truce | 0871 | with |
lift sanction | 085 | on,against |
ease sanction | 085 | on,against |
urge | 020 | - |
call on | 020 | - |
appeal to | 020 | - |
ask | 020 | - |
demand | 100 | - |
accuse | 112 | - |
blame | 112 | - |
criticize | 111 | - |
criticise | 111 | - |
condemn | 111 | - |
denounce | 111 | - |
deplore | 111 | - |
regret | 111 | - |
investigate | 090 | - |
sue | 115 | - |
reject | 120 | - |
rebuff | 120 | - |
veto | 129 | - |
refuse meet | 125 | with,- |
threaten | 130 | - |
threaten attack | 138 | - |
protest | 141 | against |
demonstrate | 141 | against | | @none
rally | 141 | against |
riot | 145 | - |
boycott | 143 | - |
deploy troop | 154 | to |
deploy | 154 | to | | troop,soldier,force,tank,artillery,warship,ship,submarine,missile,jet,warplane,aircraft,bomber,helicopter,drone,marine,paratrooper,unit,battalion,brigade,division,battery
mobilize | 154 | - |
impose sanction | 163 | on,against |
announce sanction | 163 | on,against |
slap sanction | 163 | on |
extend sanction | 163 | on,against |
tighten sanction | 163 | on,against |
sanction | 163 | - |
expel | 166 | - |
cut tie | 161 | with |
sever tie | 161 | with |
break off relation | 161 | with |
sever relation | 161 | with |
cut relation | 161 | with |
break tie | 161 | with |
arrest | 173 | - |
detain | 173 | - |
jail | 173 | - |
imprison | 173 | - |
deport | 174 | - |
seize | 171 | - |
confiscate | 171 | - |
occupy | 192 | - |
attack | 190 | - | | !policy,!plan,!proposal,!record,!decision,!idea,!remark,!comment,!stance,!tax,!budget,!report,!claim,!approach,!strategy,!handling,!view,!speech,!bill,!law,!reform
assault | 182 | - |
bomb | 195 | - |
shell | 194 | - |
bombard | 194 | - |
airstrike | 195 | on,against | nominal
strike deal | 057 | with |
strike agreement | 057 | with |
strike | 190 | - | | !deal,!agreement,!accord,!bargain,!compromise,!balance,!chord,!tone,!note,!pose,!match
kill | 190 | - |
shoot | 193 | - |
fire on | 193 | - |
open fire on | 193 | - |
open fire | 193 | on |
abduct | 181 | - |
kidnap | 181 | - |
assassinate | 186 | - |
invade | 190 | - |
clash | 190 | with |
fight | 190 | against,- | | @actor,@none
fight war | 190 | with,against |
wage war | 190 | against,on,with |
go to war | 190 | with,against |
talk with | 040 | - |
speak with | 040 | - |
speak to | 040 | - |
hold summit | 040 | with |
receive | 043 | - | | @actor
welcome visit | 043 | - |
travel to | 042 | - |
call for | 020 | - |
appeal for | 020 | - |
press | 020 | - |
invite to | 036 | - |
offer talk | 036 | with | intent
propose meeting | 036 | with | intent
agree hold talk | 036 | with | intent
sign pact | 057 | with |
sign memorandum | 057 | with |
ink deal | 057 | with |
ratify | 057 | - |
endorse | 051 | - |
back | 051 | - |
applaud | 051 | - |
express support | 053 | for |
express condolence | 051 | to |
offer condolence | 051 | to |
express sympathy | 051 | to |
recognise | 054 | - |
forgive | 056 | - |
pardon | 084 | - |
lend | 071 | to |
loan | 071 | to |
provide loan | 071 | to |
approve loan | 071 | to |
grant loan | 071 | to |
give loan | 071 | to |
extend loan | 071 | to |
give aid | 070 | to |
send troop | 072 | to |
provide military aid | 072 | to |
supply weapon | 072 | to |
grant asylum | 075 | to |
evacuate | 073 | - |
extradite | 083 | to |
hand over | 084 | to |
return | 084 | to | transitive
lift ban | 081 | on |
ease restriction | 081 | on |
withdraw troop | 0874 | from |
disarm | 087 | - |
surrender | 0874 | to | | @none,@actor,weapon,arm,town,city,territory,position,base
probe | 090 | - |
slam | 111 | - |
blast | 111 | - |
rebuke | 111 | - |
summon | 114 | - |
lodge protest | 114 | with |
complain | 114 | to,about |
file lawsuit | 115 | against |
convict | 116 | - |
deny | 120 | - |
refuse | 120 | - |
march | 141 | against,on |
warn | 130 | - |
threaten sanction | 132 | against,on |
issue ultimatum | 139 | to |
put on alert | 152 | - |
mass troop | 154 | near,on |
hold drill | 150 | around,near,off |
stage drill | 150 | around,near,off |
launch drill | 150 | around,near,off |
conduct drill | 150 | around,near,off |
hold exercise | 150 | around,near,off |
stage exercise | 150 | around,near,off |
launch exercise | 150 | around,near,off |
conduct exercise | 150 | around,near,off |
hold joint drill | 062 | with |
stage joint drill | 062 | with |
conduct joint drill | 062 | with |
hold joint exercise | 062 | with |
stage joint exercise | 062 | with |
conduct joint exercise | 062 | with |
recall ambassador | 161 | from |
expel diplomat | 166 | - |
expel ambassador | 166 | - |
suspend aid | 162 | to |
cut aid | 162 | to |
halt talk | 164 | with |
impose tariff | 163 | on |
impose embargo | 163 | on,against |
ban | 172 | - |
impose curfew | 172 | on |
raid | 171 | - |
capture | 192 | - |
blockade | 191 | - |
besiege | 191 | - |
storm | 190 | - |
execute | 186 | - |
behead | 186 | - |
shoot down | 195 | - |
launch attack | 190 | on,against |
launch offensive | 190 | on,against |
launch raid | 190 | on,against |
fire tear gas | 175 | at,on |
use tear gas | 175 | on,against |
suspend talk | 164 | with |
break off talk | 164 | with |
pull out of talk | 164 | with |
launch airstrike | 195 | on,against |
launch strike | 195 | on,against |
carry out strike | 195 | on,against |
carry out airstrike | 195 | on,against |
launch missile | 195 | at |
fire rocket | 194 | at,into |
fire missile | 195 | at |
massacre | 200 | - |
torture | 182 | - |
beat | 182 | - |
`

var lexicon = parseLexicon(lexiconText)

// byFirst indexes the lexicon by first lemma, longest patterns first.
var byFirst = map[string][]trigger{}

func init() {
	for _, t := range lexicon {
		byFirst[t.words[0]] = append(byFirst[t.words[0]], t)
	}
	for k, ts := range byFirst {
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].words) > len(ts[j-1].words); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		byFirst[k] = ts
	}
}

func parseLexicon(text string) []trigger {
	var out []trigger
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, "|")
		if len(f) < 3 {
			continue
		}
		t := trigger{words: strings.Fields(f[0]), code: strings.TrimSpace(f[1])}
		for _, p := range strings.Split(f[2], ",") {
			if p = strings.TrimSpace(p); p != "" {
				t.preps = append(t.preps, p)
			}
		}
		if len(f) > 3 {
			flags := f[3]
			t.nominal = strings.Contains(flags, "nominal")
			t.intent = strings.Contains(flags, "intent")
			t.transitive = strings.Contains(flags, "transitive")
		}
		if len(f) > 4 {
			for _, o := range strings.Split(f[4], ",") {
				if o = strings.TrimSpace(o); o != "" {
					t.objects = append(t.objects, o)
				}
			}
		}
		if _, ok := cameo[t.code]; !ok {
			panic("events: lexicon code without CAMEO entry: " + t.code)
		}
		out = append(out, t)
	}
	return out
}

// irregular maps irregular inflections to lemmas.
var irregular = map[string]string{
	"met": "meet", "held": "hold", "took": "take", "taken": "take", "made": "make", "sent": "send", "spoke": "speak",
	"spoken": "speak", "gave": "give", "given": "give", "fought": "fight", "struck": "strike", "shot": "shoot",
	"told": "tell", "said": "say", "sought": "seek", "brought": "bring", "began": "begin", "went": "go", "gone": "go",
	"came": "come", "saw": "see", "seen": "see", "thought": "think", "won": "win", "led": "lead", "left": "leave",
	"withdrew": "withdraw", "withdrawn": "withdraw", "drew": "draw", "threw": "throw", "put": "put", "cut": "cut",
	"kept": "keep", "paid": "pay", "was": "be", "were": "be", "is": "be", "are": "be", "am": "be", "been": "be",
	"had": "have", "has": "have", "did": "do", "does": "do", "talks": "talk", "freed": "free", "agreed": "agree",
	"pleased": "pleased", "hosted": "host", "visited": "visit", "ties": "tie", "relations": "relation",
	"troops": "troop", "sanctions": "sanction", "consultations": "consultation", "negotiations": "negotiation",
}

// lemmaOf returns the lemma of a word, using the tagger's lemma when set.
func lemmaOf(word, tagged string) string {
	own := ruleLemma(word)
	if tagged == "" || known[own] || byFirst[own] != nil {
		return own
	}
	return tagged
}

// ruleLemma lemmatises with the irregular table and suffix rules, preferring
// forms the lexicon knows.
func ruleLemma(word string) string {
	w := strings.ToLower(word)
	if l, ok := irregular[w]; ok {
		return l
	}
	if _, ok := byFirst[w]; ok {
		return w
	}
	for _, suf := range []struct{ s, r string }{{"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""}, {"ing", "e"}} {
		if strings.HasSuffix(w, suf.s) && len(w) > len(suf.s)+2 {
			base := w[:len(w)-len(suf.s)] + suf.r
			if _, ok := byFirst[base]; ok {
				return base
			}
			if known[base] {
				return base
			}
			// doubled consonant: "planned" -> "plan"
			if n := len(base); suf.r == "" && n > 2 && base[n-1] == base[n-2] {
				if _, ok := byFirst[base[:n-1]]; ok {
					return base[:n-1]
				}
				if known[base[:n-1]] {
					return base[:n-1]
				}
			}
		}
	}
	return w
}

// known holds the non-initial lemmas of the lexicon, so that "meetings"
// and "planned" lemmatise without a tagger.
var known = map[string]bool{}

func init() {
	for _, t := range lexicon {
		for _, w := range t.words {
			known[w] = true
		}
	}
}
