package timeml

// Counts accumulates the TempEval-3 counts over documents.
type Counts struct {
	Gold, System int // expressions in the gold standard and in the output
	Relaxed      int // one-to-one matches with overlapping spans
	Strict       int // relaxed matches whose spans are identical
	Value        int // relaxed matches with the gold value
	Type         int // relaxed matches with the gold type
}

// Compare matches system expressions to gold ones one-to-one by span
// overlap (both lists in text order) and counts the agreements.
func Compare(gold, sys []Timex) Counts {
	c := Counts{Gold: len(gold), System: len(sys)}
	used := make([]bool, len(sys))
	j0 := 0
	for _, g := range gold {
		for j0 < len(sys) && sys[j0].End <= g.Start {
			j0++
		}
		best := -1
		for j := j0; j < len(sys) && sys[j].Start < g.End; j++ {
			if used[j] || sys[j].End <= g.Start {
				continue
			}
			if best < 0 || (sys[j].Start == g.Start && sys[j].End == g.End) {
				best = j
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		s := sys[best]
		c.Relaxed++
		if s.Start == g.Start && s.End == g.End {
			c.Strict++
		}
		if s.Value == g.Value {
			c.Value++
		}
		if s.Type == g.Type {
			c.Type++
		}
	}
	return c
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Relaxed += o.Relaxed
	c.Strict += o.Strict
	c.Value += o.Value
	c.Type += o.Type
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// f1 is the F1 of n agreements over the system and gold counts:
// 2n / (system + gold), i.e. attribute accuracy times span F1.
func (c Counts) f1(n int) float64 { return ratio(2*n, c.System+c.Gold) }

// Precision is the relaxed span precision.
func (c Counts) Precision() float64 { return ratio(c.Relaxed, c.System) }

// Recall is the relaxed span recall.
func (c Counts) Recall() float64 { return ratio(c.Relaxed, c.Gold) }

// F1 is the relaxed span F1.
func (c Counts) F1() float64 { return c.f1(c.Relaxed) }

// StrictF1 is the exact span F1.
func (c Counts) StrictF1() float64 { return c.f1(c.Strict) }

// ValueF1 is TempEval-3's value F1: value accuracy over relaxed matches
// times relaxed span F1.
func (c Counts) ValueF1() float64 { return c.f1(c.Value) }

// TypeF1 is TempEval-3's type F1.
func (c Counts) TypeF1() float64 { return c.f1(c.Type) }

// ValueAccuracy is the share of relaxed matches with the right value.
func (c Counts) ValueAccuracy() float64 { return ratio(c.Value, c.Relaxed) }

// Metrics returns the scores by their lower-case names.
func (c Counts) Metrics() map[string]float64 {
	return map[string]float64{
		"f1":             c.F1(),
		"precision":      c.Precision(),
		"recall":         c.Recall(),
		"strict_f1":      c.StrictF1(),
		"value_f1":       c.ValueF1(),
		"type_f1":        c.TypeF1(),
		"value_accuracy": c.ValueAccuracy(),
	}
}
