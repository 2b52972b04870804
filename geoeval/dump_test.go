package geoeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDumpErrors writes the gold-span resolution errors of both corpora
// to the directory named by GEOEVAL_DUMP (e.g. GEOEVAL_DUMP=/tmp go test
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
		t.Logf("wrote %s", out)
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
