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

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/sqlite"
)

func init() {
	var f dateline.Filter
	var format, out string
	cmd := &cobra.Command{
		Use:   "export --format plover [--out FILE] [filters]",
		Short: "Write stored events as PLOVER JSON Lines",
		Long: "Writes every stored event that matches the filters (all by default), newest first,\n" +
			"one PLOVER event object a line: the contract's event fields (id, date, event, mode,\n" +
			"context, actor, recipient, event_loc, event_text, text_info, cameo, quad_class,\n" +
			"goldstein, aux_mode, confidence, mentions) plus the article's id, url and\n" +
			"publication date, and PLOVER's cite_info. The id is ARTICLE:EVENT, unique in the\n" +
			"database. --out writes to a file (replaced only when the export succeeds).",
		Example: "  dateline export --format plover --out events.jsonl\n  dateline export --format plover --country SYR --since 2017-01-01",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "plover":
			case "gdelt":
				return usageError(cmd, "format gdelt not supported yet")
			default:
				return usageError(cmd, "--format must be plover, not %q", format)
			}
			if err := checkFilter(cmd, f); err != nil {
				return err
			}
			st, err := openExistingStore(cmd)
			if err != nil {
				return runtimeError(err)
			}
			defer st.Close()
			n, err := exportTo(cmd.Context(), st, f, out)
			if err != nil {
				var fe *sqlite.FilterError
				if errors.As(err, &fe) {
					return usageError(cmd, "%v", fe)
				}
				return runtimeError(err)
			}
			if out != "" {
				fmt.Fprintf(os.Stderr, "dateline: exported %d events to %s\n", n, out)
			}
			return nil
		},
	}
	addFilterFlags(cmd, "export", &f)
	cmd.Flags().StringVar(&format, "format", "plover", "plover (gdelt: not yet)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	rootCmd.AddCommand(cmd)
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
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return 0, err
	}
	w := bufio.NewWriterSize(tmp, 1<<16)
	n, err := writePlover(ctx, w, st, f)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
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
	for {
		f.Limit = sqlite.MaxLimit
		evs, err := st.Events(ctx, f)
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
