package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/tagger"
	"github.com/dateline-news/dateline/segment"
	"github.com/dateline-news/dateline/timex"
	"github.com/dateline-news/dateline/timex/timeml"
	"github.com/spf13/cobra"
)

func init() {
	var asJSON, noTag bool
	cmd := &cobra.Command{
		Use:   "timex [--json] DIR...",
		Short: "Score temporal expressions on TimeML files (TempEval-3: relaxed span F1, value F1)",
		Long: "Reads every *.tml file of each DIR (e.g. ../shared/data/timex/tempeval3/TimeBank),\n" +
			"runs the timex recogniser on the TEXT of each document anchored on its creation time,\n" +
			"and reports TempEval-3 scores: f1/precision/recall for relaxed (overlap) span match,\n" +
			"strict_f1 for exact spans, value_f1 and type_f1 (attribute accuracy over relaxed\n" +
			"matches times relaxed F1). Per-directory rows are printed under per_label.\n" +
			"Documents are segmented and POS-tagged first, as in the pipeline (--no-tag: untagged).",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var tg *tagger.Tagger
			if !noTag {
				var err error
				if tg, err = tagger.Default(); err != nil {
					return err
				}
			}
			var total timeml.Counts
			per := map[string]map[string]float64{}
			docs := 0
			for _, dir := range args {
				ds, err := timeml.ReadDir(dir)
				if err != nil {
					return err
				}
				if len(ds) == 0 {
					return fmt.Errorf("%s: no .tml files", dir)
				}
				var c timeml.Counts
				for _, d := range ds {
					es, err := findTimeML(d, tg)
					if err != nil {
						return err
					}
					c.Add(timeml.Compare(d.Timexes, toTimeML(es)))
				}
				docs += len(ds)
				total.Add(c)
				if len(args) > 1 {
					per[filepath.Base(filepath.Clean(dir))] = c.Metrics()
				}
			}
			s := Scores{
				Metrics:  total.Metrics(),
				PerLabel: per,
				Counts: map[string]int{
					"docs": docs, "gold": total.Gold, "system": total.System,
					"relaxed": total.Relaxed, "strict": total.Strict,
					"value_correct": total.Value, "type_correct": total.Type,
				},
			}
			return printScores(os.Stdout, asJSON, s)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().BoolVar(&noTag, "no-tag", false, "do not POS-tag the documents (tense from marker words only)")
	evalCmd.AddCommand(cmd)
}

// findTimeML runs the timex recogniser on a TimeML document the way the
// pipeline does: segmented, then tagged (when tg is not nil).
func findTimeML(td *timeml.Doc, tg *tagger.Tagger) ([]timex.Expr, error) {
	d := &doc.Doc{Text: td.Text, Published: td.DCT}
	if err := segment.New().Process(d); err != nil {
		return nil, err
	}
	if tg != nil {
		if err := tg.Process(d); err != nil {
			return nil, err
		}
	}
	return timex.FindDoc(d), nil
}

func toTimeML(es []timex.Expr) []timeml.Timex {
	out := make([]timeml.Timex, len(es))
	for i, e := range es {
		out[i] = timeml.Timex{Start: e.Start, End: e.End, Type: e.Type, Value: e.Value}
	}
	return out
}
