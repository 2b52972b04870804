package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// honorifics are the forms of address and titles of nobility that say a
// person's gender ("Ms Dunmore", "Sir Keir Starmer", "Queen Elizabeth").
var honorifics = map[string]string{
	"mr": "m", "mister": "m", "sir": "m", "lord": "m", "monsieur": "m", "herr": "m", "señor": "m", "senor": "m",
	"king": "m", "prince": "m", "duke": "m", "baron": "m", "sheikh": "m",
	"mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mme": "f", "lady": "f", "dame": "f",
	"frau": "f", "señora": "f", "senora": "f", "queen": "f", "princess": "f", "duchess": "f", "baroness": "f",
	"countess": "f",
}

// honorificGender returns the gender an honorific at the start of a name
// mention or right before it gives ("m", "f"), or "".
func (c *clusterer) honorificGender(s doc.Span) string {
	d := c.d
	if s.First < 0 || s.First >= len(d.Tokens) {
		return ""
	}
	for _, k := range []int{s.First, s.First - 1} {
		if k < 0 || (k == s.First-1 && d.Tokens[k].Sent != d.Tokens[s.First].Sent) {
			continue
		}
		if g, ok := honorifics[strings.TrimSuffix(strings.ToLower(d.Tokens[k].Text), ".")]; ok {
			return g
		}
	}
	return ""
}
