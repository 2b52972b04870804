package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// usageError reports a bad flag or argument; the exit status is 2.
func usageError(cmd *cobra.Command, format string, args ...any) error {
	return fmt.Errorf("%s: %s (see --help)", cmd.CommandPath(), fmt.Sprintf(format, args...))
}

// oneLine keeps the first line of an error message.
func oneLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
