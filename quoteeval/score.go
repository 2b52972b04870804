package quoteeval

import "github.com/dateline-news/dateline/doc"

// Predicted is one quotation the system found, with byte offsets.
type Predicted struct {
	Content doc.Range
	Direct  bool
	// Cue is where the cue is (zero when none); SpeakerAt is the mention
	// the attribution rests on (nil when none). Only the error dump reads
	// them.
	Cue       doc.Range
	SpeakerAt []doc.Range
	// Speaker holds every mention of the predicted speaker's entity (or
	// just the speaker mention when it has no entity); nil when the
	// quotation has no speaker.
	Speaker []doc.Range
}

// Counts accumulates the evaluation over documents.
type Counts struct {
	Gold, Pred          int // attributions with content; predicted quotations
	GoldFound           int // gold content overlapped by a prediction
	PredMatched         int // predictions overlapping gold content
	GoldRight           int // gold found whose best prediction has the right speaker
	PredRight           int // predictions whose best gold has the right speaker
	Direct              int // gold direct quotations with a source
	DirectFound         int // ... overlapped by a prediction
	DirectRight         int // ... whose best prediction has the right speaker
	DirectGold          int // gold direct quotations (with or without a source)
	DirectGoldFound     int
	IndirectGold        int
	IndirectGoldFound   int
	IndirectGoldRight   int
	DirectPred          int // predictions marked direct
	DirectPredMatched   int
	NoSourceGold        int // gold attributions without a source
	NoSourceGoldRight   int // ... found and predicted without a speaker
	IndirectPredMatched int
	Failed              int     // documents the pipeline failed on
	Errors              []error // their errors
}

// jaccard is the share of bytes content fragments and r have in common
// out of the bytes either covers; it picks an item's best match.
func jaccard(frags []doc.Range, r doc.Range) float64 {
	n := overlap(frags, r)
	if n == 0 {
		return 0
	}
	total := r.Len()
	for _, f := range frags {
		total += f.Len()
	}
	return float64(n) / float64(total-n)
}

// overlap is the number of bytes content fragments share with r.
func overlap(frags []doc.Range, r doc.Range) int {
	n := 0
	for _, f := range frags {
		lo, hi := max(f.Start, r.Start), min(f.End, r.End)
		if hi > lo {
			n += hi - lo
		}
	}
	return n
}

// speakerRight reports whether a prediction's speaker matches gold: some
// mention of the predicted speaker overlaps a gold source fragment. A gold
// attribution without a source is matched by a prediction without a
// speaker.
func speakerRight(g Attribution, p Predicted) bool {
	if len(g.Source) == 0 {
		return len(p.Speaker) == 0
	}
	for _, m := range p.Speaker {
		if overlap(g.Source, m) > 0 {
			return true
		}
	}
	return false
}

// Add scores one document's predictions against its gold attributions.
// A gold attribution and a prediction match when their content shares at
// least one byte (many-to-many: an interrupted quotation annotated as one
// attribution matches both pieces the system finds). Speaker correctness
// is judged on each item's best match, the one with the highest Jaccard
// overlap (so a quotation nested in another's content is judged against
// its own attribution).
func (c *Counts) Add(gold []Attribution, pred []Predicted) {
	c.Gold += len(gold)
	c.Pred += len(pred)
	for _, g := range gold {
		best, bestN := -1, 0.0
		for pi, p := range pred {
			if n := jaccard(g.Content, p.Content); n > bestN {
				best, bestN = pi, n
			}
		}
		found := best >= 0
		right := found && speakerRight(g, pred[best])
		if found {
			c.GoldFound++
		}
		if right {
			c.GoldRight++
		}
		if len(g.Source) == 0 {
			c.NoSourceGold++
			if right {
				c.NoSourceGoldRight++
			}
		}
		if g.Direct {
			c.DirectGold++
			if found {
				c.DirectGoldFound++
			}
			if len(g.Source) > 0 {
				c.Direct++
				if found {
					c.DirectFound++
					if right {
						c.DirectRight++
					}
				}
			}
		} else {
			c.IndirectGold++
			if found {
				c.IndirectGoldFound++
			}
			if right {
				c.IndirectGoldRight++
			}
		}
	}
	for _, p := range pred {
		best, bestN := -1, 0.0
		for gi, g := range gold {
			if n := jaccard(g.Content, p.Content); n > bestN {
				best, bestN = gi, n
			}
		}
		if p.Direct {
			c.DirectPred++
		}
		if best < 0 {
			continue
		}
		c.PredMatched++
		if p.Direct {
			c.DirectPredMatched++
		} else {
			c.IndirectPredMatched++
		}
		if speakerRight(gold[best], p) {
			c.PredRight++
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Metrics returns the scores by name: precision, recall and f1 of content
// spans; speaker_accuracy on direct quotations (of gold direct quotations
// with a source whose content was found, the share whose predicted
// speaker is right); attribution_precision, attribution_recall and
// attribution_f1 (content overlapping and speaker right).
func (c *Counts) Metrics() map[string]float64 {
	p, r := ratio(c.PredMatched, c.Pred), ratio(c.GoldFound, c.Gold)
	ap, ar := ratio(c.PredRight, c.Pred), ratio(c.GoldRight, c.Gold)
	return map[string]float64{
		"precision":             p,
		"recall":                r,
		"f1":                    f1(p, r),
		"speaker_accuracy":      ratio(c.DirectRight, c.DirectFound),
		"attribution_precision": ap,
		"attribution_recall":    ar,
		"attribution_f1":        f1(ap, ar),
	}
}

// PerLabel returns recall by kind of gold attribution and precision by
// kind of prediction.
func (c *Counts) PerLabel() map[string]map[string]float64 {
	return map[string]map[string]float64{
		"direct": {
			"recall":    ratio(c.DirectGoldFound, c.DirectGold),
			"precision": ratio(c.DirectPredMatched, c.DirectPred),
		},
		"indirect": {
			"recall":             ratio(c.IndirectGoldFound, c.IndirectGold),
			"precision":          ratio(c.IndirectPredMatched, c.Pred-c.DirectPred),
			"attribution_recall": ratio(c.IndirectGoldRight, c.IndirectGold),
		},
	}
}

// CountMap returns the counts by name.
func (c *Counts) CountMap() map[string]int {
	return map[string]int{
		"gold":             c.Gold,
		"predicted":        c.Pred,
		"gold_found":       c.GoldFound,
		"predicted_match":  c.PredMatched,
		"direct_gold":      c.Direct,
		"direct_found":     c.DirectFound,
		"direct_right":     c.DirectRight,
		"no_source_gold":   c.NoSourceGold,
		"no_source_right":  c.NoSourceGoldRight,
		"attribution_gold": c.GoldRight,
		"attribution_pred": c.PredRight,
		"failed_documents": c.Failed,
	}
}
