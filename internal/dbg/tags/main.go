// Command tags prints tokens with their tags and lemmas (development aid).
package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/tagger"
	"github.com/dateline-news/dateline/segment"
)

func main() {
	var d = doc.New(dateline.Article{Text: strings.Join(os.Args[1:], " ")}, time.Time{})
	segment.New().Process(d)
	tg, _ := tagger.Default()
	tg.Process(d)
	for _, t := range d.Tokens {
		fmt.Printf("%s/%s/%s ", t.Text, t.Tag, t.Lemma)
	}
	fmt.Println()
}
