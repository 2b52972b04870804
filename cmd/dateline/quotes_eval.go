package main

import (
	"fmt"
	"io"
	"os"

	"github.com/dateline-news/dateline/nlp/perceptron"
	"github.com/dateline-news/dateline/pipeline"
	"github.com/dateline-news/dateline/quoteeval"
	"github.com/dateline-news/dateline/quotes"
	"github.com/spf13/cobra"
)

func init() {
	var (
		asJSON    bool
		modelFile string
		threshold float64
		veto      float64
		rulesOnly bool
		broad     bool
		errFile   string
	)
	cmd := &cobra.Command{
		Use:   "quotes [--json] DIR...",
		Short: "Score quotations and their speakers against brat attribution data (PolNeAR split directories)",
		Long: `Each DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (a PolNeAR
split such as ../shared/data/quotes/polnear/dev). Every text runs verbatim
through the default pipeline. Reported: content-span precision, recall and
f1 (overlap matching); speaker_accuracy on direct quotations; attribution
precision, recall and f1 (content overlapping and speaker right, the speaker
counting as right when a mention of its entity overlaps the gold source).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := pipeline.Default()
			if err != nil {
				return err
			}
			if err := configureQuotes(p, modelFile, threshold, veto, rulesOnly, broad, cmd.Flags().Changed("threshold"), cmd.Flags().Changed("veto")); err != nil {
				return err
			}
			var docs []quoteeval.Document
			for _, dir := range args {
				ds, err := quoteeval.ReadDir(dir)
				if err != nil {
					return err
				}
				docs = append(docs, ds...)
			}
			var dump io.Writer
			if errFile != "" {
				f, err := os.Create(errFile)
				if err != nil {
					return err
				}
				defer f.Close()
				dump = f
			}
			c, err := quoteeval.EvaluateDump(p, docs, dump)
			if err != nil {
				return err
			}
			for _, e := range c.Errors {
				fmt.Fprintf(cmd.ErrOrStderr(), "dateline eval quotes: scored as empty: %.300v\n", e)
			}
			counts := c.CountMap()
			counts["documents"] = len(docs)
			return printScores(cmd.OutOrStdout(), asJSON, Scores{Metrics: c.Metrics(), PerLabel: c.PerLabel(), Counts: counts})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().StringVar(&modelFile, "model", "", "cue model file to use instead of the shipped one")
	cmd.Flags().Float64Var(&threshold, "threshold", quotes.DefaultThreshold, "margin the cue model's score must have")
	cmd.Flags().Float64Var(&veto, "veto", quotes.DefaultVeto, "margin below which the cue model drops reported speech the rules found")
	cmd.Flags().BoolVar(&rulesOnly, "rules-only", false, "turn the cue model off")
	cmd.Flags().BoolVar(&broad, "broad", false, "keep every attribution the cue model finds (PolNeAR's sense: actions too), not only speech and stance")
	cmd.Flags().StringVar(&errFile, "errors", "", "write every error to this file, one a line: MISSED gold, SPURIOUS predictions, wrong SPEAKER, content SPAN mismatches")
	evalCmd.AddCommand(cmd)
}

// configureQuotes sets the quotes stage of p to use the cue model in file
// (when not ""), the threshold (when set) or the rules alone.
func configureQuotes(p *pipeline.Pipeline, file string, threshold, veto float64, rulesOnly, broad, setThreshold, setVeto bool) error {
	for _, s := range p.Stages {
		f, ok := s.(*quotes.Finder)
		if !ok {
			continue
		}
		f.RulesOnly = rulesOnly
		f.Broad = broad
		if setThreshold {
			f.Threshold = threshold
		}
		if setVeto {
			f.Veto = veto
		}
		if file != "" {
			r, err := os.Open(file)
			if err != nil {
				return err
			}
			defer r.Close()
			if f.Model, err = perceptron.Load(r); err != nil {
				return fmt.Errorf("%s: %w", file, err)
			}
		}
	}
	return nil
}
