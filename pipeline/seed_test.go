package pipeline_test

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/input"
	"github.com/dateline-news/dateline/pipeline"
)

// shared is where the project's reference data lives beside the checkout.
var shared = filepath.Join("..", "..", "shared")

// expected mirrors ../shared/seed/expected.json.
type expected struct {
	Input   string `json:"input"`
	Article struct {
		Published       string   `json:"published"`
		TextMustNotHave []string `json:"text_must_not_contain"`
	} `json:"article"`
	Entities []struct {
		NameContains string `json:"name_contains"`
		Type         string `json:"type"`
		ActorCode    string `json:"actor_code"`
		Geo          *struct {
			Lat, Lon, WithinKM float64
			Country            string
		} `json:"geo"`
	} `json:"entities"`
	Quotes []struct {
		TextContains   string `json:"text_contains"`
		SpeakerMatches string `json:"speaker_matches"`
	} `json:"quotes"`
	Events []struct {
		ID                    string   `json:"id"`
		Date                  string   `json:"date"`
		Event                 string   `json:"event"`
		Countries             []string `json:"countries"`
		ActorCountry          string   `json:"actor_country"`
		RecipientCountriesAny []string `json:"recipient_countries_any"`
		CameoPrefix           string   `json:"cameo_prefix"`
		Place                 *struct {
			Lat, Lon, WithinKM float64
		} `json:"place"`
	} `json:"events"`
	MaxEvents int `json:"max_events_dated_2017_11_20_or_later"`
}

func (e *expected) UnmarshalJSON(b []byte) error {
	type plain expected
	// within_km is snake case in the file
	b = []byte(strings.ReplaceAll(string(b), `"within_km"`, `"withinkm"`))
	return json.Unmarshal(b, (*plain)(e))
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dp, dl := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Pow(math.Sin(dp/2), 2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Pow(math.Sin(dl/2), 2)
	return 2 * 6371 * math.Asin(math.Sqrt(a))
}

// TestSeed checks the reference article against ../shared/seed/expected.json,
// item by item, as ../shared/tools/check-seed does.
func TestSeed(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(shared, "seed", "expected.json"))
	if err != nil {
		t.Skipf("../shared/seed not present (%v): skipping the seed check", err)
	}
	var exp expected
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	res := runFile(t, filepath.Join(shared, "seed", exp.Input))

	if res.Article.Published != exp.Article.Published {
		t.Errorf("published = %q, want %q", res.Article.Published, exp.Article.Published)
	}
	for _, s := range exp.Article.TextMustNotHave {
		if strings.Contains(res.Article.Text, s) {
			t.Errorf("article text still contains %q", s)
		}
	}
	for _, want := range exp.Entities {
		ok := false
		for _, e := range res.Entities {
			if !strings.Contains(e.Name, want.NameContains) || (want.Type != "" && e.Type != want.Type) {
				continue
			}
			if want.ActorCode != "" && (e.Actor == nil || e.Actor.Code != want.ActorCode) {
				continue
			}
			if g := want.Geo; g != nil && (e.Geo == nil || e.Geo.Country != g.Country || km(e.Geo.Lat, e.Geo.Lon, g.Lat, g.Lon) > g.WithinKM) {
				continue
			}
			ok = true
		}
		if !ok {
			t.Errorf("no entity like %+v", want)
		}
	}
	for _, want := range exp.Quotes {
		var q *dateline.Quote
		for _, c := range res.Quotes {
			if strings.Contains(c.Text, want.TextContains) {
				q = c
				break
			}
		}
		if q == nil {
			t.Errorf("quote %q not found", want.TextContains)
			continue
		}
		who := ""
		if q.Speaker != nil {
			who = q.Speaker.Name + " " + q.Speaker.Code
		}
		if !regexp.MustCompile(want.SpeakerMatches).MatchString(who) {
			t.Errorf("quote %q: speaker %q does not match %q", want.TextContains, who, want.SpeakerMatches)
		}
	}
	for _, want := range exp.Events {
		if !hasEvent(res, want.Date, want.Event, want.Countries, want.ActorCountry, want.RecipientCountriesAny, want.CameoPrefix, want.Place) {
			t.Errorf("event %s (%s %s) not found", want.ID, want.Event, want.Date)
		}
	}
	n := 0
	for _, e := range res.Events {
		if e.Date >= "2017-11-20" {
			n++
		}
	}
	if n > exp.MaxEvents {
		t.Errorf("%d events dated 2017-11-20 or later, want at most %d", n, exp.MaxEvents)
	}
}

func hasEvent(res *dateline.Result, date, typ string, countries []string, actorCountry string, recipAny []string, cameo string, place *struct{ Lat, Lon, WithinKM float64 }) bool {
	set := func(ps []dateline.EventActor) map[string]bool {
		m := map[string]bool{}
		for _, p := range ps {
			c := p.Country
			if c == "" && len(p.Code) >= 3 {
				c = p.Code[:3]
			}
			m[c] = true
		}
		return m
	}
	for _, e := range res.Events {
		if e.Event != typ || e.Date != date {
			continue
		}
		a, r := set(e.Actor), set(e.Recipient)
		ok := true
		for _, c := range countries {
			if !a[c] && !r[c] {
				ok = false
			}
		}
		if actorCountry != "" && !a[actorCountry] {
			ok = false
		}
		if len(recipAny) > 0 {
			any := false
			for _, c := range recipAny {
				any = any || r[c]
			}
			ok = ok && any
		}
		if cameo != "" && !strings.HasPrefix(e.Cameo, cameo) {
			ok = false
		}
		if place != nil && (e.EventLoc == nil || km(e.EventLoc.Lat, e.EventLoc.Lon, place.Lat, place.Lon) > place.WithinKM) {
			ok = false
		}
		if ok {
			return true
		}
	}
	return false
}

// runFile reads one input file and runs the default pipeline on it.
func runFile(t testing.TB, path string) *dateline.Result {
	t.Helper()
	p, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	var res *dateline.Result
	input.Read([]string{path}, input.Options{}, func(it input.Item) bool {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		res, err = p.Run(pipeline.Input{Article: it.Article, Published: it.Published, Verbatim: it.Verbatim})
		if err != nil {
			t.Fatal(err)
		}
		return false
	})
	if res == nil {
		t.Fatalf("%s: no article read", path)
	}
	return res
}
