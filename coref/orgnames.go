package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// orgKinds are nouns that introduce an organisation's name: "the rights
// group Foro Penal", "the charity Oxfam".
var orgKinds = map[string]bool{"group": true, "organisation": true, "organization": true, "charity": true,
	"watchdog": true, "company": true, "firm": true, "movement": true, "coalition": true, "network": true,
	"union": true, "association": true, "foundation": true, "monitor": true, "ngo": true, "agency": true, "party": true}

// orgAfterKind reports whether a name the recognizer typed as a person
// follows "the" and a noun for an organisation, with at most two words
// between ("the rights group Foro Penal", "the charity Save the
// Children"): it names the organisation.
func (c *clusterer) orgAfterKind(s doc.Span) bool {
	d := c.d
	if s.First < 2 || s.First > len(d.Tokens) || !orgKinds[strings.ToLower(d.Tokens[s.First-1].Text)] {
		return false
	}
	for j := s.First - 2; j >= 0 && j >= s.First-4; j-- {
		switch strings.ToLower(d.Tokens[j].Text) {
		case "the", "a":
			return true
		}
		if t := d.Tokens[j].Tag; t != "NN" && t != "JJ" && t != "NNS" {
			return false
		}
	}
	return false
}

// companyNouns head a description of a company or other organisation in
// apposition: "Skydio, the largest U.S. drone maker,".
var companyNouns = map[string]bool{"maker": true, "manufacturer": true, "producer": true, "company": true,
	"firm": true, "giant": true, "carrier": true, "airline": true, "lender": true, "retailer": true,
	"operator": true, "broadcaster": true, "newspaper": true, "charity": true, "group": true, "startup": true,
	"conglomerate": true, "supplier": true, "developer": true, "insurer": true, "bank": true}

// companyApposition reports whether a description of an organisation
// follows the name after a comma: ", the largest U.S. drone maker".
func (c *clusterer) companyApposition(s doc.Span) bool {
	return c.describedAs(s, 6, func(t doc.Token) bool {
		return companyNouns[strings.ToLower(t.Text)] && t.Tag == "NN"
	})
}
