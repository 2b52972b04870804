package geoeval

import (
	"fmt"
	"io"
	"strings"
)

// WriteErrors writes one tab-separated line per toponym resolved farther
// than minKm from the gold point (every recognised one when minKm < 0):
// article, gold name, GeoWebNews type, gold GeoNames id and point, the
// predicted place (name, feature, country, id, point), the error in km and
// the text around the mention. It is a debugging aid for error analysis.
func WriteErrors(w io.Writer, s Scores, minKm float64) error {
	if _, err := fmt.Fprintln(w, "article\tgold\ttype\tgold_id\tgold_lat\tgold_lon\tgot\tgot_feature\tgot_country\tgot_id\tgot_lat\tgot_lon\tkm\tcontext"); err != nil {
		return err
	}
	for _, e := range s.Errors {
		if e.Km <= minKm {
			continue
		}
		got := "-\t-\t-\t0\t0\t0"
		if e.Got != nil {
			g := e.Got
			got = fmt.Sprintf("%s\t%s\t%s\t%d\t%.3f\t%.3f", g.Name, dash(g.Feature), dash(g.Country), g.GeonameID, g.Lat, g.Lon)
		}
		ctx := strings.NewReplacer("\n", " ", "\t", " ").Replace(e.Context)
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.3f\t%.3f\t%s\t%.0f\t%s\n", e.Article, e.Gold.Text, dash(e.Gold.Type),
			e.Gold.GeonameID, e.Gold.Lat, e.Gold.Lon, got, e.Km, ctx); err != nil {
			return err
		}
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
