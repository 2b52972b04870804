package tagger

// thatBeforePlural retags as a complementizer (IN) a "that" the model
// called a determiner (DT) when the noun phrase after it is plural ("has
// proposed that neutral countries mediate"): "that" determines singular
// nouns only ("those countries").
func (t *Tagger) thatBeforePlural(forms []string, tags []int) {
	in, ok := t.tagID("IN")
	if !ok {
		return
	}
	for i, f := range forms {
		if (f != "that" && f != "That") || t.tags[tags[i]] != "DT" {
			continue
		}
	scan:
		for j := i + 1; j < len(forms) && j <= i+4; j++ {
			switch t.tags[tags[j]] {
			case "JJ", "JJR", "JJS", "RB", "VBN", "VBG", "HYPH":
				continue // modifiers of the noun
			case "NNS", "NNPS":
				tags[i] = in
			}
			break scan
		}
	}
}

// tagID returns the class index of a tag.
func (t *Tagger) tagID(tag string) (int, bool) {
	for i, s := range t.tags {
		if s == tag {
			return i, true
		}
	}
	return 0, false
}
