package kb

import (
	"strings"
	"testing"
)

// orgSectorFields is OrgSector as it was written first: split, then join
// each run of words to the end.
func orgSectorFields(name string) (string, bool) {
	words := strings.Fields(strings.ToLower(name))
	for i := 0; i < len(words); i++ {
		if s, ok := orgSectors[strings.Join(words[i:], " ")]; ok {
			return s, true
		}
	}
	return "", false
}

// TestFastLookups checks OrgSector and LookupPronoun, which avoid
// splitting and lower-casing on the heap, against the plain reading.
func TestFastLookups(t *testing.T) {
	names := []string{"", " ", "army", "the army", "The Nigerian Army", "defense  ministry", " defence ministry",
		"police\tforce", "Syrian army ", "national police", "Interior Ministry", "ministry", "ＡＲＭＹ", "armée", "the\u00a0army"}
	for k := range orgSectors {
		names = append(names, k, "the "+k, strings.ToUpper(k), "x  "+k)
	}
	for _, n := range names {
		s1, ok1 := OrgSector(n)
		s2, ok2 := orgSectorFields(n)
		if s1 != s2 || ok1 != ok2 {
			t.Errorf("OrgSector(%q) = %q, %v; want %q, %v", n, s1, ok1, s2, ok2)
		}
	}
	words := []string{"", "He", "HIMSELF", "Herself", "themselves", "It", "its", "Their", "THEY", "Iİ", "İt", "herselfx", "abcdefghi", "Myself"}
	for k := range pronouns {
		words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
	}
	for _, w := range words {
		p1, ok1 := LookupPronoun(w)
		p2, ok2 := pronouns[strings.ToLower(w)]
		if p1 != p2 || ok1 != ok2 {
			t.Errorf("LookupPronoun(%q) = %v, %v; want %v, %v", w, p1, ok1, p2, ok2)
		}
	}
}
