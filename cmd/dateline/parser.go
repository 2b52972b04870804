package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/nlp/conllu"
	"github.com/dateline-news/dateline/nlp/parser"
	"github.com/dateline-news/dateline/nlp/tagger"
)

func init() {
	var (
		out       string
		epochs    int
		seed      int64
		thresh    float64
		lthresh   float64
		jackknife int
	)
	train := &cobra.Command{
		Use:   "parser [--out FILE] [--jackknife K] TRAIN.conllu",
		Short: "Train the dependency parser on a CoNLL-U file (UD English EWT train)",
		Long: "Train the dependency parser on a CoNLL-U file. With --jackknife K (the default) the\n" +
			"parser trains on predicted tags: the file is cut into K parts and each part is tagged\n" +
			"by a tagger trained on the other parts; --jackknife 0 trains on the gold tags.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			log := cmd.ErrOrStderr()
			start := time.Now()
			sents, err := conllu.ReadFile(args[0])
			if err != nil {
				return err
			}
			if jackknife > 1 {
				if sents, err = jackknifeTags(sents, jackknife, log); err != nil {
					return err
				}
			}
			opt := parser.DefaultOptions()
			opt.Log = log
			if epochs > 0 {
				opt.Epochs = epochs
			}
			if cmd.Flags().Changed("seed") {
				opt.Seed = seed
			}
			if cmd.Flags().Changed("threshold") {
				opt.Threshold = thresh
			}
			if cmd.Flags().Changed("label-threshold") {
				opt.LabelThresh = lthresh
			}
			p, err := parser.Train(sents, opt)
			if err != nil {
				return err
			}
			if err := p.SaveFile(out); err != nil {
				return err
			}
			st, _ := os.Stat(out)
			fmt.Fprintf(log, "wrote %s (%d bytes) in %s\n", out, st.Size(), time.Since(start).Round(time.Second))
			return nil
		},
	}
	train.Flags().StringVar(&out, "out", parser.ModelPath, "model file to write")
	train.Flags().IntVar(&epochs, "epochs", 0, "training epochs (0: default)")
	train.Flags().Int64Var(&seed, "seed", 1, "shuffling seed")
	train.Flags().Float64Var(&thresh, "threshold", 0, "prune averaged move weights below this magnitude")
	train.Flags().Float64Var(&lthresh, "label-threshold", 0, "prune averaged label weights below this magnitude")
	train.Flags().IntVar(&jackknife, "jackknife", 5, "train on tags predicted by K-fold jackknifing (0: gold tags)")
	trainCmd.AddCommand(train)

	var (
		asJSON   bool
		model    string
		tagModel string
		goldTags bool
	)
	eval := &cobra.Command{
		Use:   "parser [--json] [--gold-tags] [--model FILE] FILE.conllu",
		Short: "Score the dependency parser on a CoNLL-U file (UAS, LAS; gold tokens, predicted tags)",
		Long: "Score the dependency parser on a CoNLL-U file with gold tokens. Tags come from the\n" +
			"tagger unless --gold-tags. las compares the universal relation (the part before ':'),\n" +
			"as in the CoNLL 2018 shared task; las_full compares the full relation. All words count,\n" +
			"punctuation included.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var p *parser.Parser
			var err error
			if model == "" {
				p, err = parser.Default()
			} else {
				p, err = parser.LoadFile(model)
			}
			if err != nil {
				return err
			}
			sents, err := conllu.ReadFile(args[0])
			if err != nil {
				return err
			}
			if !goldTags {
				t, err := loadTagger(tagModel)
				if err != nil {
					return err
				}
				retag(t, sents)
			}
			r := p.Evaluate(sents)
			s := Scores{
				Metrics: map[string]float64{
					"uas":      r.UAS(),
					"las":      r.LAS(),
					"las_full": r.LASFull(),
				},
				Counts:   map[string]int{"words": r.Words},
				PerLabel: map[string]map[string]float64{},
			}
			for l, c := range r.PerLabel {
				s.PerLabel[l] = map[string]float64{
					"precision": ratio(c.Correct, c.Predicted),
					"recall":    ratio(c.Correct, c.Gold),
					"support":   float64(c.Gold),
				}
			}
			return printScores(cmd.OutOrStdout(), asJSON, s)
		},
	}
	eval.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	eval.Flags().StringVar(&model, "model", "", "parser model file (default: the embedded model)")
	eval.Flags().StringVar(&tagModel, "tagger-model", "", "tagger model file (default: the embedded model)")
	eval.Flags().BoolVar(&goldTags, "gold-tags", false, "parse with the gold XPOS tags instead of predicted ones")
	evalCmd.AddCommand(eval)
}

// retag replaces the XPOS of every word with the tagger's prediction.
func retag(t *tagger.Tagger, sents []conllu.Sentence) {
	var forms []string
	for _, s := range sents {
		forms = forms[:0]
		for _, w := range s.Tokens {
			forms = append(forms, w.Form)
		}
		for i, tag := range t.Tag(forms) {
			s.Tokens[i].XPOS = tag
		}
	}
}

// jackknifeTags returns a copy of sents whose XPOS are predicted by taggers
// trained on the other k-1 parts.
func jackknifeTags(sents []conllu.Sentence, k int, log interface{ Write([]byte) (int, error) }) ([]conllu.Sentence, error) {
	out := make([]conllu.Sentence, len(sents))
	for i, s := range sents {
		out[i] = s
		out[i].Tokens = append([]conllu.Token(nil), s.Tokens...)
	}
	for f := 0; f < k; f++ {
		var train, held []conllu.Sentence
		for i, s := range sents {
			if i%k == f {
				held = append(held, out[i])
			} else {
				train = append(train, s)
			}
		}
		t, err := tagger.Train(train, tagger.DefaultOptions())
		if err != nil {
			return nil, err
		}
		retag(t, held)
		r := t.Evaluate(sentsOf(sents, k, f))
		fmt.Fprintf(log, "jackknife fold %d/%d: tagger accuracy %.4f\n", f+1, k, r.Accuracy())
	}
	return out, nil
}

func sentsOf(sents []conllu.Sentence, k, f int) []conllu.Sentence {
	var out []conllu.Sentence
	for i, s := range sents {
		if i%k == f {
			out = append(out, s)
		}
	}
	return out
}
