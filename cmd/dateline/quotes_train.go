package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/pipeline"
	"github.com/dateline-news/dateline/quoteeval"
	"github.com/dateline-news/dateline/quotes"
)

func init() {
	var (
		out    string
		epochs int
		seed   int64
		thresh float64
		misses string
		runs   int
	)
	cmd := &cobra.Command{
		Use:   "quotes [--out FILE] TRAINDIR...",
		Short: "Train the attribution cue model on brat attribution data (PolNeAR train)",
		Long: `Each TRAINDIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (a PolNeAR
split such as ../shared/data/quotes/polnear/train). Every text runs verbatim
through the default pipeline up to the quotes stage; the quotes rules run, and
every verb, noun and adjective they leave alone is a candidate, labelled a cue
when it heads a gold cue. Rankers learn first to choose a cue's source and
content among its readings (the parse's, surface subjects, no source; each
dependent, the rest of the sentence, ...); then, with a gold cue labelled a
cue only when the rankers' choices for it are right, an averaged perceptron
learns to tell cues apart, in the same model file. Several runs on different
shuffles (--runs) are averaged into one model.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			log := cmd.ErrOrStderr()
			start := time.Now()
			var st quotes.Stats
			if misses != "" {
				f, err := os.Create(misses)
				if err != nil {
					return err
				}
				defer f.Close()
				st.Misses = f
			}
			ex, err := quoteExamples(args, &st)
			if err != nil {
				return err
			}
			printQuoteStats(log, &st)
			fmt.Fprintf(log, "%d examples in %s\n", len(ex), time.Since(start).Round(time.Second))
			m := quotes.Train(ex, quotes.TrainOptions{Epochs: epochs, Seed: seed, Threshold: thresh, Runs: runs, Log: log})
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if err := m.Save(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			fi, _ := os.Stat(out)
			fmt.Fprintf(log, "wrote %s (%d bytes) in %s\n", out, fi.Size(), time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", quotes.ModelPath, "model file to write")
	cmd.Flags().IntVar(&epochs, "epochs", 8, "training epochs")
	cmd.Flags().Int64Var(&seed, "seed", 3, "shuffling seed of the first run (the shipped model: 3)")
	cmd.Flags().IntVar(&runs, "runs", 3, "runs on shuffles seeded seed, seed+1, ... whose weights are averaged into the model")
	cmd.Flags().Float64Var(&thresh, "threshold", 0.05, "prune averaged weights below this magnitude")
	cmd.Flags().StringVar(&misses, "misses", "", "write the candidate cues whose parse content or source misses gold to this file")
	trainCmd.AddCommand(cmd)
}

// quoteExamples runs the default pipeline up to the quotes stage over the
// documents of dirs and returns the labelled cue candidates.
func quoteExamples(dirs []string, st *quotes.Stats) ([]quotes.Example, error) {
	p, err := pipeline.Default()
	if err != nil {
		return nil, err
	}
	for i, s := range p.Stages {
		if s.Name() == "quotes" {
			p = pipeline.New(p.Stages[:i]...)
			break
		}
	}
	var ex []quotes.Example
	for _, dir := range dirs {
		docs, err := quoteeval.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, g := range docs {
			d, err := quoteeval.Run(p, g)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", g.Name, err)
			}
			gold := make([]quotes.Gold, 0, len(g.Attributions))
			for _, a := range g.Attributions {
				gold = append(gold, quotes.Gold{Cue: a.Cue, Source: a.Source, Content: a.Content})
			}
			ex = append(ex, quotes.Examples(d, gold, st)...)
		}
	}
	return ex, nil
}

func printQuoteStats(w io.Writer, st *quotes.Stats) {
	fmt.Fprintf(w, "gold cues %d, used by the rules %d, candidates %d (content %d, source %d, both %d); %d candidates in all\n",
		st.Gold, st.RuleCue, st.Candidate, st.ContentHit, st.SourceHit, st.BothHit, st.Candidates)
	fmt.Fprintf(w, "with options: content %d, source %d, both %d\n", st.ContentAny, st.SourceAny, st.BothAny)
	fmt.Fprintf(w, "reported by the rules %d: speaker right %d, parse source right %d\n", st.RuleReported, st.RuleSpeaker, st.ParseSpeaker)
	for _, m := range []map[string][2]int{st.ByHow, st.BySourceHow} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "  %-16s %5d %5d\n", k, m[k][0], m[k][1])
		}
	}
}
