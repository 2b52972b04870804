package actors

import (
	"time"

	"github.com/dateline-news/dateline"
)

// Bases consults several bases in order and returns the first answer:
// user dictionaries before what the store learned, say. Nil bases are
// skipped.
func Bases(bs ...Base) Base {
	var list multi
	for _, b := range bs {
		if b != nil {
			list = append(list, b)
		}
	}
	if len(list) == 0 {
		return nil
	}
	return list
}

type multi []Base

func (m multi) Lookup(name string, at time.Time) (dateline.Actor, bool) {
	for _, b := range m {
		if a, ok := b.Lookup(name, at); ok {
			return a, true
		}
	}
	return dateline.Actor{}, false
}
