package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/actors"
	"github.com/dateline-news/dateline/pipeline"
)

func init() {
	var o processOptions
	var quiet bool
	cmd := &cobra.Command{
		Use:   "ingest [--db FILE] [--date YYYY-MM-DD] PATH...",
		Short: "Extract articles and store them in the database",
		Long: "Reads articles like extract does and stores each with its entities, quotes and\n" +
			"events, one transaction per article. An article already stored (same text) is\n" +
			"skipped. A summary line counts what was added and what failed; failed inputs\n" +
			"are reported one line each on standard error and make the exit status 1.",
		Example: "  dateline ingest examples/\n  dateline ingest --db news.db feeds/*.xml",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.validate(cmd); err != nil {
				return err
			}
			st, err := openStore(cmd)
			if err != nil {
				return runtimeError(err)
			}
			defer st.Close()
			// people the text does not describe are coded from what earlier
			// articles in the store said about them
			opts, err := o.pipelineOptions()
			if err != nil {
				return runtimeError(err)
			}
			if b, ok := st.(actors.Base); ok {
				opts.Actors = b
			}
			p, err := pipeline.WithOptions(opts)
			if err != nil {
				return err
			}
			bar := newProgress("ingesting", quiet)
			if bar != nil {
				o.progress = func(int) { bar.Add(1) }
			}
			var added, skipped, failed, ents, quotes, events int
			ctx := context.Background()
			err = processInputs(p, args, o, func(pr processed) error {
				if pr.Err != nil {
					failed++
					if bar != nil {
						bar.Clear()
					}
					fmt.Fprintln(os.Stderr, "dateline:", oneLine(pr.Err))
					return nil
				}
				s, err := st.Ingest(ctx, pr.Result)
				if err != nil {
					failed++
					fmt.Fprintf(os.Stderr, "dateline: %s: not stored: %s\n", pr.Path, oneLine(err))
					return nil
				}
				if !s.Added {
					skipped++
					return nil
				}
				added++
				ents += s.Entities
				quotes += s.Quotes
				events += s.Events
				return nil
			})
			if bar != nil {
				bar.Finish()
			}
			fmt.Fprintf(os.Stderr, "%d articles added (%d already stored), %d entities, %d quotes, %d events; %d inputs failed\n",
				added, skipped, ents, quotes, events, failed)
			if err != nil {
				return runtimeError(err)
			}
			if failed > 0 {
				return exitError{1}
			}
			return nil
		},
	}
	addProcessFlags(cmd, &o)
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	rootCmd.AddCommand(cmd)
}
