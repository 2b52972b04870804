package timeml

import (
	"strings"
	"testing"
)

const sample = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-11-21" functionInDocument="CREATION_TIME">2017-11-21</TIMEX3></DCT>
<TEXT>
Putin <EVENT eid="e1">met</EVENT> Assad <TIMEX3 tid="t1" type="DATE" value="2017-11-20">on Monday</TIMEX3> &amp; stayed <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>`

func TestParse(t *testing.T) {
	d, err := Parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCTValue != "2017-11-21" || d.DCT.Format("2006-01-02") != "2017-11-21" {
		t.Errorf("DCT %q %v", d.DCTValue, d.DCT)
	}
	want := []struct{ text, typ, value string }{{"on Monday", "DATE", "2017-11-20"}, {"three days", "DURATION", "P3D"}}
	if len(d.Timexes) != len(want) {
		t.Fatalf("timexes %+v", d.Timexes)
	}
	for i, w := range want {
		x := d.Timexes[i]
		if got := d.Text[x.Start:x.End]; got != w.text || x.Type != w.typ || x.Value != w.value {
			t.Errorf("timex %d: %q %s %s, want %+v", i, got, x.Type, x.Value, w)
		}
	}
	if !strings.Contains(d.Text, "Assad on Monday & stayed") {
		t.Errorf("text %q", d.Text)
	}
}

func TestCompare(t *testing.T) {
	gold := []Timex{{0, 10, "DATE", "2017-11-20"}, {20, 30, "DURATION", "P3D"}, {40, 45, "DATE", "2017"}}
	tests := []struct {
		name                              string
		sys                               []Timex
		relaxed, strict, value, typ, nsys int
	}{
		{"exact", gold, 3, 3, 3, 3, 3},
		{"overlap", []Timex{{3, 12, "DATE", "2017-11-20"}, {25, 26, "DATE", "P3D"}}, 2, 0, 2, 1, 2},
		{"one to one", []Timex{{0, 45, "DATE", "2017"}}, 1, 0, 0, 1, 1},
		{"false alarm", []Timex{{12, 14, "DATE", "X"}}, 0, 0, 0, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(gold, tt.sys)
			if c.Relaxed != tt.relaxed || c.Strict != tt.strict || c.Value != tt.value || c.Type != tt.typ || c.System != tt.nsys || c.Gold != 3 {
				t.Errorf("got %+v", c)
			}
		})
	}
	c := Compare(gold, gold)
	if c.F1() != 1 || c.ValueF1() != 1 || c.StrictF1() != 1 {
		t.Errorf("perfect scores %+v", c.Metrics())
	}
	c = Compare(gold, []Timex{{0, 10, "DATE", "wrong"}})
	// relaxed F1 = 2*1/(1+3) = 0.5; value F1 = 0
	if c.F1() != 0.5 || c.ValueF1() != 0 || c.Precision() != 1 {
		t.Errorf("scores %+v", c.Metrics())
	}
}
