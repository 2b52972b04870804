package actors_test

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/pipeline"
)

// TestOrganisationDescriptors checks that the words describing an
// organisation or a person where they are named give the country and
// sector.
func TestOrganisationDescriptors(t *testing.T) {
	tests := []struct {
		text, name, code string
	}{
		{"South Africa's biggest retail bank Absa is selling a stake.", "Absa", "ZAFBUS"},
		{"Shares in UK bank Barclays rose on Monday.", "Barclays", "GBRBUS"},
		{"Gazprom, the Russian energy giant, cut supplies on Monday.", "Gazprom", "RUSBUS"},
		{"US carmaker Ford reported a loss.", "Ford", "USABUS"},
		// titles only one country's offices carry
		{"Foreign Secretary Jack Straw will visit Indonesia. Indonesia was hit hard. Indonesia needs help.", "Jack Straw", "GBRGOV"},
		{"Shadow home secretary David Davis urged ministers in Jakarta to act. Indonesia needs help.", "David Davis", "GBROPP"},
	}
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		r, err := p.Run(pipeline.Input{Article: dateline.Article{Text: tc.text}, Published: time.Date(2005, 1, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		got := "(no entity)"
		for _, e := range r.Entities {
			if e.Name == tc.name {
				got = "(no actor)"
				if e.Actor != nil {
					got = e.Actor.Code
				}
			}
		}
		if got != tc.code {
			t.Errorf("%q: %s coded %s, want %s", tc.text, tc.name, got, tc.code)
		}
	}
}
