package clean

import (
	"testing"
)

func TestStripChrome(t *testing.T) {
	tests := []struct {
		in, want, date string
	}{
		{" date 2017-11-21 + ↺ − 16 px\n\nOn November 20, Putin met Assad.", "On November 20, Putin met Assad.", "2017-11-21"},
		{"Published: 3 March 2019\nThe minister resigned.", "The minister resigned.", "2019-03-03"},
		{"Share | Print | A+ A-\nOfficials said on Monday that talks would resume.", "Officials said on Monday that talks would resume.", ""},
		{"The president spoke on 2017-11-21 about the budget.\nMore text.", "The president spoke on 2017-11-21 about the budget.\nMore text.", ""},
		{"Headline of the story\nBody.", "Headline of the story\nBody.", ""},
	}
	for _, tt := range tests {
		got, d := StripChrome(tt.in)
		if got != tt.want {
			t.Errorf("StripChrome(%q) = %q, want %q", tt.in, got, tt.want)
		}
		gd := ""
		if !d.IsZero() {
			gd = d.Format("2006-01-02")
		}
		if gd != tt.date {
			t.Errorf("StripChrome(%q) date = %q, want %q", tt.in, gd, tt.date)
		}
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thai police detain activists ahead of rally\n\nThai police detained 21 activists.", "Thai police detain activists ahead of rally"},
		{"Police detained 21 activists on Tuesday.\nMore.", ""},
		{"Sochi\nText.", ""},
	}
	for _, tt := range tests {
		if got := Headline(tt.in); got != tt.want {
			t.Errorf("Headline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
