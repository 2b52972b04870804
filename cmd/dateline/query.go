package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/sqlite"
)

// queryOptions are the flags of the query commands.
type queryOptions struct {
	f      dateline.Filter
	limit  int
	format string
	global bool // events: one row per global event
}

// eventCounter is a store that groups events across articles into global
// events with GDELT-style counts (package sqlite).
type eventCounter interface {
	CountedEvents(context.Context, dateline.Filter) ([]*sqlite.CountedEvent, error)
	GlobalEvents(context.Context, dateline.Filter) ([]*sqlite.CountedEvent, error)
}

// addFilterFlags registers the filter flags that apply to kind
// (events, quotes, entities, export).
func addFilterFlags(cmd *cobra.Command, kind string, f *dateline.Filter) {
	fl := cmd.Flags()
	switch kind {
	case "quotes":
		fl.StringVar(&f.Actor, "actor", "", "speaker or addressee: code prefix (RUS, RUSGOV) or name substring")
		fl.StringVar(&f.Speaker, "speaker", "", "speaker: code prefix or name substring")
		fl.StringVar(&f.Type, "type", "", "direct or reported")
	case "entities":
		fl.StringVar(&f.Actor, "actor", "", "actor code prefix (RUS, RUSGOV) or name substring")
		fl.StringVar(&f.Type, "type", "", "entity type (PERSON, ORG, GPE, NORP, DATE, ...)")
	default: // events, export
		fl.StringVar(&f.Actor, "actor", "", "a participant's code prefix (RUS, RUSGOV) or name substring")
		fl.StringVar(&f.Type, "type", "", "PLOVER event type (CONSULT, AGREE, ASSAULT, ...)")
	}
	fl.StringVar(&f.Country, "country", "", "ISO alpha-3 country (RUS, SYR, ...)")
	what := "event date"
	if kind == "quotes" || kind == "entities" {
		what = "article's publication date"
	}
	fl.StringVar(&f.Since, "since", "", "earliest "+what+", YYYY-MM-DD")
	fl.StringVar(&f.Until, "until", "", "latest "+what+", YYYY-MM-DD")
	fl.StringVar(&f.Text, "text", "", "full-text query (SQLite FTS5 syntax: words, \"phrases\", OR, NOT, prefix*)")
	fl.StringVar(&f.Article, "article", "", "only this article id")
}

