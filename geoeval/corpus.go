// Package geoeval scores geoparsing — recognising place names and resolving
// them to coordinates — on the XML corpora of ../shared/data/geo:
// GeoWebNews (Gritta et al. 2019) and TR-News (Kamalloo & Rafiei 2018).
// The recogniser is injected (an Annotator), so the evaluation runs the
// real pipeline from the command line and gold or crude spans in tests.
package geoeval

import (
	"encoding/xml"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Toponym is one gold place mention, with byte offsets into Article.Text.
type Toponym struct {
	Start, End int
	Text       string
	Type       string // GeoWebNews type (Literal, Metonymic, ...); "" for TR-News
	GeonameID  int
	Lat, Lon   float64
	Located    bool // has gold coordinates
}

// Article is one gold article.
type Article struct {
	ID       string
	Title    string
	Text     string
	Toponyms []Toponym
}

// ReadFile reads a GeoWebNews or TR-News XML file, telling them apart by
// their elements.
func ReadFile(path string) ([]Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw struct {
		Articles []struct {
			File  string `xml:"file,attr"`
			DocID string `xml:"docid,attr"`
			Title string `xml:"title"`
			Text  string `xml:"text"`
			Tops  []struct {
				Extracted string `xml:"extractedName"`
				Phrase    string `xml:"phrase"`
				Type      string `xml:"type"`
				Start     string `xml:"start"`
				End       string `xml:"end"`
				GeonameID string `xml:"geonamesID"`
				Lat       string `xml:"latitude"`
				Lon       string `xml:"longitude"`
				Gaztag    *struct {
					ID  string `xml:"geonameid,attr"`
					Lat string `xml:"lat"`
					Lon string `xml:"lon"`
				} `xml:"gaztag"`
			} `xml:"toponyms>toponym"`
		} `xml:"article"`
	}
	if err := xml.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []Article
	for _, a := range raw.Articles {
		art := Article{ID: a.File + a.DocID, Title: strings.TrimSpace(a.Title), Text: a.Text}
		idx := runeOffsets(a.Text)
		for _, t := range a.Tops {
			text := t.Extracted + t.Phrase
			cs, err1 := strconv.Atoi(strings.TrimSpace(t.Start))
			ce, err2 := strconv.Atoi(strings.TrimSpace(t.End))
			if err1 != nil || err2 != nil || cs < 0 || ce < cs || ce >= len(idx) {
				continue
			}
			tp := Toponym{Start: idx[cs], End: idx[ce], Text: text, Type: t.Type}
			if art.Text[tp.Start:tp.End] != text {
				// Some TR-News offsets are shifted by a character or two:
				// take the nearest occurrence of the phrase.
				s, ok := nearest(art.Text, text, tp.Start)
				if !ok {
					continue
				}
				tp.Start, tp.End = s, s+len(text)
			}
			id, lat, lon := t.GeonameID, t.Lat, t.Lon
			if t.Gaztag != nil {
				id, lat, lon = t.Gaztag.ID, t.Gaztag.Lat, t.Gaztag.Lon
			}
			tp.GeonameID, _ = strconv.Atoi(strings.TrimSpace(id))
			la, e1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
			lo, e2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
			if e1 == nil && e2 == nil {
				tp.Lat, tp.Lon, tp.Located = la, lo, true
			}
			art.Toponyms = append(art.Toponyms, tp)
		}
		out = append(out, art)
	}
	return out, nil
}

// runeOffsets maps code point offsets to byte offsets (one entry past the
// end).
func runeOffsets(s string) []int {
	idx := make([]int, 0, len(s)+1)
	for i := range s {
		idx = append(idx, i)
	}
	return append(idx, len(s))
}

// nearest finds the occurrence of sub closest to byte offset near, within
// 40 code points.
func nearest(s, sub string, near int) (int, bool) {
	best, bestD := -1, 1<<30
	lo := near - 160
	if lo < 0 {
		lo = 0
	}
	for i := lo; i < len(s) && i <= near+160; i++ {
		if !utf8.RuneStart(s[i]) || !strings.HasPrefix(s[i:], sub) {
			continue
		}
		d := i - near
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	return best, best >= 0
}
