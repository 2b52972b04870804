package main

import (
	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/nlp/conllu"
	"github.com/dateline-news/dateline/segeval"
	"github.com/dateline-news/dateline/segment"
)

func init() {
	var asJSON bool
	eval := &cobra.Command{
		Use:   "segment [--json] FILE.conllu...",
		Short: "Score the tokenizer and sentence splitter on CoNLL-U treebanks (exact-span token and sentence F1)",
		Long: `Rebuilds each treebank document's text from its words and spacing
(paragraphs separated by blank lines), segments it, and scores the tokens
against the gold syntactic words (precision, recall, f1) and the sentences
against the gold sentences (sentence_precision, sentence_recall,
sentence_f1), by exact character span.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var total segeval.Result
			for _, path := range args {
				sents, err := conllu.ReadFile(path)
				if err != nil {
					return err
				}
				r, err := segeval.Evaluate(segeval.Documents(sents), segment.New())
				if err != nil {
					return err
				}
				total.Add(r)
			}
			p, rec, f1 := total.WordPRF()
			sp, sr, sf := total.SentencePRF()
			return printScores(cmd.OutOrStdout(), asJSON, Scores{
				Metrics: map[string]float64{
					"precision": p, "recall": rec, "f1": f1,
					"sentence_precision": sp, "sentence_recall": sr, "sentence_f1": sf,
				},
				Counts: map[string]int{
					"documents": total.Docs, "gold_tokens": total.GoldWords, "tokens": total.PredWords,
					"gold_sentences": total.GoldSents, "sentences": total.PredSents,
				},
			})
		},
	}
	eval.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	evalCmd.AddCommand(eval)
}
