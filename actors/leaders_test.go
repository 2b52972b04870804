package actors

import (
	"testing"
	"time"
)

func TestLeader(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name, at, code string
	}{
		{"Joe Biden", "2024-05-14", "USAGOV"},
		{"Joe Biden", "2012-03-01", "USAGOV"},        // vice president
		{"Donald Trump", "2024-05-14", "USAELI"},     // between his terms: a former president
		{"Donald Trump", "2019-06-01", "USAGOV"},     // in office
		{"Gordon Brown", "2012-01-01", "GBRELI"},     // after his last office
		{"Antonio Guterres", "2020-01-01", "IGOUNO"}, // an international body's head
		{"Angela Merkel", "1990-01-01", ""},          // before any office: the text must say
		{"Nobody Known", "2020-01-01", ""},
	}
	for _, tt := range tests {
		a, ok := leader(tt.name, day(tt.at))
		if got := a.Code; !ok && got != "" || got != tt.code {
			t.Errorf("leader(%q, %s) = %q, want %q", tt.name, tt.at, got, tt.code)
		}
	}
}
