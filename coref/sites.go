package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// Places and things of an armed or official group stand for the group in
// reports of attacks and raids: "shelled separatist positions", "attacked
// a police checkpoint", "struck rebel-held districts". Such a site noun
// after a group modifier is a mention of the group, as PETRARCH and the
// CAMEO coders read it.

// siteNouns are nouns for positions, posts and property of a group.
var siteNouns = map[string]bool{
	"position": true, "positions": true, "target": true, "targets": true, "base": true, "bases": true,
	"stronghold": true, "strongholds": true, "checkpoint": true, "checkpoints": true, "camp": true, "camps": true,
	"hideout": true, "hideouts": true, "outpost": true, "outposts": true, "post": true, "posts": true,
	"area": true, "areas": true, "district": true, "districts": true, "territory": true, "enclave": true,
	"convoy": true, "convoys": true, "compound": true, "headquarters": true, "barracks": true, "lines": true,
	"station": true, "stations": true, "patrol": true, "patrols": true, "vehicle": true, "vehicles": true,
	"installations": true, "facilities": true, "trenches": true, "bunkers": true,
}

// siteGroups maps a group modifier to the role noun of the group it names
// (a kb role of a group sector).
var siteGroups = map[string]string{
	"rebel": "rebels", "separatist": "separatists", "militant": "militants", "insurgent": "insurgents",
	"guerrilla": "guerrillas", "jihadist": "jihadists", "opposition": "opposition supporters",
	"police": "police officers", "army": "troops", "military": "troops", "government": "government forces",
}

// siteHeldSuffixes turn a group into a modifier of the ground it holds.
var siteHeldSuffixes = []string{"-held", "-controlled", "-run", "-occupied"}

// site reads "[group modifier] [site noun]" at token j ("rebel positions",
// "police checkpoint", "rebel-held districts"): the role noun of the
// group, its kb role and the end of the mention.
func (c *clusterer) site(j, end int) (string, kb.Role, int, bool) {
	if j+1 >= end {
		return "", kb.Role{}, 0, false
	}
	mod := c.d.Tokens[j].Text
	if mod != strings.ToLower(mod) {
		return "", kb.Role{}, 0, false // a capitalised modifier belongs to a name
	}
	for _, s := range siteHeldSuffixes {
		mod = strings.TrimSuffix(mod, s)
	}
	roleWord, ok := siteGroups[mod]
	if !ok {
		return "", kb.Role{}, 0, false
	}
	k := j + 1
	if !siteNouns[strings.ToLower(c.d.Tokens[k].Text)] {
		return "", kb.Role{}, 0, false
	}
	if c.nounAt(k+1, end) {
		return "", kb.Role{}, 0, false // "police station chief": the site modifies another noun
	}
	role, ok := kb.LookupRole(roleWord)
	if !ok {
		return "", kb.Role{}, 0, false
	}
	return roleWord, role, k + 1, true
}

// possessiveOrg reports whether an organisation's or a person's name
// starts at token i and is followed by a possessive ("Labour's", "the
// BBC's" read from "BBC", "Sheikh Hasina's press secretary"), returning
// the token after the possessive.
func (c *clusterer) possessiveOrg(i, end int) (int, bool) {
	d := c.d
	for _, m := range c.namesAt(i) {
		s := d.Spans[m]
		if s.Kind != doc.KindName || s.First != i || s.Last >= end || s.Label != "ORG" && s.Label != "NORP" && s.Label != "PERSON" {
			continue
		}
		switch d.Tokens[s.Last].Text {
		case "'s", "’s":
			return s.Last + 1, true
		}
		if t := d.Tokens[s.Last-1].Text; s.Last-1 > s.First && (t == "'s" || t == "’s") {
			return s.Last, true // the recognizer took the possessive in: "Sheikh Hasina's"
		}
	}
	return 0, false
}

// possessiveCountry reads a country's possessive at token i ("Egypt's",
// "South Korea's", "the United States'"): its ISO code and the token
// after the possessive marker.
func (c *clusterer) possessiveCountry(i, end int) (string, int, bool) {
	d := c.d
	if w := d.Tokens[i].Text; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return "", 0, false
	}
	for k := 3; k >= 1; k-- {
		if i+k >= end {
			continue
		}
		switch d.Tokens[i+k].Text {
		case "'s", "’s", "'", "’":
		default:
			continue
		}
		parts := make([]string, 0, k)
		for m := i; m < i+k; m++ {
			parts = append(parts, d.Tokens[m].Text)
		}
		if iso, ok := c.countryName(strings.Join(parts, " ")); ok {
			return iso, i + k + 1, true
		}
	}
	return "", 0, false
}
