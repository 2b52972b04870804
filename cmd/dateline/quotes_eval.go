package main

import (
	"fmt"

	"github.com/dateline-news/dateline/pipeline"
	"github.com/dateline-news/dateline/quoteeval"
	"github.com/spf13/cobra"
)

func init() {
	var asJSON bool
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
			var docs []quoteeval.Document
			for _, dir := range args {
				ds, err := quoteeval.ReadDir(dir)
				if err != nil {
					return err
				}
				docs = append(docs, ds...)
			}
			c, err := quoteeval.Evaluate(p, docs)
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
	evalCmd.AddCommand(cmd)
}
