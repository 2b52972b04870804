package quotes

import "strings"

// cueVerbs are the speech and attribution verbs, in the forms news text
// uses them, mapped to their base form.
var cueVerbs = map[string]string{}

// addressing cues take the person spoken to as their object: "told Assad".
var addressing = map[string]bool{"tell": true, "ask": true, "assure": true, "inform": true, "urge": true, "remind": true, "warn": true}

// multiword cues, written as they appear.
var phraseCues = []string{"pointed out", "according to", "went on", "made clear", "noted that"}

func init() {
	for _, forms := range []string{
		"say says said saying", "add adds added adding", "tell tells told telling",
		"state states stated", "declare declares declared", "announce announces announced",
		"note notes noted", "stress stresses stressed", "emphasize emphasizes emphasized emphasise emphasised",
		"explain explains explained", "warn warns warned", "insist insists insisted",
		"argue argues argued", "claim claims claimed", "ask asks asked", "reply replies replied",
		"answer answers answered", "continue continues continued", "conclude concludes concluded",
		"remark remarks remarked", "comment comments commented", "acknowledge acknowledges acknowledged",
		"admit admits admitted", "recall recalls recalled", "urge urges urged", "write writes wrote written",
		"read reads", "assure assures assured", "inform informs informed", "remind reminds reminded",
		"confirm confirms confirmed", "deny denies denied", "report reports reported", "tweet tweets tweeted",
		"allege alleges alleged", "predict predicts predicted", "suggest suggests suggested",
		"believe believes believed", "think thinks thought", "vow vows vowed", "promise promises promised",
		"threaten threatens threatened", "repeat repeats repeated", "reiterate reiterates reiterated",
		"observe observes observed", "indicate indicates indicated", "estimate estimates estimated",
		"accuse accuses accused", "charge charges charged", "demand demands demanded", "respond responds responded",
		"quip quips quipped", "joke jokes joked", "shout shouts shouted", "whisper whispers whispered",
	} {
		fs := strings.Fields(forms)
		for _, f := range fs {
			cueVerbs[f] = fs[0]
		}
	}
}

// reportingVerbs introduce reported speech: "X said (that) ...". Verbs of
// belief introduce it only with a named speaker outside quotes.
var reportingVerbs = map[string]bool{"say": true, "tell": true, "state": true, "declare": true, "announce": true,
	"note": true, "stress": true, "emphasize": true, "explain": true, "warn": true, "insist": true, "argue": true,
	"claim": true, "add": true, "confirm": true, "deny": true, "report": true, "allege": true, "predict": true,
	"suggest": true, "assure": true, "inform": true, "remind": true, "acknowledge": true, "admit": true,
	"reiterate": true, "indicate": true, "estimate": true, "write": true, "vow": true, "promise": true, "recall": true}
