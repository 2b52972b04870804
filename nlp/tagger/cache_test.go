package tagger

import (
	"slices"
	"strings"
	"testing"
)

// TestRoleFeaturesSplitFeatures checks that the role features of a
// position's words and its rest features are exactly its features.
func TestRoleFeaturesSplitFeatures(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := tg.get()
	for _, line := range benchText {
		forms := strings.Fields(line)
		tg.prepare(sc, forms)
		for i := range forms {
			j := i + 2
			want := features(nil, sc.ws, j, 7, 3)
			got := restFeatures(nil, sc.ws, j, 7, 3)
			got = roleFeatures(got, &sc.ws[j], roleSelf)
			got = roleFeatures(got, &sc.ws[j-1], roleLeft)
			got = roleFeatures(got, &sc.ws[j+1], roleRight)
			got = roleFeatures(got, &sc.ws[j+2], roleRight2)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("%q word %d: role and rest features differ from features", line, i)
			}
		}
	}
}

// TestCachedScoresExact checks that scoring through the role cache gives
// the scores of the features to the bit, for cached words and for words
// past the cache's capacity, which replace others or, when a sentence
// needs them all, are computed for the sentence alone.
func TestCachedScoresExact(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := tg.get()
	for _, max := range []int{CacheWords, 5, 40} {
		c := newRoleCache(tg.model, max)
		nc := len(tg.tags)
		acc, got, want := make([]int32, nc), make([]float32, nc), make([]float32, nc)
		for rep := 0; rep < 2; rep++ {
			for _, line := range benchText {
				forms := strings.Fields(line)
				tg.prepare(sc, forms)
				c.sentence(tg.model, sc.ws, forms)
				for i := range forms {
					for _, p := range [][2]uint64{{uint64(nc), uint64(nc) + 1}, {3, 7}, {12, 0}} {
						c.scores(tg.model, sc.ws, i+2, p[0], p[1], acc, got)
						tg.model.Scores(features(nil, sc.ws, i+2, p[0], p[1]), want)
						if !slices.Equal(got, want) {
							t.Fatalf("max %d, %q word %d: cached scores %v, want %v", max, line, i, got, want)
						}
					}
				}
			}
		}
	}
}
