package conll

import "strings"

// splitTag splits "B-PER" into ("B", "PER"); "O" gives ("O", "").
func splitTag(t string) (prefix, typ string) {
	if t == "" || t == "O" || t == "-" {
		return "O", ""
	}
	if i := strings.IndexByte(t, '-'); i > 0 {
		return t[:i], t[i+1:]
	}
	return "I", t
}

// SpansFromTags decodes a tag sequence into entity spans the way conlleval
// does: it accepts IOB1, IOB2, IOE and BIOES/BILOU tags. A chunk starts at
// B-/S-/U-, or at I-/E-/L- when the previous tag is outside or of another
// type or closed its chunk; it ends before O, B-, S-, U- or a type change,
// and after E-, L-, S-, U-.
func SpansFromTags(tags []string) []Span {
	var spans []Span
	start, typ := -1, ""
	closed := true // the previous token closed its chunk (or was O)
	for i, t := range tags {
		p, ty := splitTag(t)
		begins := false
		switch p {
		case "O":
		case "B", "S", "U":
			begins = true
		default: // I, E, L
			begins = closed || ty != typ
		}
		if (p == "O" || begins) && start >= 0 {
			spans = append(spans, Span{start, i, typ})
			start = -1
		}
		if begins {
			start, typ = i, ty
		}
		closed = p == "O" || p == "E" || p == "L" || p == "S" || p == "U"
		if closed && start >= 0 {
			spans = append(spans, Span{start, i + 1, typ})
			start = -1
		}
		if p == "O" {
			typ = ""
		}
	}
	if start >= 0 {
		spans = append(spans, Span{start, len(tags), typ})
	}
	return spans
}

// IOB2 encodes spans over n tokens as IOB2 tags (B- first, I- inside).
func IOB2(n int, spans []Span) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, s := range spans {
		for i := s.Start; i < s.End; i++ {
			if i == s.Start {
				tags[i] = "B-" + s.Label
			} else {
				tags[i] = "I-" + s.Label
			}
		}
	}
	return tags
}
