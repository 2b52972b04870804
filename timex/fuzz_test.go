package timex

import (
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On November 20, 2017, at 3 p.m. EDT, he said: \"The day after tomorrow\".",
		"the past 2 1/2 years, every other week, 11/20/17, 2017-11-20, the '80s",
		"mid-1990s, Q3, 3Q, the first two quarters of fiscal 1990, ``now''",
		"“Yesterday”, 'last year's' — Friday's midnight nineteen ninety-one",
		"12:", "a.m", "the", "-", "\xff\xfe", "May", "'", "1,",
	} {
		f.Add(s)
	}
	ref := time.Date(2017, 11, 21, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []time.Time{ref, {}} {
			es := Find(s, r)
			end := 0
			for _, e := range es {
				if e.Start < end || e.End <= e.Start || e.End > len(s) {
					t.Fatalf("bad span %+v after %d in %q", e, end, s)
				}
				if e.Type == "" || e.Value == "" {
					t.Fatalf("empty type or value %+v in %q", e, s)
				}
				end = e.End
			}
		}
	})
}
