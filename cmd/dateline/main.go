// Command dateline reads news articles and records who did what to whom,
// when and where, and who said what. Each subcommand lives in its own file;
// this package only wires the library packages together.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// exitError carries an exit status out of a command without printing more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

var rootCmd = &cobra.Command{
	Use:           "dateline",
	Short:         "Extract events, quotes and entities from news articles",
	Long:          "Dateline reads news articles (plain text, saved web pages, JSON Lines, feeds) and records\nwho did what to whom, when and where, and who said what, with the offsets of the words\neach fact came from.",
	SilenceUsage:  true,
	SilenceErrors: true,
}

// memoryLimit is the Go heap's soft limit unless GOMEMLIMIT sets another:
// the models' tables and the taggers' per-word score caches live outside
// the heap, and the rest of a run's memory is short-lived per-article
// garbage, which the collector then reclaims sooner instead of letting the
// heap double.
const memoryLimit = 128 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if err := rootCmd.Execute(); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "dateline:", err)
		os.Exit(2)
	}
}
