// Package input reads articles from files, directories and standard input:
// plain text, saved web pages (main text and metadata through
// go-trafilatura, publication date through go-htmldate), JSON Lines, RSS and
// Atom feeds (gofeed), each optionally gzipped. It sits at the edge of the
// pipeline: it turns bytes into dateline.Articles and reports, per input,
// a one-line error naming the file and the reason.
package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
)

// Item is one article read from an input, or the error that prevented it.
type Item struct {
	Path      string           // the file, with ":LINE" for a JSON Lines record
	Article   dateline.Article // Text is set; other fields where the input has them
	Published time.Time        // zero when the input carries no date
	Verbatim  bool             // the text was given by the caller and must be kept byte for byte
	Err       error            // non-nil when the input could not be read or parsed
}

// Options control reading.
type Options struct {
	// MaxBytes is the largest input (after decompression) accepted; 0 means 16 MiB.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Error is a failed input: the file and the reason.
type Error struct {
	Path   string
	Reason string
}

func (e *Error) Error() string { return e.Path + ": " + e.Reason }

func fail(path, format string, args ...any) Item {
	return Item{Path: path, Err: &Error{Path: path, Reason: fmt.Sprintf(format, args...)}}
}

// Read reads every path in order (directories recursively, in lexical
// order, skipping hidden files and files of unknown type) and calls emit for
// each article or failed input. It stops early only if emit returns false.
func Read(paths []string, opts Options, emit func(Item) bool) {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 16 << 20
	}
	for _, p := range paths {
		if p == "-" {
			in := opts.Stdin
			if in == nil {
				in = os.Stdin
			}
			if !readStream("-", "", in, opts, emit) {
				return
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if !emit(fail(p, "%s", reason(err))) {
				return
			}
			continue
		}
		if !st.IsDir() {
			if !readFile(p, opts, emit) {
				return
			}
			continue
		}
		stop := false
		filepath.WalkDir(p, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				if !emit(fail(path, "%s", reason(err))) {
					stop = true
					return filepath.SkipAll
				}
				return nil
			}
			name := de.Name()
			if strings.HasPrefix(name, ".") && path != p {
				if de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if de.IsDir() || kindOf(name) == "" {
				return nil
			}
			if !readFile(path, opts, emit) {
				stop = true
				return filepath.SkipAll
			}
			return nil
		})
		if stop {
			return
		}
	}
}

func readFile(path string, opts Options, emit func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(fail(path, "%s", reason(err)))
	}
	defer f.Close()
	kind := kindOf(filepath.Base(path))
	if kind == "" {
		kind = "sniff"
	}
	return readStream(path, kind, f, opts, emit)
}

// kindOf names the format of a file by its extension ("" when unknown).
func kindOf(name string) string {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch filepath.Ext(n) {
	case ".txt", ".text":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".rss", ".atom", ".xml":
		return "feed"
	}
	return ""
}

// sniffBytes is how much of an unnamed input is looked at to guess its
// format.
const sniffBytes = 4096

func readStream(path, kind string, r io.Reader, opts Options, emit func(Item) bool) bool {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(fail(path, "gzip: %s", reason(err)))
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	if kind == "" || kind == "sniff" {
		// JSON Lines are read a record at a time, whatever the file's size
		if head, _ := br.Peek(sniffBytes); len(bytes.TrimSpace(head)) > 0 {
			kind = sniff(head)
		}
	}
	if kind == "jsonl" {
		return readJSONL(path, br, opts.MaxBytes, emit)
	}
	data, err := io.ReadAll(io.LimitReader(br, opts.MaxBytes+1))
	if err != nil {
		return emit(fail(path, "%s", reason(err)))
	}
	if int64(len(data)) > opts.MaxBytes {
		return emit(fail(path, "too large: over %d MiB (raise --max-size)", opts.MaxBytes>>20))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return emit(fail(path, "empty input"))
	}
	if kind == "" || kind == "sniff" {
		kind = sniff(data)
	}
	switch kind {
	case "html":
		return emit(readHTML(path, data, ""))
	case "feed":
		return readFeed(path, data, emit)
	default:
		if isBinary(data) {
			return emit(fail(path, "binary data, not text"))
		}
		text := string(data)
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		return emit(Item{Path: path, Article: dateline.Article{ID: idFor(text), Text: text}})
	}
}

// sniff guesses the format of unnamed input.
func sniff(data []byte) string {
	t := bytes.TrimSpace(data)
	if len(t) > 512 {
		t = t[:512]
	}
	lt := bytes.ToLower(t)
	switch {
	case bytes.HasPrefix(t, []byte("{")):
		return "jsonl"
	case bytes.Contains(lt, []byte("<rss")) || bytes.Contains(lt, []byte("<feed")):
		return "feed"
	case bytes.HasPrefix(t, []byte("<")):
		return "html"
	}
	return "text"
}

// isBinary reports whether data looks like binary rather than text.
func isBinary(data []byte) bool {
	if len(data) > 8192 {
		data = data[:8192]
	}
	ctrl := 0
	for _, b := range data {
		if b == 0 {
			return true
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(data)
}

// idFor derives a stable article id from its text.
func idFor(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// reason shortens an OS error to its cause.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "truncated (unexpected end of data)"
	}
	return err.Error()
}
