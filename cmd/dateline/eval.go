package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

// evalCmd is the parent of the `dateline eval TASK` commands; each task
// registers itself from its own file.
var evalCmd = &cobra.Command{
	Use:   "eval TASK [--json] FILE...",
	Short: "Score a component against a gold corpus",
}

// trainCmd is the parent of the `dateline train MODEL` commands.
var trainCmd = &cobra.Command{
	Use:   "train MODEL ...",
	Short: "Train a model from a corpus (reproduces the shipped weights)",
}

func init() {
	rootCmd.AddCommand(evalCmd, trainCmd)
}

// Scores is what an evaluation reports: overall metrics by their standard
// lower-case names (f1, precision, recall, accuracy, uas, las, ...) as
// fractions, optional per-label rows, and counts.
type Scores struct {
	Metrics  map[string]float64
	PerLabel map[string]map[string]float64 // label -> metric -> value
	Counts   map[string]int
}

// printScores writes s as a table, or with asJSON as one JSON object whose
// keys are the metric names (per-label rows under "per_label", counts under
// "counts").
func printScores(w io.Writer, asJSON bool, s Scores) error {
	if asJSON {
		obj := map[string]any{}
		for k, v := range s.Metrics {
			obj[k] = v
		}
		if len(s.PerLabel) > 0 {
			obj["per_label"] = s.PerLabel
		}
		if len(s.Counts) > 0 {
			obj["counts"] = s.Counts
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(obj)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, k := range sortedKeys(s.Metrics) {
		fmt.Fprintf(tw, "%s\t%.4f\n", k, s.Metrics[k])
	}
	for _, k := range sortedKeys(s.Counts) {
		fmt.Fprintf(tw, "%s\t%d\n", k, s.Counts[k])
	}
	if len(s.PerLabel) > 0 {
		labels := sortedKeys(s.PerLabel)
		var cols []string
		for _, l := range labels {
			for k := range s.PerLabel[l] {
				if !contains(cols, k) {
					cols = append(cols, k)
				}
			}
		}
		sort.Strings(cols)
		fmt.Fprint(tw, "\nlabel")
		for _, c := range cols {
			fmt.Fprintf(tw, "\t%s", c)
		}
		fmt.Fprintln(tw)
		for _, l := range labels {
			fmt.Fprint(tw, l)
			for _, c := range cols {
				fmt.Fprintf(tw, "\t%.4f", s.PerLabel[l][c])
			}
			fmt.Fprintln(tw)
		}
	}
	return tw.Flush()
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
