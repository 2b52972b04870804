package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/sqlite"
)

func init() {
	var f dateline.Filter
	var format, out, table string
	var header bool
	cmd := &cobra.Command{
		Use:   "export --format plover|gdelt [--out PATH] [filters]",
		Short: "Write stored events as PLOVER JSON Lines or GDELT 2.0 Event and Mentions tables",
		Long: "Writes every stored event that matches the filters (all by default), newest first.\n" +
			"\n" +
			"--format plover: one PLOVER event object a line: the contract's event fields (id,\n" +
			"date, event, mode, context, actor, recipient, event_loc, event_text, text_info,\n" +
			"cameo, quad_class, goldstein, aux_mode, confidence, mentions) plus the article's\n" +
			"id, url and publication date, and PLOVER's cite_info. The id is ARTICLE:EVENT,\n" +
			"unique in the database. --out writes to a file.\n" +
			"\n" +
			"--format gdelt: GDELT 2.0 Event Database tables, tab-separated, no header (unless\n" +
			"--header), in the codebook's column order: the Event table (61 columns, one row per\n" +
			"global event, i.e. per real event deduplicated across articles, coded as its\n" +
			"earliest article coded it, with NumMentions, NumSources, NumArticles) and the\n" +
			"Mentions table (16 columns, one row per mention of it in any article). --out DIR\n" +
			"writes DIR/events.tsv and DIR/mentions.tsv; otherwise --table events|mentions\n" +
			"(default events) goes to standard output or to --out FILE.\n" +
			"  Codes: actor fields (Actor1Code, Actor1CountryCode, ...) hold ISO 3166-1 alpha-3\n" +
			"  country codes plus CAMEO sectors (RUSGOV), as Dateline stores them: CAMEO's own\n" +
			"  country codes are ISO alpha-3 for nearly every country. Geography fields\n" +
			"  (*Geo_CountryCode) hold FIPS 10-4 codes as GDELT's do, converted from ISO;\n" +
			"  *Geo_ADM1Code is FIPS country + GeoNames admin1 code; *Geo_FeatureID is the\n" +
			"  GeoNames id (GDELT: GNS/GNIS), or the FIPS code for a country.\n" +
			"  Left empty (not computed): AvgTone, MentionDocTone, MentionDocTranslationInfo,\n" +
			"  Extras, ethnic and religion codes, ADM2 codes. Times (DATEADDED, EventTimeDate,\n" +
			"  MentionTimeDate) are when the articles were stored. Character offsets count code\n" +
			"  points into the article text.\n" +
			"\n" +
			"Files are written beside their final name and renamed into place when the export\n" +
			"succeeds.",
		Example: "  dateline export --format plover --out events.jsonl\n" +
			"  dateline export --format plover --country SYR --since 2017-01-01\n" +
			"  dateline export --format gdelt --out gdelt/\n" +
			"  dateline export --format gdelt --table mentions --type ASSAULT > mentions.tsv",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "plover", "gdelt":
			default:
				return usageError(cmd, "--format must be plover or gdelt, not %q", format)
			}
			if format == "plover" && (table != "" || header) {
				return usageError(cmd, "--table and --header apply to --format gdelt")
			}
			switch table {
			case "", "events", "mentions":
			default:
				return usageError(cmd, "--table must be events or mentions, not %q", table)
			}
			if err := checkFilter(cmd, f); err != nil {
				return err
			}
			var dir bool
			if format == "gdelt" && out != "" {
				fi, err := os.Stat(out)
				dir = err == nil && fi.IsDir() || strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(os.PathSeparator))
				if dir && table != "" {
					return usageError(cmd, "--out %s is a directory: both tables are written there; --table picks one for a file or standard output", out)
				}
			}
			st, err := openExistingStore(cmd)
			if err != nil {
				return runtimeError(err)
			}
			defer st.Close()
			var msg string
			if format == "plover" {
				var n int
				n, err = exportTo(cmd.Context(), st, f, out)
				msg = fmt.Sprintf("exported %d events to %s", n, out)
			} else {
				gs, ok := st.(gdeltWriter)
				if !ok {
					return runtimeError(errors.New("this database cannot write GDELT tables"))
				}
				var stats sqlite.GDELTStats
				stats, err = exportGDELT(cmd.Context(), gs, f, out, dir, table, header)
				msg = fmt.Sprintf("exported %d global events and %d mentions to %s", stats.Events, stats.Mentions, out)
			}
			if err != nil {
				var fe *sqlite.FilterError
				if errors.As(err, &fe) {
					return usageError(cmd, "%v", fe)
				}
				return runtimeError(err)
			}
			if out != "" {
				fmt.Fprintln(os.Stderr, "dateline:", msg)
			}
			return nil
		},
	}
	addFilterFlags(cmd, "export", &f)
	cmd.Flags().StringVar(&format, "format", "plover", "plover or gdelt")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file (gdelt: or directory) instead of standard output")
	cmd.Flags().StringVar(&table, "table", "", "gdelt: the table to write to standard output or --out FILE: events (default) or mentions")
	cmd.Flags().BoolVar(&header, "header", false, "gdelt: a first line of column names")
	rootCmd.AddCommand(cmd)
}

// gdeltWriter is a store that writes GDELT tables (package sqlite).
type gdeltWriter interface {
	WriteGDELT(context.Context, dateline.Filter, sqlite.GDELTOptions) (sqlite.GDELTStats, error)
}

