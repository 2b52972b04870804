package tagger

import (
	"bytes"
	_ "embed"
	"sync"
)

// ModelPath is where the shipped model lives in the source tree, relative
// to the module root: `dateline train pos` writes there by default.
const ModelPath = "nlp/tagger/model/pos.dlpc"

//go:embed model/pos.dlpc
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the shipped tagger (trained on UD English EWT), loading
// it on first use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultTagger, defaultErr
}
