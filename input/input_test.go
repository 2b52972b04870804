package input

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Zipped article text about a meeting in Sochi.\n"))
	zw.Close()
	write("a.txt", "An article about talks in Geneva.\n")
	write("b.jsonl", `{"id":"x1","published":"2020-01-02","text":"  Kept  verbatim.  "}`+"\n"+`{"id":"x2","html":"<html><body><article><p>Police in Lagos arrested dozens of protesters on Tuesday after thousands marched, witnesses said.</p></article></body></html>"}`+"\n")
	write("c.txt.gz", gz.String())
	write(".hidden.txt", "skipped")
	write("notes.md", "skipped: unknown extension")
	var got []Item
	Read([]string{dir}, Options{}, func(it Item) bool { got = append(got, it); return true })
	if len(got) != 4 {
		t.Fatalf("read %d items, want 4: %+v", len(got), got)
	}
	if got[1].Article.ID != "x1" || got[1].Article.Text != "  Kept  verbatim.  " || !got[1].Verbatim || got[1].Published.Format("2006-01-02") != "2020-01-02" {
		t.Errorf("jsonl text record: %+v", got[1])
	}
	if got[2].Err != nil || !strings.Contains(got[2].Article.Text, "Lagos") {
		t.Errorf("jsonl html record: %+v", got[2])
	}
	if !strings.Contains(got[3].Article.Text, "Zipped") {
		t.Errorf("gzip: %+v", got[3])
	}
}

func TestReadErrorsNameTheFile(t *testing.T) {
	var got []Item
	Read([]string{"/no/such/file.txt"}, Options{}, func(it Item) bool { got = append(got, it); return true })
	if len(got) != 1 || got[0].Err == nil || !strings.HasPrefix(got[0].Err.Error(), "/no/such/file.txt: ") {
		t.Fatalf("got %+v", got)
	}
}

// TestJSONLSizeLimitPerRecord checks that the size limit applies to each
// JSON Lines record, not to the whole file: a file larger than the limit
// reads, and an oversized record is refused alone, named by its line.
func TestJSONLSizeLimitPerRecord(t *testing.T) {
	rec := `{"id":"r","text":"` + strings.Repeat("word ", 40) + `"}` + "\n"
	big := `{"id":"big","text":"` + strings.Repeat("x", 3000) + `"}` + "\n"
	tests := []struct {
		name   string
		data   string
		ok     int
		failed []string
	}{
		{"many small records over the limit", strings.Repeat(rec, 50), 50, nil},
		{"one oversized record", rec + big + rec, 2, []string{"f.jsonl:2: too large"}},
		{"blank lines only", "\n\n  \n", 0, []string{"f.jsonl: empty input"}},
		{"last line without newline", rec + strings.TrimSuffix(rec, "\n"), 2, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ok int
			var failed []string
			readStream("f.jsonl", "jsonl", strings.NewReader(tc.data), Options{MaxBytes: 1024}, func(it Item) bool {
				if it.Err != nil {
					failed = append(failed, it.Err.Error())
				} else {
					ok++
				}
				return true
			})
			if ok != tc.ok || len(failed) != len(tc.failed) {
				t.Fatalf("%d read, failures %q; want %d and %q", ok, failed, tc.ok, tc.failed)
			}
			for i, f := range tc.failed {
				if !strings.HasPrefix(failed[i], f) {
					t.Errorf("failure %q, want prefix %q", failed[i], f)
				}
			}
		})
	}
}
