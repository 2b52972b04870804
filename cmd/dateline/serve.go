package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	nethttp "net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dateline-news/dateline/http"
)

func init() {
	var addr string
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "Serve the database over an HTTP JSON API with a small web page",
		Long: "Serves the database (--db) on --addr, 127.0.0.1 only by default:\n" +
			"  GET /                    a page to browse articles with their annotations, and events\n" +
			"  GET /api/articles        articles (text included), newest first\n" +
			"  GET /api/articles/{id}   one article with its entities, quotes and events and their offsets\n" +
			"  GET /api/events          events, each with its global event's num_mentions,\n" +
			"                           num_sources and num_articles; ?global=1: one row per\n" +
			"                           global event (the same real event across articles)\n" +
			"  GET /api/quotes          quotes;  GET /api/entities  entities\n" +
			"List endpoints take actor, country, type, speaker, text, since, until, article,\n" +
			"limit (1..1000, default 100) and offset, and answer {items, limit, offset, next_offset}.\n" +
			"Ctrl-C stops the server gracefully.",
		Example: "  dateline serve\n  dateline serve --db news.db --addr 127.0.0.1:9000",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openExistingStore(cmd)
			if err != nil {
				return runtimeError(err)
			}
			defer st.Close()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return runtimeError(err)
			}
			srv := &nethttp.Server{
				Handler:           http.NewServer(st),
				ReadHeaderTimeout: 10 * time.Second,
				IdleTimeout:       2 * time.Minute,
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
				fmt.Fprintf(os.Stderr, "dateline: warning: listening on %s, reachable from other machines\n", host)
			}
			fmt.Fprintf(os.Stderr, "dateline: serving %s on http://%s (Ctrl-C to stop)\n", dbPath(cmd), ln.Addr())
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return runtimeError(err)
			case <-ctx.Done():
			}
			stop() // a second Ctrl-C kills at once
			fmt.Fprintln(os.Stderr, "dateline: shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
				return runtimeError(err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (host:port)")
	rootCmd.AddCommand(cmd)
}
