package main

import (
	"slices"
	"testing"
)

func TestStripArticle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Al Hudaydah", "Hudaydah"},
		{"El-Hodeidah", "Hodeidah"},
		{"Ad Dawhah", "Dawhah"},
		{"Ash Shihr", "Shihr"},
		{"Al Ain", ""},     // too short alone
		{"Al-ain", ""},     // not a name after the article
		{"Hudaydah", ""},   // no article
		{"Alexandria", ""}, // "Al" is not a word here
		{"El Paso", "Paso"},
	}
	for _, tt := range tests {
		if got := stripArticle(tt.in); got != tt.want {
			t.Errorf("stripArticle(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestAltRank(t *testing.T) {
	names := []string{"Kyiv", "Kiev", "Kievas", "Kijev", "Kiev osh", "Kyiw", "Küyiv", "Kiev`", "Rostov", "New York"}
	tests := []struct {
		name string
		want int
	}{
		{"Kiev", 0},
		{"Kievas", 1},   // Kiev with an ending
		{"Kiev osh", 1}, // Kiev in a phrase
		{"Kijev", 1},    // "j" after a consonant
		{"Kyiw", 1},     // "w" at the end
		{"Kiev`", 3},    // ASCII punctuation
		{"Küyiv", 6},    // diacritics
		{"Szczecin", 1}, // Polish letter groups
		{"Djibouti", 0}, // "dj" is English
		{"Najaf", 0},    // "j" between vowels
		{"nyc", 9},      // lower case
		{"Rostov-on-Don", 0},
		{"Rostov aan de Don", 1}, // another language's small word
		{"New York City", 0},     // "City" is no foreign word
		{"Madinat Kiev", 1},      // a phrase around another name
	}
	for _, tt := range tests {
		if got := altRank(tt.name, names); got != tt.want {
			t.Errorf("altRank(%q) = %d; want %d", tt.name, got, tt.want)
		}
	}
}

func TestUsable(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Hodeidah", true},
		{"HOD", false},         // a code
		{"alhdydt", false},     // a lower-case romanisation
		{"nyc", true},          // a lower-case abbreviation, ranked last
		{"الحديدة", false},     // not Latin
		{"Kyiv (city)", false}, // brackets
		{"'s-Hertogenbosch", true},
	}
	for _, tt := range tests {
		if got := usable(tt.name); got != tt.want {
			t.Errorf("usable(%q) = %v; want %v", tt.name, got, tt.want)
		}
	}
}

func TestAlternates(t *testing.T) {
	tests := []struct {
		c    city
		want []string // must all be chosen
		not  []string // must not be
	}{
		{
			city{name: "Al Hudaydah", cc: "YE", pop: 734699, fcode: "PPLA", alts: []string{"Al Hudaydah", "Al Ḩudaydah",
				"El-Hodeidah", "El-Ḥodeidah", "HOD", "Hodaidah", "Hodeida", "Hudaida", "Hudaydah", "alhdydt", "Ḩudaydah"}},
			[]string{"Hudaydah", "Hodeidah", "Hodeida"},
			[]string{"HOD", "Al Ḩudaydah"},
		},
		{
			// A small place keeps one alternate: the plain English-looking one.
			city{name: "Xanadu", cc: "US", pop: 5000, fcode: "PPL", alts: []string{"Ksanadu", "Xanadú", "Xanaduas"}},
			[]string{"Ksanadu"},
			[]string{"Xanaduas"},
		},
		{
			// Common words and keys shorter than three letters are no names.
			city{name: "North Hero", cc: "US", pop: 793, fcode: "PPLA2", alts: []string{"The City", "Island City"}},
			[]string{"Island City"},
			[]string{"The City"},
		},
		{
			city{name: "Detroit", cc: "US", pop: 645705, fcode: "PPLA2", alts: []string{"The D", "Motor City"}},
			[]string{"Motor City"},
			[]string{"The D"},
		},
		{
			// The article is only taken off in Arabic-speaking countries.
			city{name: "El Paso", cc: "US", pop: 650000, fcode: "PPL"},
			nil,
			[]string{"Paso"},
		},
	}
	for _, tt := range tests {
		got := alternates(tt.c)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("alternates(%s) = %q; lacks %q", tt.c.name, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("alternates(%s) = %q; has %q", tt.c.name, got, n)
			}
		}
	}
}
