package quotes

import "strings"

// speechVerbs are verbs of saying, by lemma. They attribute direct
// quotations and introduce reported speech.
var speechVerbs = set(`say tell state declare announce note stress emphasize emphasise explain warn insist
	argue claim ask reply answer continue conclude remark comment acknowledge admit recall urge write
	read assure inform remind confirm deny report tweet allege predict suggest vow promise threaten repeat
	reiterate observe indicate estimate accuse charge demand respond quip joke shout whisper add put
	testify concede caution contend assert maintain complain lament boast brag exclaim yell scream
	chant sing cry mutter murmur muse wonder recount describe post email text retort counter
	pledge proclaim disclose reveal tout hint opine advise instruct caution plead`)

// stanceVerbs attribute a thought, wish, finding or stance to their
// subject; they introduce reported content ("Trump wants a wall", "polls
// show him ahead") but never a direct quotation on their own.
var stanceVerbs = set(`think believe know feel expect hope fear worry want plan intend seek wish prefer
	show find suggest indicate reveal conclude estimate project forecast learn understand doubt suspect
	assume imagine guess consider regard see view deem call label brand dub name term characterize
	support oppose back endorse favor favour reject dismiss defend criticize criticise blame praise
	condemn denounce decry slam blast attack mock ridicule question challenge dispute applaud welcome
	thank credit hail laud fault cite mention invoke refer point agree disagree decline refuse propose
	recommend request insist acknowledge announce vow pledge commit offer unveil release publish
	identify highlight emphasize downplay concede portray depict accuse`)

// addressing verbs take the person spoken to as their object: "told Assad".
var addressing = set(`tell ask assure inform urge remind warn advise instruct thank`)

// phraseCues are multiword cues that are not verbs, by their words.
var phraseCues = [][]string{{"according", "to"}}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// auxiliaries may stand between a subject and its verb.
var auxiliaries = set(`be have do will would shall should can could may might must also not n't never
	already still just reportedly repeatedly publicly privately recently later earlier often once
	again even only then now further previously initially first finally quickly immediately
	has had is was were are been being 's 've 'd 'll`)

// circumstance words open a phrase about how or when something was said
// ("said in a statement", "said on Monday"), not what was said.
var circumstance = set(`in on at during after before late earlier yesterday today tonight later via
	through by from while when last this next`)
