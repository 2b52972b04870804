package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/nlp/conllu"
	"github.com/dateline-news/dateline/nlp/tagger"
)

func init() {
	var (
		out    string
		epochs int
		seed   int64
		thresh float64
		onto   string
		repeat int
	)
	train := &cobra.Command{
		Use:   "pos [--out FILE] TRAIN.conllu",
		Short: "Train the part-of-speech tagger and lemmatiser on a CoNLL-U file (UD English EWT train)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opt := tagger.DefaultOptions()
			opt.Log = cmd.ErrOrStderr()
			if epochs > 0 {
				opt.Epochs = epochs
			}
			if cmd.Flags().Changed("seed") {
				opt.Seed = seed
			}
			if cmd.Flags().Changed("threshold") {
				opt.Threshold = thresh
			}
			if onto != "" {
				extra, err := tagger.ReadOntoNotesFile(onto)
				if err != nil {
					return err
				}
				opt.Extra, opt.Repeat = extra, repeat
			}
			start := time.Now()
			t, err := tagger.TrainFile(args[0], opt)
			if err != nil {
				return err
			}
			if err := t.SaveFile(out); err != nil {
				return err
			}
			st, _ := os.Stat(out)
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s (%d bytes) in %s\n", out, st.Size(), time.Since(start).Round(time.Second))
			return nil
		},
	}
	train.Flags().StringVar(&out, "out", tagger.ModelPath, "model file to write")
	train.Flags().IntVar(&epochs, "epochs", 0, "training epochs (0: default)")
	train.Flags().Int64Var(&seed, "seed", 1, "shuffling seed")
	train.Flags().Float64Var(&thresh, "threshold", 0, "prune averaged weights below this magnitude")
	train.Flags().StringVar(&onto, "ontonotes", "", "also train on the POS tags of this OntoNotes *_conll(.gz) file (research-only data)")
	train.Flags().IntVar(&repeat, "repeat", 2, "with --ontonotes, repeat the main corpus this many times")
	trainCmd.AddCommand(train)

	var (
		asJSON bool
		model  string
	)
	eval := &cobra.Command{
		Use:   "pos [--json] [--model FILE] FILE.conllu",
		Short: "Score the part-of-speech tagger on a CoNLL-U file (XPOS token accuracy, gold tokens)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			t, err := loadTagger(model)
			if err != nil {
				return err
			}
			sents, err := conllu.ReadFile(args[0])
			if err != nil {
				return err
			}
			r := t.Evaluate(sents)
			s := Scores{
				Metrics: map[string]float64{
					"accuracy":       r.Accuracy(),
					"lemma_accuracy": r.LemmaAccuracy(),
				},
				Counts:   map[string]int{"tokens": r.Tokens, "correct": r.Correct},
				PerLabel: map[string]map[string]float64{},
			}
			for tag, c := range r.PerTag {
				s.PerLabel[tag] = map[string]float64{
					"precision": ratio(c.Correct, c.Predicted),
					"recall":    ratio(c.Correct, c.Gold),
					"support":   float64(c.Gold),
				}
			}
			return printScores(cmd.OutOrStdout(), asJSON, s)
		},
	}
	eval.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	eval.Flags().StringVar(&model, "model", "", "model file (default: the embedded model)")
	evalCmd.AddCommand(eval)
}

func loadTagger(path string) (*tagger.Tagger, error) {
	if path == "" {
		return tagger.Default()
	}
	return tagger.LoadFile(path)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
