package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/geoeval"
	"github.com/dateline-news/dateline/names"
	"github.com/dateline-news/dateline/nlp/ner"
	"github.com/dateline-news/dateline/nlp/perceptron"
	"github.com/dateline-news/dateline/pipeline"
	"github.com/dateline-news/dateline/segment"
	"github.com/spf13/cobra"
)

var evalGeoCmd = &cobra.Command{
	Use:   "geo [--json] [--recognizer pipeline|capitalised] [--errors FILE] FILE...",
	Short: "Score geoparsing on GeoWebNews or TR-News XML: recognition recall, accuracy@161km, AUC",
	Long: "Recognises place names with the pipeline (segmenter, NER, rule-based names), resolves them\n" +
		"with the places stage and scores them against the gold toponyms that have coordinates:\n" +
		"recall (gold toponyms overlapped by a predicted place mention), accuracy_161km and auc\n" +
		"(Gritta et al.'s area under the log error curve, lower is better) over the recognised ones.\n" +
		"accuracy_161km_gold_spans and auc_gold_spans resolve the gold spans themselves.",
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		asJSON, _ := cmd.Flags().GetBool("json")
		which, _ := cmd.Flags().GetString("recognizer")
		var arts []geoeval.Article
		for _, path := range args {
			a, err := geoeval.ReadFile(path)
			if err != nil {
				return err
			}
			arts = append(arts, a...)
		}
		ann, err := geoAnnotator(which)
		if err != nil {
			return err
		}
		e2e := geoeval.Evaluate(arts, ann)
		gold := geoeval.EvaluateGold(arts)
		if path, _ := cmd.Flags().GetString("errors"); path != "" {
			err := perceptron.WriteFile(path, func(w io.Writer) error { return geoeval.WriteErrors(w, e2e, 161) })
			if err != nil {
				return err
			}
		}
		return printScores(cmd.OutOrStdout(), asJSON, Scores{
			Metrics: map[string]float64{
				"accuracy_161km":            e2e.Accuracy,
				"recall":                    e2e.Recall,
				"auc":                       e2e.AUC,
				"accuracy_161km_gold_spans": gold.Accuracy,
				"auc_gold_spans":            gold.AUC,
			},
			Counts: map[string]int{
				"articles":   len(arts),
				"gold":       e2e.Gold,
				"recognised": e2e.Recognised,
				"within_161": e2e.Within161,
			},
		})
	},
}

func init() {
	evalGeoCmd.Flags().Bool("json", false, "print the scores as JSON")
	evalGeoCmd.Flags().String("errors", "", "write every end-to-end error over 161 km to this file (TSV: gold, prediction, distance, context)")
	evalGeoCmd.Flags().String("recognizer", "pipeline", "place-name recogniser: pipeline (NER and names stages) or capitalised (gazetteer runs)")
	evalCmd.AddCommand(evalGeoCmd)
}

// geoAnnotator returns the recogniser the evaluation runs before places:
// the pipeline's segmenter, statistical NER (when its model loads) and
// rule-based names stage, on the text verbatim so gold offsets hold.
func geoAnnotator(which string) (geoeval.Annotator, error) {
	switch which {
	case "capitalised":
		return geoeval.Capitalised, nil
	case "pipeline":
	default:
		return nil, fmt.Errorf("unknown recognizer %q (want pipeline or capitalised)", which)
	}
	stages := []doc.Stage{segment.New()}
	if rec, err := ner.Default(); err == nil {
		stages = append(stages, rec)
	} else {
		fmt.Fprintln(os.Stderr, "dateline: NER model not loaded, using the rule-based names stage only:", err)
	}
	stages = append(stages, names.New())
	p := pipeline.New(stages...)
	return func(text string) *doc.Doc {
		d, err := p.Doc(pipeline.Input{Article: dateline.Article{Text: text}, Verbatim: true})
		if err != nil || d == nil {
			return doc.New(dateline.Article{Text: text}, time.Time{})
		}
		return d
	}, nil
}
