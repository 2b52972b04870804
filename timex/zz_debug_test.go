package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("TIMEX_TEXT")
	if s == "" {
		t.Skip()
	}
	ref, _ := time.Parse("2006-01-02", os.Getenv("TIMEX_REF"))
	for _, e := range Find(s, ref) {
		fmt.Printf("%q %s %s\n", s[e.Start:e.End], e.Type, e.Value)
	}
}
