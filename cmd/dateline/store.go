package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/sqlite"
)

// defaultDB is the database file used when neither --db nor DATELINE_DB
// names one.
const defaultDB = "dateline.db"

func init() {
	rootCmd.PersistentFlags().String("db", defaultDB, "SQLite database file (or set DATELINE_DB)")
}

// dbPath is the database the command should use: --db when given, else
// $DATELINE_DB, else dateline.db in the working directory.
func dbPath(cmd *cobra.Command) string {
	if f := cmd.Flag("db"); f != nil && f.Changed {
		return f.Value.String()
	}
	if env := os.Getenv("DATELINE_DB"); env != "" {
		return env
	}
	return defaultDB
}

// openStore opens (creating it if needed) the store named by --db.
func openStore(cmd *cobra.Command) (dateline.Store, error) {
	return sqlite.Open(dbPath(cmd))
}

// openExistingStore opens the store named by --db for a command that only
// reads, refusing to create an empty database by mistake.
func openExistingStore(cmd *cobra.Command) (dateline.Store, error) {
	path := dbPath(cmd)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s (run `dateline ingest` first, or pass --db FILE)", path)
	}
	return sqlite.Open(path)
}

// runtimeError prints err as one line on standard error and makes the
// exit status 1 (a failure that is not a usage error).
func runtimeError(err error) error {
	fmt.Fprintln(os.Stderr, "dateline:", oneLine(err))
	return exitError{1}
}
