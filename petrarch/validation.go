package petrarch

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

// Record is one <Sentence> of a PETRARCH validation file.
type Record struct {
	ID       string
	Category string
	Date     time.Time
	Text     string
	Sentence bool // the sentence="true" attribute: false marks features PETRARCH does not implement
	Codings  []Expected
	Options  Options // the <Config> settings in force
}

// Expected is one <EventCoding>: a source, target and CAMEO code, or an
// expectation of no event (noevents="True" or an error: a discard, a bad
// parse, a dateline).
type Expected struct {
	Source, Target, Code string
	NoEvent              bool
	Error                string
}

// ReadRecords reads a PETRARCH validation file (PETR.UnitTest.records.xml),
// applying each <Config> option to the records after it.
func ReadRecords(r io.Reader) ([]Record, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	opt := DefaultOptions()
	var out []Record
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "Config":
			applyConfig(&opt, attr(se, "option"), attr(se, "value"))
		case "Sentence":
			var x struct {
				Text    string `xml:"Text"`
				Codings []struct {
					Attrs []xml.Attr `xml:",any,attr"`
				} `xml:"EventCoding"`
			}
			if err := dec.DecodeElement(&x, &se); err != nil {
				return out, err
			}
			rec := Record{ID: attr(se, "id"), Category: attr(se, "category"),
				Text: strings.Join(strings.Fields(x.Text), " "), Options: opt,
				Sentence: !strings.EqualFold(attr(se, "sentence"), "false")}
			if d := attr(se, "date"); d != "" {
				t, err := time.Parse("20060102", d)
				if err != nil {
					return out, fmt.Errorf("record %s: date %q: %v", rec.ID, d, err)
				}
				rec.Date = t
			}
			for _, c := range x.Codings {
				var e Expected
				for _, a := range c.Attrs {
					v := strings.TrimSpace(a.Value)
					switch a.Name.Local {
					case "sourcecode":
						e.Source = v
					case "targetcode":
						e.Target = v
					case "eventcode":
						e.Code = v
					case "noevents":
						e.NoEvent = strings.EqualFold(v, "true")
					case "error":
						e.Error, e.NoEvent = v, true
					}
				}
				rec.Codings = append(rec.Codings, e)
			}
			out = append(out, rec)
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

func applyConfig(o *Options, name, value string) {
	if name == "require_dyad" {
		o.RequireDyad = strings.EqualFold(value, "true")
		return
	}
	n, err := strconv.Atoi(value)
	if err != nil {
		return
	}
	switch name {
	case "comma_min":
		o.CommaMin = n
	case "comma_max":
		o.CommaMax = n
	case "comma_bmin":
		o.CommaBMin = n
	case "comma_bmax":
		o.CommaBMax = n
	case "comma_emin":
		o.CommaEMin = n
	case "comma_emax":
		o.CommaEMax = n
	}
}

// Prepare turns a record's text into a parsed Doc: Dateline's segmenter,
// tagger and parser.
type Prepare func(d *doc.Doc) error

// RecordResult is how one record coded.
type RecordResult struct {
	ID         string
	Category   string
	Expected   []Expected
	Got        []Coding
	Reproduced int // expected codings found among Got (an expected "no event" counts when Got is empty)
	Extra      int // codings in Got that no expectation asked for
}

// Result sums a validation run.
type Result struct {
	Records    int
	Expected   int // expected codings, "no event" expectations included
	Reproduced int
	Produced   int
	Extra      int
	PerRecord  []RecordResult
}

// Accuracy is the share of expected codings reproduced exactly.
func (r Result) Accuracy() float64 {
	if r.Expected == 0 {
		return 0
	}
	return float64(r.Reproduced) / float64(r.Expected)
}

// ExtraPerRecord is the number of unasked-for events per record.
func (r Result) ExtraPerRecord() float64 {
	if r.Records == 0 {
		return 0
	}
	return float64(r.Extra) / float64(r.Records)
}

// Validate codes each record with d (under the record's options) and
// compares with its expected codings.
func Validate(recs []Record, d *Dictionaries, prep Prepare) (Result, error) {
	var res Result
	for _, rec := range recs {
		dd := doc.New(dateline.Article{ID: rec.ID, Text: rec.Text}, rec.Date)
		if err := prep(dd); err != nil {
			return res, fmt.Errorf("record %s: %w", rec.ID, err)
		}
		got := NewCoder(d, rec.Options).Code(dd, rec.Date)
		rr := score(rec, got)
		res.Records++
		res.Expected += len(rr.Expected)
		res.Reproduced += rr.Reproduced
		res.Produced += len(got)
		res.Extra += rr.Extra
		res.PerRecord = append(res.PerRecord, rr)
	}
	return res, nil
}

// score matches a record's codings against the expected ones, each coding
// used once.
func score(rec Record, got []Coding) RecordResult {
	rr := RecordResult{ID: rec.ID, Category: rec.Category, Expected: rec.Codings, Got: got}
	used := make([]bool, len(got))
	for _, e := range rec.Codings {
		if e.NoEvent {
			if len(got) == 0 {
				rr.Reproduced++
			}
			continue
		}
		for i, g := range got {
			if !used[i] && g.Source == e.Source && g.Target == e.Target && g.Code == e.Code {
				used[i] = true
				rr.Reproduced++
				break
			}
		}
	}
	for _, u := range used {
		if !u {
			rr.Extra++
		}
	}
	return rr
}
