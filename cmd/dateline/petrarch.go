package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/parser"
	"github.com/dateline-news/dateline/nlp/tagger"
	"github.com/dateline-news/dateline/petrarch"
	"github.com/dateline-news/dateline/segment"
	"github.com/spf13/cobra"
)

func init() {
	var asJSON, show bool
	var dictDir string
	cmd := &cobra.Command{
		Use:   "petrarch [--json] FILE --dictionaries DIR",
		Short: "Code the PETRARCH validation suite with PETRARCH/TABARI dictionaries (share of expected codings reproduced)",
		Long: "Reads a PETRARCH validation file (e.g. ../shared/data/events/petrarch-validation/\n" +
			"PETR.UnitTest.records.xml), runs each record's text through Dateline's segmenter,\n" +
			"tagger and dependency parser (the records' parse trees are ignored), codes events\n" +
			"with the actor, agent, verb and discard dictionaries of DIR (default: FILE's\n" +
			"directory) under the record's <Config> options, and reports accuracy (expected\n" +
			"codings reproduced exactly: source, target, CAMEO code; an expected 'no event'\n" +
			"counts when the record codes nothing) and extra_per_record (events no expectation\n" +
			"asked for, per record). Per-category accuracy is listed under per_label;\n" +
			"--show lists the records that differ on stderr.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if dictDir == "" {
				dictDir = filepath.Dir(args[0])
			}
			d, err := petrarch.LoadDir(dictDir)
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			recs, err := petrarch.ReadRecords(f)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if len(recs) == 0 {
				return fmt.Errorf("%s: no <Sentence> records", args[0])
			}
			prep, err := petrarchPrepare()
			if err != nil {
				return err
			}
			res, err := petrarch.Validate(recs, d, prep)
			if err != nil {
				return err
			}
			if show {
				showPetrarch(res)
			}
			return printScores(cmd.OutOrStdout(), asJSON, petrarchScores(res))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&show, "show", false, "list records whose coding differs on stderr")
	cmd.Flags().StringVar(&dictDir, "dictionaries", "", "directory of PETRARCH dictionaries (*actors*.txt, *agents*.txt, *verbs*.txt or CAMEO.2.0.txt, *discards*.txt)")
	evalCmd.AddCommand(cmd)
}

// petrarchPrepare is Dateline's own segmentation, tagging and parsing.
func petrarchPrepare() (petrarch.Prepare, error) {
	tg, err := tagger.Default()
	if err != nil {
		return nil, err
	}
	ps, err := parser.Default()
	if err != nil {
		return nil, err
	}
	stages := []doc.Stage{segment.New(), tg, ps}
	return func(d *doc.Doc) error {
		for _, st := range stages {
			if err := st.Process(d); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

func petrarchScores(res petrarch.Result) Scores {
	s := Scores{
		Metrics: map[string]float64{"accuracy": res.Accuracy(), "extra_per_record": res.ExtraPerRecord()},
		Counts: map[string]int{"records": res.Records, "expected": res.Expected, "reproduced": res.Reproduced,
			"produced": res.Produced, "extra": res.Extra},
		PerLabel: map[string]map[string]float64{},
	}
	type acc struct{ exp, rep, extra, recs int }
	by := map[string]*acc{}
	for _, rr := range res.PerRecord {
		a := by[rr.Category]
		if a == nil {
			a = &acc{}
			by[rr.Category] = a
		}
		a.exp += len(rr.Expected)
		a.rep += rr.Reproduced
		a.extra += rr.Extra
		a.recs++
	}
	for c, a := range by {
		row := map[string]float64{"expected": float64(a.exp), "extra_per_record": float64(a.extra) / float64(a.recs)}
		if a.exp > 0 {
			row["accuracy"] = float64(a.rep) / float64(a.exp)
		}
		if c == "" {
			c = "(none)"
		}
		s.PerLabel[c] = row
	}
	return s
}

func showPetrarch(res petrarch.Result) {
	for _, rr := range res.PerRecord {
		if rr.Reproduced == len(rr.Expected) && rr.Extra == 0 {
			continue
		}
		var want, got []string
		for _, e := range rr.Expected {
			if e.NoEvent {
				want = append(want, "(no event)")
			} else {
				want = append(want, e.Source+" "+e.Target+" "+e.Code)
			}
		}
		for _, g := range rr.Got {
			got = append(got, g.Source+" "+g.Target+" "+g.Code)
		}
		fmt.Fprintf(os.Stderr, "%s: want [%s] got [%s]\n", rr.ID, strings.Join(want, "; "), strings.Join(got, "; "))
	}
}
