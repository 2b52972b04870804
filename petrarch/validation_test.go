package petrarch_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/parser"
	"github.com/dateline-news/dateline/nlp/tagger"
	"github.com/dateline-news/dateline/petrarch"
	"github.com/dateline-news/dateline/segment"
)

// validationDir is the PETRARCH validation suite, relative to this
// package's directory (/work/main/petrarch -> /work/shared/...).
var validationDir = filepath.Join("..", "..", "shared", "data", "events", "petrarch-validation")

// Measured on the validation suite; the test fails 0.01 below the
// accuracy or 0.01 above the extra rate, and below the issue's floors.
// Measured with the tagger of the 1000-class word clusters (EWT dev XPOS
// 0.9484) and the parser retrained with lighter pruning (UAS/LAS
// 0.8503/0.8136); the parser before scored 0.9143 / 0.0986, and with the
// models before those (tagger 78cbfe3, parser 1a48208) 0.9221 / 0.0810.
const (
	measuredAccuracy = 0.9169
	measuredExtra    = 0.0915
	issueAccuracy    = 0.90
	issueExtra       = 0.10
)

func prepare(t testing.TB) petrarch.Prepare {
	tg, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := parser.Default()
	if err != nil {
		t.Fatal(err)
	}
	seg := segment.New()
	return func(d *doc.Doc) error {
		for _, st := range []doc.Stage{seg, tg, ps} {
			if err := st.Process(d); err != nil {
				return err
			}
		}
		return nil
	}
}

func runValidation(t *testing.T) petrarch.Result {
	t.Helper()
	recPath := filepath.Join(validationDir, "PETR.UnitTest.records.xml")
	f, err := os.Open(recPath)
	if err != nil {
		t.Skipf("PETRARCH validation suite not present (%v)", err)
	}
	defer f.Close()
	recs, err := petrarch.ReadRecords(f)
	if err != nil {
		t.Fatal(err)
	}
	d, err := petrarch.LoadDir(validationDir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := petrarch.Validate(recs, d, prepare(t))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestValidationSuite(t *testing.T) {
	res := runValidation(t)
	t.Logf("records %d, expected %d, reproduced %d (%.4f), produced %d, extra %d (%.4f per record)",
		res.Records, res.Expected, res.Reproduced, res.Accuracy(), res.Produced, res.Extra, res.ExtraPerRecord())
	if os.Getenv("PETRARCH_DEBUG") != "" {
		for _, rr := range res.PerRecord {
			if rr.Reproduced == len(rr.Expected) && rr.Extra == 0 {
				continue
			}
			var exp, got []string
			for _, e := range rr.Expected {
				if e.NoEvent {
					exp = append(exp, "none")
				} else {
					exp = append(exp, fmt.Sprintf("%s>%s:%s", e.Source, e.Target, e.Code))
				}
			}
			for _, g := range rr.Got {
				got = append(got, fmt.Sprintf("%s>%s:%s[%s]", g.Source, g.Target, g.Code, g.Pattern))
			}
			t.Logf("%s: want %s; got %s", rr.ID, strings.Join(exp, " "), strings.Join(got, " "))
		}
	}
	if res.Accuracy() < issueAccuracy || res.ExtraPerRecord() > issueExtra {
		t.Errorf("below the issue's floors (accuracy >= %.2f, extra <= %.2f per record)", issueAccuracy, issueExtra)
	}
	if res.Accuracy() < measuredAccuracy-0.01 {
		t.Errorf("accuracy %.4f below the measured %.4f - 0.01", res.Accuracy(), measuredAccuracy)
	}
	if res.ExtraPerRecord() > measuredExtra+0.01 {
		t.Errorf("extra %.4f per record above the measured %.4f + 0.01", res.ExtraPerRecord(), measuredExtra)
	}
}
