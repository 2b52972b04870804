package geoeval

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sample is a made-up article in the GeoWebNews format.
const sample = `<?xml version="1.0" ?>
<articles>
	<article file="7">
		<title>Test</title>
		<text>Talks in Sochi ended. Café owners in Paris agreed.</text>
		<toponyms>
			<toponym>
				<extractedName>Sochi</extractedName>
				<type>Literal</type>
				<start>9</start>
				<end>14</end>
				<geonamesID>491422</geonamesID>
				<latitude>43.59917</latitude>
				<longitude>39.72569</longitude>
			</toponym>
			<toponym>
				<extractedName>Paris</extractedName>
				<type>Literal</type>
				<start>44</start>
				<end>49</end>
				<geonamesID>2988507</geonamesID>
				<latitude>48.85341</latitude>
				<longitude>2.3488</longitude>
			</toponym>
			<toponym>
				<extractedName>owners</extractedName>
				<type>Non_Toponym</type>
				<start>27</start>
				<end>33</end>
			</toponym>
		</toponyms>
	</article>
</articles>`

func TestReadAndScore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sample.xml")
	if err := os.WriteFile(path, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Toponyms) != 3 {
		t.Fatalf("read %+v", arts)
	}
	// code point offsets become byte offsets: "Café" has a two-byte é
	if p := arts[0].Toponyms[1]; arts[0].Text[p.Start:p.End] != "Paris" || !p.Located {
		t.Fatalf("Paris toponym = %+v", p)
	}
	tests := []struct {
		name    string
		s       Scores
		recall  float64
		correct int
	}{
		{"gold spans", EvaluateGold(arts), 1, 2},
		{"capitalised", Evaluate(arts, Capitalised), 1, 2},
	}
	for _, tt := range tests {
		if tt.s.Gold != 2 || tt.s.Recall != tt.recall || tt.s.Within161 != tt.correct {
			t.Errorf("%s: %+v", tt.name, tt.s)
		}
	}
}

func TestAUC(t *testing.T) {
	tests := []struct {
		km   []float64
		want float64
	}{
		{[]float64{0, 0, 0}, 0},
		{[]float64{MaxErrorKm, MaxErrorKm}, math.Log(1+MaxErrorKm) / math.Log(MaxErrorKm)},
		{[]float64{0, MaxErrorKm}, math.Log(1+MaxErrorKm) / math.Log(MaxErrorKm) / 2},
	}
	for _, tt := range tests {
		if got := AUC(tt.km); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("AUC(%v) = %v, want %v", tt.km, got, tt.want)
		}
	}
}

func TestCapitalised(t *testing.T) {
	d := Capitalised("Russian troops left Sochi for the Black Sea coast near Novorossiysk.")
	var got []string
	for _, s := range d.Spans {
		got = append(got, s.Label+":"+d.Text[s.Start:s.End])
	}
	want := "NORP:Russian GPE:Sochi GPE:Black Sea GPE:Novorossiysk"
	if strings.Join(got, " ") != want {
		t.Errorf("spans = %v, want %s", got, want)
	}
}
