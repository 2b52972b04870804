package parser

import (
	"bytes"
	_ "embed"
	"sync"
)

// ModelPath is where the shipped model lives in the source tree, relative
// to the module root: `dateline train parser` writes there by default.
const ModelPath = "nlp/parser/model/parser.dlpc"

//go:embed model/parser.dlpc
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultParser *Parser
	defaultErr    error
)

// Default returns the shipped parser (trained on UD English EWT), loading
// it on first use.
func Default() (*Parser, error) {
	defaultOnce.Do(func() {
		defaultParser, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultParser, defaultErr
}
