// Command tags prints tokens with their tags, lemmas and dependency arcs
// (development aid): go run ./internal/dbg/tags "Some sentence."
package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/parser"
	"github.com/dateline-news/dateline/nlp/tagger"
	"github.com/dateline-news/dateline/segment"
)

func main() {
	var d = doc.New(dateline.Article{Text: strings.Join(os.Args[1:], " ")}, time.Time{})
	segment.New().Process(d)
	tg, err := tagger.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tg.Process(d)
	for _, t := range d.Tokens {
		fmt.Printf("%s/%s/%s ", t.Text, t.Tag, t.Lemma)
	}
	fmt.Println()
	p, err := parser.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	p.Process(d)
	for i, t := range d.Tokens {
		head := "ROOT"
		if t.Head >= 0 {
			head = d.Tokens[t.Head].Text
		}
		fmt.Printf("%3d %-15s %-12s <- %s\n", i, t.Text, t.Dep, head)
	}
}
