package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dateline-cli")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "dateline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		panic("build: " + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the binary and returns stdout, stderr and the exit status.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

const good = "Police in Lagos arrested dozens of protesters on Tuesday, witnesses said.\n"

// badInputs writes one good article and one of each kind of bad input.
func badInputs(t *testing.T) (dir string, bad map[string]string) {
	dir = t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a-good.txt", []byte(good))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(good, 200)))
	zw.Close()
	big := bytes.Repeat([]byte("The minister said the talks would resume. "), 50<<20/42+1)
	bad = map[string]string{
		write("empty.txt", nil): "empty",
		write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3}): "binary",
		write("huge.txt", big):                             "too large",
		write("truncated.txt.gz", gz.Bytes()[:gz.Len()/2]): "truncated",
		write("broken.jsonl", []byte(`{"id":"ok1","text":"The army denied the allegation on Wednesday."}`+"\n{\"id\": \"x\", \"text\": \n")): "broken.jsonl:2",
	}
	// odd but valid: invalid UTF-8 and malformed HTML still give results
	write("latin1.txt", []byte("The minister visited Caf\xe9 Central in Paris on Monday.\n"))
	write("malformed.html", []byte("<html><body><p>Police in Lagos arrested dozens of protesters on Tuesday after thousands marched against police brutality, witnesses said. The army denied the allegation.<div><p>Unclosed <b>tags everywhere"))
	return dir, bad
}

func TestExtractBadInputs(t *testing.T) {
	dir, bad := badInputs(t)
	out, errs, code := run(t, "", "extract", "--format", "jsonl", dir)
	if code != 1 {
		t.Errorf("exit status %d, want 1; stderr:\n%s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != len(bad) {
		t.Errorf("got %d error lines, want %d:\n%s", len(lines), len(bad), errs)
	}
	for path, reason := range bad {
		if !strings.Contains(errs, filepath.Base(path)) || !strings.Contains(errs, reason) {
			t.Errorf("no error line naming %s with %q:\n%s", filepath.Base(path), reason, errs)
		}
	}
	if strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine") {
		t.Errorf("panic on bad input:\n%s", errs)
	}
	// the good article, the good JSONL line, the odd-but-valid inputs
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct{ Article struct{ ID, Text string } }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		ids = append(ids, r.Article.ID)
	}
	if len(ids) != 4 {
		t.Errorf("got %d results, want 4 (good txt, good jsonl line, latin1, malformed html): %v", len(ids), ids)
	}
}

func TestIngestBadInputsLeaveNothingHalfWritten(t *testing.T) {
	dir, _ := badInputs(t)
	db := filepath.Join(t.TempDir(), "t.db")
	_, errs, code := run(t, "", "--db", db, "ingest", "-q", dir)
	if code != 1 {
		t.Errorf("ingest exit %d, want 1:\n%s", code, errs)
	}
	if !strings.Contains(errs, "4 articles added") {
		t.Errorf("summary: %s", errs)
	}
	// re-ingesting adds nothing
	_, errs, _ = run(t, "", "--db", db, "ingest", "-q", dir)
	if !strings.Contains(errs, "0 articles added (4 already stored)") {
		t.Errorf("re-ingest summary: %s", errs)
	}
	out, errs, code := run(t, "", "--db", db, "entities", "--format", "json", "--type", "GPE")
	if code != 0 || !strings.Contains(out, "Lagos") {
		t.Errorf("entities after ingest: exit %d\n%s\n%s", code, out, errs)
	}
}

func TestExtractSingleObjectAndArray(t *testing.T) {
	out, _, code := run(t, good, "extract", "--date", "2020-10-21", "-")
	if code != 0 || !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Fatalf("one input should print one object (exit %d):\n%s", code, out)
	}
	var r struct{ Article struct{ Published string } }
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Article.Published != "2020-10-21" {
		t.Errorf("published = %q (%v), want the --date", r.Article.Published, err)
	}
	out, _, _ = run(t, "", "extract", filepath.Join("..", "..", "examples"))
	var arr []json.RawMessage
	if err := json.Unmarshal([]byte(out), &arr); err != nil || len(arr) < 4 {
		t.Errorf("several inputs should print an array: %v (%d)", err, len(arr))
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"extract", "--format", "xml", "-"}, {"extract", "--date", "yesterday", "-"}, {"nosuch"}} {
		_, errs, code := run(t, good, args...)
		if code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
}