// exportGDELT writes the GDELT tables: both into directory out (dir), or
// one (table, default events) to the file out or standard output.
func exportGDELT(ctx context.Context, st gdeltWriter, f dateline.Filter, out string, dir bool, table string, header bool) (sqlite.GDELTStats, error) {
	var stats sqlite.GDELTStats
	if table == "" {
		table = "events"
	}
	pick := func(w io.Writer) sqlite.GDELTOptions {
		if table == "mentions" {
			return sqlite.GDELTOptions{Mentions: w, Header: header}
		}
		return sqlite.GDELTOptions{Events: w, Header: header}
	}
	switch {
	case out == "":
		w := bufio.NewWriterSize(os.Stdout, 1<<16)
		stats, err := st.WriteGDELT(ctx, f, pick(w))
		if ferr := w.Flush(); err == nil {
			err = ferr
		}
		return stats, err
	case !dir:
		err := writeAtomically(out, func(w io.Writer) error {
			var err error
			stats, err = st.WriteGDELT(ctx, f, pick(w))
			return err
		})
		return stats, err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return stats, err
	}
	// Both tables in one pass: the mentions go to a temporary file that
	// is renamed once the events file is in place.
	evPath, mnPath := filepath.Join(out, "events.tsv"), filepath.Join(out, "mentions.tsv")
	mn, err := os.CreateTemp(out, ".mentions.tsv.*")
	if err != nil {
		return stats, err
	}
	defer os.Remove(mn.Name())
	mw := bufio.NewWriterSize(mn, 1<<16)
	err = writeAtomically(evPath, func(w io.Writer) error {
		var err error
		stats, err = st.WriteGDELT(ctx, f, sqlite.GDELTOptions{Events: w, Mentions: mw, Header: header})
		if err == nil {
			err = mw.Flush()
		}
		return err
	})
	if err == nil {
		err = mn.Chmod(0o644)
	}
	if cerr := mn.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(mn.Name(), mnPath)
	}
	return stats, err
}

// writeAtomically writes a file through write beside path and renames it
// into place when write succeeds.
func writeAtomically(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	w := bufio.NewWriterSize(tmp, 1<<16)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	return err
}

// exportTo writes the export to path, or to standard output when path is
// empty. A file is written beside path and renamed into place at the end.
func exportTo(ctx context.Context, st dateline.Store, f dateline.Filter, path string) (int, error) {
	if path == "" {
		w := bufio.NewWriterSize(os.Stdout, 1<<16)
		n, err := writePlover(ctx, w, st, f)
		if ferr := w.Flush(); err == nil {
			err = ferr
		}
		return n, err
	}
	var n int
	err := writeAtomically(path, func(w io.Writer) error {
		var err error
		n, err = writePlover(ctx, w, st, f)
		return err
	})
	return n, err
}

// PloverEvent is one line of the PLOVER export: the event as the contract
// defines it, with an id unique across articles, the article it came from
// and PLOVER's cite_info.
type PloverEvent struct {
	ID        string `json:"id"` // ARTICLE:EVENT
	EventID   string `json:"event_id"`
	ArticleID string `json:"article_id"`
	URL       string `json:"url"`
	Published string `json:"published"`
	*dateline.Event
	CiteInfo CiteInfo `json:"cite_info"`
	// The global event's id and counts (num_mentions, num_sources,
	// num_articles), when the store groups events across articles.
	*sqlite.GlobalCounts
}

// CiteInfo is PLOVER's citation object for the text an event was coded
// from.
type CiteInfo struct {
	Citation string `json:"citation"`
	URL      string `json:"url,omitempty"`
	Title    string `json:"title,omitempty"`
	Language string `json:"language,omitempty"`
	Source   string `json:"source,omitempty"`
}

// writePlover writes the matching events as JSON Lines and returns how
// many it wrote.
func writePlover(ctx context.Context, w io.Writer, st dateline.Store, f dateline.Filter) (int, error) {
	articles := map[string]*dateline.Article{}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n := 0
	f.Offset = 0
	ec, counted := st.(eventCounter)
	for {
		f.Limit = sqlite.MaxLimit
		var evs []*sqlite.CountedEvent
		var err error
		if counted {
			evs, err = ec.CountedEvents(ctx, f)
		} else {
			var plain []*dateline.StoredEvent
			plain, err = st.Events(ctx, f)
			for _, e := range plain {
				evs = append(evs, &sqlite.CountedEvent{StoredEvent: e})
			}
		}
		if err != nil {
			return n, err
		}
		for _, e := range evs {
			a, ok := articles[e.ArticleID]
			if !ok {
				as, err := st.Articles(ctx, dateline.Filter{Article: e.ArticleID, Limit: 1})
				if err != nil {
					return n, err
				}
				a = &dateline.Article{ID: e.ArticleID}
				if len(as) == 1 {
					a = as[0]
					a.Text = "" // not kept: only the metadata is needed
				}
				articles[e.ArticleID] = a
			}
			pe := PloverEvent{ID: e.ArticleID + ":" + e.ID, EventID: e.ID, ArticleID: e.ArticleID, URL: a.URL,
				Published: a.Published, Event: e.Event,
				CiteInfo: CiteInfo{Citation: a.ID, URL: a.URL, Title: a.Title, Language: a.Language, Source: a.Source}}
			if counted {
				c := e.GlobalCounts
				pe.GlobalCounts = &c
			}
			if err := enc.Encode(pe); err != nil {
				return n, err
			}
			n++
		}
		if len(evs) < f.Limit {
			return n, nil
		}
		f.Offset += len(evs)
	}
}
