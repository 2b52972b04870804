package actors

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// descriptorSectors are nouns that describe an organisation named beside
// them ("UK bank Barclays", "Gazprom, the Russian energy giant,"), with
// the sector they imply.
var descriptorSectors = map[string]string{}

func init() {
	add := func(sector, words string) {
		for _, w := range strings.Fields(words) {
			descriptorSectors[w] = sector
		}
	}
	add("BUS", `bank lender company firm group corporation conglomerate giant carmaker automaker airline carrier
		retailer supermarket chain maker producer manufacturer operator insurer broker brokerage exporter importer
		miner developer builder distributor supplier refiner shipper telecoms utility multinational`)
	add("MED", `broadcaster newspaper daily tabloid channel`)
	add("NGO", `charity`)
	// two-word descriptors, read before the last word alone ("the rights
	// group Foro Penal" is no business group)
	for _, w := range []string{"rights group", "aid group", "campaign group", "advocacy group", "pressure group", "aid agency", "relief agency", "monitoring group"} {
		descriptorSectors[w] = "NGO"
	}
	add("EDU", `university`)
	add("PTY", `party`)
}

// descriptor reads the words that describe an organisation where it is
// named: before the name ("UK bank Barclays", "South Africa's biggest
// retail bank Absa") or in an apposition after it ("Gazprom, the Russian
// gas giant,"). It returns the country and sector they give, either of
// which may be empty.
func (c *Coder) descriptor(d *doc.Doc, e *doc.Entity) (country, sector string) {
	for _, m := range e.Mentions {
		s := d.Spans[m]
		if s.First < 0 || s.Kind != doc.KindName {
			continue
		}
		// before: the noun right before the name
		if k := s.First - 1; k >= 0 && d.Tokens[k].Sent == d.Tokens[s.First].Sent {
			if k > 0 && lowerWord(d.Tokens[k-1].Text) {
				if sec, ok := descriptorSectors[strings.ToLower(d.Tokens[k-1].Text+" "+d.Tokens[k].Text)]; ok {
					return c.countryBefore(d, k-1), sec
				}
			}
			if sec, ok := descriptorSectors[strings.ToLower(d.Tokens[k].Text)]; ok && lowerWord(d.Tokens[k].Text) {
				return c.countryBefore(d, k), sec
			}
		}
		// after: ", a|the [country] ... noun ,"
		k := s.Last
		if k+1 < len(d.Tokens) && d.Tokens[k].Text == "," {
			if det := strings.ToLower(d.Tokens[k+1].Text); det == "a" || det == "an" || det == "the" {
				for j := k + 2; j < len(d.Tokens) && j < k+8; j++ {
					t := d.Tokens[j].Text
					if t == "," || t == "." || d.Tokens[j].Sent != d.Tokens[k].Sent {
						break
					}
					if sec, ok := descriptorSectors[strings.ToLower(t)]; ok && lowerWord(t) {
						if j+1 >= len(d.Tokens) || !isNounTag(d.Tokens[j+1].Tag) {
							return c.countryBefore(d, j), sec
						}
					}
				}
			}
		}
	}
	return "", ""
}

// countryBefore finds a country name or demonym among the few modifier
// words before token k in its noun phrase ("South Africa's biggest retail
// bank", "the Russian energy giant").
func (c *Coder) countryBefore(d *doc.Doc, k int) string {
	sent := d.Tokens[k].Sent
	for j := k - 1; j >= 0 && j >= k-6 && d.Tokens[j].Sent == sent; j-- {
		t := d.Tokens[j]
		if !modifierTag(t.Tag) {
			break
		}
		if t.Tag == "POS" {
			continue
		}
		for n := 3; n >= 1; n-- {
			if j-n+1 < 0 {
				continue
			}
			words := make([]string, 0, n)
			for i := j - n + 1; i <= j; i++ {
				words = append(words, d.Tokens[i].Text)
			}
			if iso, ok := c.gaz.Country(strings.Join(words, " ")); ok {
				return iso
			}
		}
	}
	return ""
}

// modifierTag reports whether a token with this tag can sit inside the
// premodifiers of a noun phrase.
func modifierTag(tag string) bool {
	switch tag {
	case "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "VBN", "VBG":
		return true
	}
	return false
}

func isNounTag(tag string) bool { return strings.HasPrefix(tag, "NN") }

// lowerWord reports whether w is written in lower case (a common noun,
// not part of a name).
func lowerWord(w string) bool { return w != "" && w == strings.ToLower(w) }