// checkFilter validates the dates of a filter as a usage error.
func checkFilter(cmd *cobra.Command, f dateline.Filter) error {
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v != "" && !sqlite.ValidDate(d.v) {
			return usageError(cmd, "--%s %q: want a date YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return usageError(cmd, "--since %s is after --until %s", f.Since, f.Until)
	}
	return nil
}

func init() {
	for _, kind := range []string{"events", "quotes", "entities"} {
		rootCmd.AddCommand(newQueryCmd(kind))
	}
}

var queryHelp = map[string]string{
	"events":   "List stored events (newest first) that match the filters",
	"quotes":   "List stored quotes (newest article first) that match the filters",
	"entities": "List stored entities (newest article first) that match the filters",
}

var queryMore = map[string]string{
	"events": "\n\nEvents that report the same real event across articles (same PLOVER type and\n" +
		"aux_mode, same pair of participant countries, same day, same place) share a global\n" +
		"event; every event carries its global event's id and GDELT-style counts:\n" +
		"num_mentions (all mentions), num_sources (distinct outlets), num_articles.\n" +
		"--global lists one row per global event instead, coded as its earliest article\n" +
		"coded it; the filters select global events with at least one matching event.",
}

var queryExamples = map[string]string{
	"events":   "  dateline events --actor RUS --type CONSULT --since 2017-01-01\n  dateline events --country SYR --text \"ceasefire OR truce\" --format csv\n  dateline events --global --type ASSAULT",
	"quotes":   "  dateline quotes --speaker Putin\n  dateline quotes --text terrorism --format json",
	"entities": "  dateline entities --type PERSON --country RUS\n  dateline entities --article 1a2b3c4d --format csv",
}

func newQueryCmd(kind string) *cobra.Command {
	var o queryOptions
	cmd := &cobra.Command{
		Use:   kind + " [filters] [--format table|json|csv]",
		Short: queryHelp[kind],
		Long: queryHelp[kind] + " from the database (--db).\n" +
			"The default format is a table on a terminal and JSON otherwise. No match prints\n" +
			"nothing (csv: the header; json: []) and exits 0." + queryMore[kind],
		Example: queryExamples[kind],
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFilter(cmd, o.f); err != nil {
				return err
			}
			format, err := outputFormat(cmd, o.format)
			if err != nil {
				return err
			}
			if o.limit < 0 {
				return usageError(cmd, "--limit must be 0 (all) or more, not %d", o.limit)
			}
			if o.f.Offset < 0 {
				return usageError(cmd, "--offset must be 0 or more, not %d", o.f.Offset)
			}
			st, err := openExistingStore(cmd)
			if err != nil {
				return runtimeError(err)
			}
			defer st.Close()
			var rows []row
			switch kind {
			case "events":
				ec, ok := st.(eventCounter)
				switch {
				case ok && o.global:
					rows, err = collect(cmd.Context(), ec.GlobalEvents, o.f, o.limit, countedRow)
				case ok:
					rows, err = collect(cmd.Context(), ec.CountedEvents, o.f, o.limit, countedRow)
				case o.global:
					return runtimeError(errors.New("this database does not group events across articles"))
				default:
					rows, err = collect(cmd.Context(), st.Events, o.f, o.limit, eventRow)
				}
			case "quotes":
				rows, err = collect(cmd.Context(), st.Quotes, o.f, o.limit, quoteRow)
			case "entities":
				rows, err = collect(cmd.Context(), st.Entities, o.f, o.limit, entityRow)
			}
			if err != nil {
				var fe *sqlite.FilterError
				if errors.As(err, &fe) {
					return usageError(cmd, "%v", fe)
				}
				return runtimeError(err)
			}
			cols := columns[kind]
			if kind == "events" && o.global {
				cols = globalColumns
			}
			if err := writeRows(os.Stdout, format, cols, rows); err != nil {
				return runtimeError(err)
			}
			return nil
		},
	}
	addFilterFlags(cmd, kind, &o.f)
	cmd.Flags().IntVar(&o.limit, "limit", 100, "at most this many rows (0: all)")
	cmd.Flags().IntVar(&o.f.Offset, "offset", 0, "skip this many rows first")
	cmd.Flags().StringVar(&o.format, "format", "", "table, json or csv (default: table on a terminal, else json)")
	if kind == "events" {
		cmd.Flags().BoolVar(&o.global, "global", false, "one row per global event (deduplicated across articles) with its counts")
	}
	return cmd
}

