package geoeval

import (
	"math"
	"sort"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
	"github.com/dateline-news/dateline/places"
)

// MaxErrorKm is half the Earth's circumference, the error charged for a
// recognised toponym left unresolved.
const MaxErrorKm = 20039

// Annotator runs recognition over an article's text and returns the
// document with its name spans (the pipeline up to NER).
type Annotator func(text string) *doc.Doc

// Scores are the results of one evaluation.
type Scores struct {
	Gold       int     // gold toponyms with coordinates
	Recognised int     // of them, overlapped by a predicted place mention
	Within161  int     // of the recognised, resolved within 161 km
	Recall     float64 // Recognised / Gold
	Accuracy   float64 // Within161 / Recognised
	AUC        float64 // area under the log error curve (lower is better)
	MeanKm     float64
	MedianKm   float64
	Errors     []Error // every recognised toponym
}

// Error is the outcome for one recognised gold toponym.
type Error struct {
	Article string
	Gold    Toponym
	Got     *dateline.Geo
	Km      float64
	Context string
}

// Evaluate recognises and resolves every article with ann and
// places.Resolve, and scores the result against the located gold toponyms.
func Evaluate(arts []Article, ann Annotator) Scores {
	res := places.New()
	var errs []Error
	gold := 0
	for _, a := range arts {
		d := ann(a.Text)
		rs := res.Resolve(d)
		for _, t := range a.Toponyms {
			if !t.Located {
				continue
			}
			gold++
			r := match(rs, t)
			if r == nil {
				continue
			}
			errs = append(errs, errorOf(a, t, r.Geo))
		}
	}
	return score(gold, errs)
}

// EvaluateGold resolves the gold toponym spans themselves, measuring
// resolution alone. The spans are places for sure, so names the gazetteer
// lacks are guessed at the article's main place (places.Resolver.Guessing).
func EvaluateGold(arts []Article) Scores {
	res := places.New().Guessing()
	g := gazetteer.Default()
	var errs []Error
	gold := 0
	for _, a := range arts {
		d := doc.New(dateline.Article{ID: a.ID, Title: a.Title, Text: a.Text}, time.Time{})
		var located []int
		for i, t := range a.Toponyms {
			if !t.Located {
				continue
			}
			label := "GPE"
			if g.IsDemonym(t.Text) {
				label = "NORP"
			}
			d.Spans = append(d.Spans, doc.Span{Range: doc.Range{Start: t.Start, End: t.End}, First: -1, Last: -1,
				Label: label, Kind: doc.KindName, Entity: -1, Source: "gold"})
			located = append(located, i)
		}
		rs := res.Resolve(d)
		bySpan := map[int]*places.Resolution{}
		for i := range rs {
			bySpan[rs[i].Span] = &rs[i]
		}
		for si, i := range located {
			gold++
			var geo *dateline.Geo
			if r := bySpan[si]; r != nil {
				geo = r.Geo
			}
			errs = append(errs, errorOf(a, a.Toponyms[i], geo))
		}
	}
	return score(gold, errs)
}

// match finds the resolution of the predicted mention overlapping t most.
func match(rs []places.Resolution, t Toponym) *places.Resolution {
	var best *places.Resolution
	bestO := 0
	for i := range rs {
		r := &rs[i]
		o := min(r.Range.End, t.End) - max(r.Range.Start, t.Start)
		if o > bestO {
			best, bestO = r, o
		}
	}
	return best
}

func errorOf(a Article, t Toponym, geo *dateline.Geo) Error {
	e := Error{Article: a.ID, Gold: t, Got: geo, Km: MaxErrorKm}
	if geo != nil {
		e.Km = gazetteer.DistanceKm(t.Lat, t.Lon, geo.Lat, geo.Lon)
	}
	lo, hi := max(0, t.Start-60), min(len(a.Text), t.End+40)
	e.Context = a.Text[lo:t.Start] + "[" + a.Text[t.Start:t.End] + "]" + a.Text[t.End:hi]
	return e
}

// score computes the metrics over the errors of the recognised toponyms.
func score(gold int, errs []Error) Scores {
	s := Scores{Gold: gold, Recognised: len(errs), Errors: errs}
	if gold > 0 {
		s.Recall = float64(len(errs)) / float64(gold)
	}
	if len(errs) == 0 {
		return s
	}
	km := make([]float64, len(errs))
	sum := 0.0
	for i, e := range errs {
		km[i] = e.Km
		sum += e.Km
		if e.Km <= 161 {
			s.Within161++
		}
	}
	sort.Float64s(km)
	s.Accuracy = float64(s.Within161) / float64(len(errs))
	s.MeanKm = sum / float64(len(km))
	s.MedianKm = km[len(km)/2]
	s.AUC = AUC(km)
	return s
}

// AUC is the area under the curve of sorted log errors, normalised to
// [0, 1] by the log of the largest possible error (Gritta et al. 2018,
// "What's missing in geographical parsing?"): 0 is perfect.
func AUC(km []float64) float64 {
	if len(km) < 2 {
		if len(km) == 1 {
			return math.Log(1+km[0]) / math.Log(MaxErrorKm)
		}
		return 0
	}
	ys := make([]float64, len(km))
	for i, k := range km {
		ys[i] = math.Log(1 + math.Min(k, MaxErrorKm))
	}
	sort.Float64s(ys)
	area := 0.0
	for i := 1; i < len(ys); i++ {
		area += (ys[i] + ys[i-1]) / 2
	}
	return area / (math.Log(MaxErrorKm) * float64(len(ys)-1))
}
