package geoeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/names"
	"github.com/dateline-news/dateline/nlp/ner"
	"github.com/dateline-news/dateline/pipeline"
	"github.com/dateline-news/dateline/segment"
)

// TestDumpErrors writes the resolution errors of both corpora, on gold
// spans (NAME.errors.tsv) and end to end with the pipeline's recognisers
// (NAME.e2e.tsv), to the directory named by GEOEVAL_DUMP (e.g. GEOEVAL_DUMP=/tmp go test
// -run DumpErrors ./geoeval), for error analysis. It skips otherwise.
func TestDumpErrors(t *testing.T) {
	dir := os.Getenv("GEOEVAL_DUMP")
	if dir == "" {
		t.Skip("set GEOEVAL_DUMP to a directory to write the error dumps")
	}
	for _, file := range []string{"GWN.xml", "TR-News.xml"} {
		path := filepath.Join(dataDir, file)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("%s not present: %v", path, err)
		}
		arts, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, strings.TrimSuffix(file, ".xml")+".errors.tsv")
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteErrors(f, EvaluateGold(arts), 161); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		out = filepath.Join(dir, strings.TrimSuffix(file, ".xml")+".e2e.tsv")
		if f, err = os.Create(out); err != nil {
			t.Fatal(err)
		}
		if err := WriteErrors(f, Evaluate(arts, pipelineAnnotator(t)), 161); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote the dumps of %s", file)
	}
}

func TestWriteErrors(t *testing.T) {
	s := score(2, []Error{
		{Article: "1", Gold: Toponym{Text: "Paris", Lat: 48.85, Lon: 2.35}, Km: 7000, Context: "in [Paris]\n"},
		{Article: "1", Gold: Toponym{Text: "Sochi"}, Km: 3},
	})
	var b strings.Builder
	if err := WriteErrors(&b, s, 161); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "Paris") || strings.Contains(lines[1], "Sochi") {
		t.Errorf("dump = %q, want the header and the Paris line only", b.String())
	}
}

// pipelineAnnotator recognises names as `dateline eval geo` does: the
// segmenter, the statistical NER and the rule-based names stage.
func pipelineAnnotator(t *testing.T) Annotator {
	stages := []doc.Stage{segment.New()}
	if rec, err := ner.Default(); err == nil {
		stages = append(stages, rec)
	} else {
		t.Logf("NER model not loaded: %v", err)
	}
	p := pipeline.New(append(stages, names.New())...)
	return func(text string) *doc.Doc {
		d, err := p.Doc(pipeline.Input{Article: dateline.Article{Text: text}, Verbatim: true})
		if err != nil || d == nil {
			return doc.New(dateline.Article{Text: text}, time.Time{})
		}
		return d
	}
}