// outputFormat resolves --format, defaulting to a table on a terminal.
func outputFormat(cmd *cobra.Command, f string) (string, error) {
	switch f {
	case "table", "json", "csv":
		return f, nil
	case "":
		if isTerminal(os.Stdout) {
			return "table", nil
		}
		return "json", nil
	}
	return "", usageError(cmd, "--format must be table, json or csv, not %q", f)
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// row is one record ready for output: the record itself for JSON, its
// cells for tables and CSV.
type row struct {
	rec   any
	cells []string // one per column
}

// column is an output column; wide columns are truncated in tables.
type column struct {
	name  string
	table bool // shown in tables
	width int  // table truncation, 0 for none
}

// collect pages through a store query (the store returns at most
// sqlite.MaxLimit rows at a time) until limit rows (0: all) are read.
func collect[T any](ctx context.Context, q func(context.Context, dateline.Filter) ([]T, error), f dateline.Filter, limit int, conv func(T) row) ([]row, error) {
	var out []row
	for {
		f.Limit = sqlite.MaxLimit
		if limit > 0 {
			f.Limit = min(sqlite.MaxLimit, limit-len(out))
		}
		items, err := q(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			out = append(out, conv(it))
		}
		if len(items) < f.Limit || (limit > 0 && len(out) >= limit) {
			return out, nil
		}
		f.Offset += len(items)
	}
}

// writeRows prints rows as a table, a JSON array or CSV with a header.
func writeRows(w io.Writer, format string, cols []column, rows []row) error {
	switch format {
	case "json":
		recs := make([]any, len(rows))
		for i, r := range rows {
			recs[i] = r.rec
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(recs)
	case "csv":
		cw := csv.NewWriter(w)
		head := make([]string, len(cols))
		for i, c := range cols {
			head[i] = c.name
		}
		cw.Write(head)
		for _, r := range rows {
			cw.Write(r.cells)
		}
		cw.Flush()
		return cw.Error()
	}
	if len(rows) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	var line []string
	for _, c := range cols {
		if c.table {
			line = append(line, strings.ToUpper(c.name))
		}
	}
	fmt.Fprintln(tw, strings.Join(line, "\t"))
	for _, r := range rows {
		line = line[:0]
		for i, c := range cols {
			if c.table {
				line = append(line, truncate(oneLineText(r.cells[i]), c.width))
			}
		}
		fmt.Fprintln(tw, strings.Join(line, "\t"))
	}
	return tw.Flush()
}

// truncate cuts s to n code points with an ellipsis (n 0: no limit).
func truncate(s string, n int) string {
	if n <= 0 {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func oneLineText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

var columns = map[string][]column{
	"events": {
		{"article_id", true, 18}, {"id", true, 0}, {"date", true, 0}, {"event", true, 0}, {"mode", false, 0},
		{"context", false, 0}, {"cameo", true, 0}, {"quad_class", false, 0}, {"goldstein", false, 0},
		{"aux_mode", true, 0}, {"confidence", false, 0},
		{"actor", true, 28}, {"actor_code", false, 0}, {"recipient", true, 28}, {"recipient_code", false, 0},
		{"location", true, 16}, {"loc_country", false, 0}, {"lat", false, 0}, {"lon", false, 0},
		{"sentence", false, 0}, {"start", false, 0}, {"end", false, 0}, {"mentions", false, 0},
		{"global_event_id", false, 0}, {"num_mentions", false, 0}, {"num_sources", false, 0}, {"num_articles", true, 0},
		{"event_text", true, 40},
	},
	"quotes": {
		{"article_id", true, 18}, {"id", true, 0}, {"date", true, 0}, {"speaker", true, 24}, {"speaker_code", true, 0},
		{"speaker_entity", false, 0}, {"direct", true, 0}, {"cue", true, 12}, {"addressee", false, 0},
		{"start", false, 0}, {"end", false, 0}, {"text", true, 60},
	},
	"entities": {
		{"article_id", true, 18}, {"id", true, 0}, {"type", true, 0}, {"name", true, 30}, {"value", false, 0},
		{"actor_code", true, 0}, {"country", true, 0}, {"sector", false, 0}, {"role", false, 0},
		{"geo_name", false, 0}, {"lat", false, 0}, {"lon", false, 0}, {"mentions", true, 0},
		{"first_start", false, 0}, {"first_end", false, 0},
	},
}

// globalColumns are the events columns of --global: the counts shown.
var globalColumns = func() []column {
	cols := append([]column(nil), columns["events"]...)
	for i, c := range cols {
		switch c.name {
		case "global_event_id", "num_mentions", "num_sources":
			cols[i].table = true
		case "id":
			cols[i].table = false
		}
	}
	return cols
}()

func joinActors(as []dateline.EventActor, code bool) string {
	var parts []string
	for _, a := range as {
		if code {
			parts = append(parts, a.Code)
		} else if a.Code != "" {
			parts = append(parts, a.Name+" ("+a.Code+")")
		} else {
			parts = append(parts, a.Name)
		}
	}
	return strings.Join(parts, "; ")
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func eventRow(e *dateline.StoredEvent) row {
	aux := ""
	if e.AuxMode != nil {
		aux = *e.AuxMode
	}
	var loc, lc, lat, lon string
	if e.EventLoc != nil {
		loc, lc, lat, lon = e.EventLoc.Name, e.EventLoc.Country, num(e.EventLoc.Lat), num(e.EventLoc.Lon)
	}
	return row{rec: e, cells: []string{
		e.ArticleID, e.ID, e.Date, e.Event.Event, e.Mode, strings.Join(e.Context, ";"), e.Cameo,
		strconv.Itoa(e.QuadClass), num(e.Goldstein), aux, num(e.Confidence),
		joinActors(e.Actor, false), joinActors(e.Actor, true), joinActors(e.Recipient, false), joinActors(e.Recipient, true),
		loc, lc, lat, lon, strconv.Itoa(e.TextInfo.Sentence), strconv.Itoa(e.TextInfo.Start), strconv.Itoa(e.TextInfo.End),
		strconv.Itoa(len(e.Mentions)), "", "", "", "", e.EventText,
	}}
}

// countedRow is eventRow with the counts of the event's global event.
func countedRow(e *sqlite.CountedEvent) row {
	r := eventRow(e.StoredEvent)
	n := len(r.cells)
	copy(r.cells[n-5:n-1], []string{strconv.FormatInt(e.GlobalEventID, 10), strconv.Itoa(e.NumMentions),
		strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles)})
	r.rec = e
	return r
}

func quoteRow(q *dateline.StoredQuote) row {
	var sp, code, ent, addr string
	if q.Speaker != nil {
		sp, code, ent = q.Speaker.Name, q.Speaker.Code, q.Speaker.Entity
	}
	if q.Addressee != nil {
		addr = q.Addressee.Name
	}
	return row{rec: q, cells: []string{
		q.ArticleID, q.ID, q.Date, sp, code, ent, strconv.FormatBool(q.Direct), q.Cue, addr,
		strconv.Itoa(q.Start), strconv.Itoa(q.End), q.Text,
	}}
}

func entityRow(e *dateline.StoredEntity) row {
	var code, country, sector, role, geo, lat, lon, fs, fe string
	if e.Actor != nil {
		code, country, sector, role = e.Actor.Code, e.Actor.Country, e.Actor.Sector, e.Actor.Role
	}
	if e.Geo != nil {
		geo, lat, lon = e.Geo.Name, num(e.Geo.Lat), num(e.Geo.Lon)
		if country == "" {
			country = e.Geo.Country
		}
	}
	if len(e.Mentions) > 0 {
		fs, fe = strconv.Itoa(e.Mentions[0].Start), strconv.Itoa(e.Mentions[0].End)
	}
	return row{rec: e, cells: []string{
		e.ArticleID, e.ID, e.Type, e.Name, e.Value, code, country, sector, role, geo, lat, lon,
		strconv.Itoa(len(e.Mentions)), fs, fe,
	}}
}

// roleBase is a store with an actor base learned from text (package
// sqlite).
type roleBase interface {
	Roles(context.Context, string) ([]sqlite.PersonRole, error)
	LookupContext(context.Context, string, time.Time) (dateline.Actor, bool, error)
}

func init() {
	var at, format string
	cmd := &cobra.Command{
		Use:   "roles NAME [--at YYYY-MM-DD] [--format table|json|csv]",
		Short: "Show what stored articles said about a person's titles, with dates",
		Long: "Lists the titles and actor codes that stored articles gave a person in their own\n" +
			"words (\"Russian President Vladimir Putin\"), each with the publication dates of the\n" +
			"first and last article that gave it and how many did. NAME is a full name or a\n" +
			"surname. --at also prints (on standard error) the code the actors stage would take\n" +
			"from this base for an article of that date.",
		Example: "  dateline roles Medvedev --at 2013-01-01",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if at != "" && !sqlite.ValidDate(at) {
				return usageError(cmd, "--at %q: want a date YYYY-MM-DD", at)
			}
			format, err := outputFormat(cmd, format)
			if err != nil {
				return err
			}
			st, err := openExistingStore(cmd)
			if err != nil {
				return runtimeError(err)
			}
			defer st.Close()
			rb, ok := st.(roleBase)
			if !ok {
				return runtimeError(errors.New("this database keeps no actor base"))
			}
			rs, err := rb.Roles(cmd.Context(), args[0])
			if err != nil {
				return runtimeError(err)
			}
			rows := make([]row, len(rs))
			for i, r := range rs {
				rows[i] = row{rec: r, cells: []string{r.Name, r.Code, r.Country, r.Sector, r.Role, r.FirstSeen, r.LastSeen, strconv.Itoa(r.Articles)}}
			}
			if err := writeRows(os.Stdout, format, roleColumns, rows); err != nil {
				return runtimeError(err)
			}
			if at != "" {
				t, _ := time.Parse("2006-01-02", at)
				a, ok, err := rb.LookupContext(cmd.Context(), args[0], t)
				switch {
				case err != nil:
					return runtimeError(err)
				case ok:
					fmt.Fprintf(os.Stderr, "dateline: %s on %s: %s (%s)\n", args[0], at, a.Code, a.Role)
				default:
					fmt.Fprintf(os.Stderr, "dateline: %s on %s: not known or ambiguous\n", args[0], at)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&at, "at", "", "also show the code valid on this date")
	cmd.Flags().StringVar(&format, "format", "", "table, json or csv (default: table on a terminal, else json)")
	rootCmd.AddCommand(cmd)
}

var roleColumns = []column{
	{"name", true, 30}, {"code", true, 0}, {"country", true, 0}, {"sector", true, 0}, {"role", true, 24},
	{"first_seen", true, 0}, {"last_seen", true, 0}, {"articles", true, 0},
}
