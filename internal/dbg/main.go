// Command dbg prints a compact view of the pipeline's output (development aid).
package main

import (
	"fmt"
	"os"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/input"
	"github.com/dateline-news/dateline/pipeline"
)

func main() {
	p, _ := pipeline.Default()
	input.Read(os.Args[1:], input.Options{}, func(it input.Item) bool {
		if it.Err != nil {
			fmt.Println("ERR", it.Err)
			return true
		}
		r, err := p.Run(pipeline.Input{Article: it.Article, Published: it.Published, Verbatim: it.Verbatim})
		if err != nil {
			fmt.Println("ERR", err)
			return true
		}
		show(r)
		return true
	})
}

func show(r *dateline.Result) {
	fmt.Println("==", r.Article.ID, r.Article.Published)
	for _, e := range r.Entities {
		code := ""
		if e.Actor != nil {
			code = e.Actor.Code
		}
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		fmt.Printf("E %s %s %q %s %q\n", e.ID, e.Type, e.Name, code, ms)
	}
	for _, q := range r.Quotes {
		sp := "-"
		if q.Speaker != nil {
			sp = q.Speaker.Name + "/" + q.Speaker.Code
		}
		t := q.Text
		if len(t) > 60 {
			t = t[:60]
		}
		fmt.Printf("Q %s direct=%v cue=%q speaker=%s | %s\n", q.ID, q.Direct, q.Cue, sp, t)
	}
	for _, e := range r.Events {
		var a, rc []string
		for _, x := range e.Actor {
			a = append(a, x.Code)
		}
		for _, x := range e.Recipient {
			rc = append(rc, x.Code)
		}
		loc := ""
		if e.EventLoc != nil {
			loc = e.EventLoc.Name
		}
		aux := ""
		if e.AuxMode != nil {
			aux = *e.AuxMode
		}
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.EventText)
		}
		fmt.Printf("V %s %s %s %s aux=%s %v -> %v @%s %q\n", e.ID, e.Date, e.Event, e.Cameo, aux, a, rc, loc, ms)
	}
}
