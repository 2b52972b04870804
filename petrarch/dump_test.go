package petrarch_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/petrarch"
)

// TestDumpRecords prints the tokens, tags and dependencies Dateline gives
// the validation records named in PETRARCH_DUMP (comma-separated ids).
func TestDumpRecords(t *testing.T) {
	ids := os.Getenv("PETRARCH_DUMP")
	if ids == "" {
		t.Skip("set PETRARCH_DUMP=ID,ID")
	}
	f, err := os.Open(filepath.Join(validationDir, "PETR.UnitTest.records.xml"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	recs, _ := petrarch.ReadRecords(f)
	prep := prepare(t)
	for _, r := range recs {
		if !strings.Contains(","+ids+",", ","+r.ID+",") {
			continue
		}
		d := doc.New(dateline.Article{Text: r.Text}, r.Date)
		if err := prep(d); err != nil {
			t.Fatal(err)
		}
		t.Logf("== %s %s", r.ID, r.Text)
		for i, tk := range d.Tokens {
			h := "ROOT"
			if tk.Head >= 0 {
				h = d.Tokens[tk.Head].Text
			}
			t.Logf("%3d %-14s %-5s %-10s %-12s <- %d %s", i, tk.Text, tk.Tag, tk.Lemma, tk.Dep, tk.Head, h)
		}
	}
}
