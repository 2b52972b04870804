package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dateline-news/dateline/input"
	"github.com/dateline-news/dateline/petrarch"
	"github.com/dateline-news/dateline/pipeline"
)

func init() {
	var format string
	var o processOptions
	cmd := &cobra.Command{
		Use:   "extract [--format json|jsonl] [--date YYYY-MM-DD] [FILE|DIR|-]...",
		Short: "Print what Dateline finds in articles, storing nothing",
		Long: "Reads articles (.txt, .html, .jsonl, RSS/Atom feeds, any of them gzipped; directories\n" +
			"recursively; - for standard input) and prints one result object per article.\n" +
			"With --format json one input prints one object and several print an array;\n" +
			"jsonl prints one object a line. Inputs that fail are reported on standard error,\n" +
			"one line each, and the exit status is then 1.",
		Example: "  dateline extract examples/\n  dateline extract --format jsonl --date 2017-11-21 article.txt",
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.validate(cmd); err != nil {
				return err
			}
			if format != "json" && format != "jsonl" {
				return usageError(cmd, "--format must be json or jsonl, not %q", format)
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			opts, err := o.pipelineOptions()
			if err != nil {
				return runtimeError(err)
			}
			p, err := pipeline.WithOptions(opts)
			if err != nil {
				return err
			}
			// a bar only when the results go elsewhere than the terminal
			bar := newProgress("extracting", term.IsTerminal(int(os.Stdout.Fd())))
			if bar != nil {
				o.progress = func(int) { bar.Add(1) }
				defer bar.Finish()
			}
			w := bufio.NewWriterSize(os.Stdout, 1<<16)
			defer w.Flush()
			failed := 0
			var held []byte // json: the first object, held until we know if more follow
			var heldR any   // and its value, to print indented when it stays alone
			count := 0
			err = processInputs(p, args, o, func(pr processed) error {
				if pr.Err != nil {
					failed++
					if bar != nil {
						bar.Clear()
					}
					fmt.Fprintln(os.Stderr, "dateline:", oneLine(pr.Err))
					return nil
				}
				b, err := json.Marshal(pr.Result)
				if err != nil {
					return err
				}
				count++
				switch {
				case format == "jsonl":
					w.Write(b)
					w.WriteByte('\n')
				case count == 1:
					held, heldR = b, pr.Result
				case count == 2:
					w.WriteString("[\n")
					w.Write(held)
					w.WriteString(",\n")
					w.Write(b)
				default:
					w.WriteString(",\n")
					w.Write(b)
				}
				return nil
			})
			if format == "json" {
				switch {
				case count == 1:
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					enc.Encode(heldR)
				case count > 1:
					w.WriteString("\n]\n")
				case failed == 0:
					w.WriteString("[]\n")
				}
			}
			if err != nil {
				return err
			}
			if failed > 0 {
				w.Flush()
				return exitError{1}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "json", "output format: json or jsonl")
	addProcessFlags(cmd, &o)
	rootCmd.AddCommand(cmd)
}

// addProcessFlags registers the flags extract and ingest share.
func addProcessFlags(cmd *cobra.Command, o *processOptions) {
	f := cmd.Flags()
	f.StringVar(&o.date, "date", "", "publication date (YYYY-MM-DD) to assume for inputs that carry none")
	f.Int64Var(&o.maxSize, "max-size", 16, "largest input accepted, in MiB")
	f.IntVar(&o.workers, "workers", 0, "articles processed in parallel (default: one per CPU)")
	f.StringVar(&o.dictionaries, "dictionaries", "", "directory of PETRARCH/TABARI actor, agent and verb dictionaries to use beside the built-in ones")
}

// validate checks the shared flags before any work starts; a bad value is
// a usage error (exit status 2).
func (o *processOptions) validate(cmd *cobra.Command) error {
	if o.date != "" {
		if _, err := input.ParseDate(o.date); err != nil {
			return usageError(cmd, "--date %q: want YYYY-MM-DD", o.date)
		}
	}
	if o.maxSize <= 0 {
		return usageError(cmd, "--max-size must be positive, not %d", o.maxSize)
	}
	return nil
}

// pipelineOptions loads what the flags point at.
func (o *processOptions) pipelineOptions() (pipeline.Options, error) {
	opts := pipeline.Options{Workers: o.workerCount()}
	if o.dictionaries != "" {
		d, err := petrarch.LoadDir(o.dictionaries)
		if err != nil {
			return opts, fmt.Errorf("--dictionaries %s: %w", o.dictionaries, err)
		}
		opts.Dictionaries = d
	}
	return opts, nil
}
