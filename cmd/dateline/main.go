// Command dateline reads news articles and records who did what to whom,
// when and where, and who said what. Each subcommand lives in its own file;
// this package only wires the library packages together.
package main

import (
	"errors"
	"fmt"
	"os"

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

func main() {
	if err := rootCmd.Execute(); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		fmt.Fprintln(os.Stderr, "dateline:", err)
		os.Exit(2)
	}
}
