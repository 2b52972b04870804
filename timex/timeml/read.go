package timeml

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Timex is one temporal expression: a half-open byte range of the text,
// its TIMEX3 type (DATE, TIME, DURATION, SET) and value.
type Timex struct {
	Start, End int
	Type       string
	Value      string
}

// Doc is one TimeML document: the plain text of its TEXT element, its
// document creation time and the TIMEX3s inside TEXT, with byte offsets
// into Text.
type Doc struct {
	Name     string
	Text     string
	DCT      time.Time // zero when the document has none
	DCTValue string
	Timexes  []Timex
}

// Read parses one TimeML file.
func Read(path string) (*Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	d.Name = filepath.Base(path)
	return d, nil
}

// ReadDir parses every *.tml file of dir, in name order.
func ReadDir(dir string) ([]*Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var docs []*Doc
	for _, p := range paths {
		d, err := Read(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Parse reads a TimeML document. The DCT is the TIMEX3 whose
// functionInDocument is CREATION_TIME; only TIMEX3s inside TEXT are kept.
func Parse(r io.Reader) (*Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	d := &Doc{}
	var text strings.Builder
	inText := 0
	type open struct {
		start   int
		typ     string
		value   string
		created bool
	}
	var stack []*open // TIMEX3 elements currently open (nil for others)
	var dctText strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
			case "TIMEX3":
				o := &open{start: text.Len()}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						o.typ = a.Value
					case "value":
						o.value = a.Value
					case "functionInDocument":
						o.created = a.Value == "CREATION_TIME"
					}
				}
				if o.created && d.DCTValue == "" {
					d.DCTValue = o.value
				}
				stack = append(stack, o)
				continue
			}
			stack = append(stack, nil)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if t.Name.Local == "TEXT" {
				inText--
			}
			if o != nil && inText > 0 && !o.created {
				d.Timexes = append(d.Timexes, Timex{Start: o.start, End: text.Len(), Type: o.typ, Value: o.value})
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			} else if len(stack) > 0 && stack[len(stack)-1] != nil {
				dctText.Write(t)
			}
		}
	}
	d.Text = text.String()
	if len(d.DCTValue) >= 10 {
		if t, err := time.Parse("2006-01-02", d.DCTValue[:10]); err == nil {
			d.DCT = t
		}
	}
	return d, nil
}
