package quotes

import (
	"bytes"
	_ "embed"
	"sync"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// ModelPath is where the shipped cue model lives in the source tree,
// relative to the module root: `dateline train quotes` writes there by
// default.
const ModelPath = "quotes/model/cues.dlpc"

// DefaultThreshold is the margin by which the cue model's "cue" score must
// beat its "none" score for a cue the rules missed to be reported (tuned
// on PolNeAR dev: the best on average over models trained with six
// shuffling seeds).
const DefaultThreshold = -20.0

// DefaultVeto is the margin below which the cue model drops reported
// speech the rules found (tuned on PolNeAR dev).
const DefaultVeto = -20.0

// Classes of the cue model.
var Classes = []string{"none", "cue"}

//go:embed model/cues.dlpc
var embeddedModel []byte

var (
	modelOnce sync.Once
	shipped   *perceptron.Model
	modelErr  error
)

// DefaultModel returns the shipped cue model, loading it on first use; nil
// when the build carries none.
func DefaultModel() (*perceptron.Model, error) {
	modelOnce.Do(func() {
		if len(embeddedModel) == 0 {
			return
		}
		shipped, modelErr = perceptron.Load(bytes.NewReader(embeddedModel))
	})
	return shipped, modelErr
}
