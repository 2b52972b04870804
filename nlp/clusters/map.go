// Package clusters holds Dateline's word clusters: a hierarchical
// clustering of words (exchange clustering followed by agglomerative
// merging of the classes, in the spirit of Brown et al. 1992) learned from
// unlabeled news text, written as one "word<TAB>bitstring" line per word.
// Prefixes of a word's bit string name ever coarser clusters; the entity
// recognizer uses them as features. Default returns the shipped clusters;
// Train reproduces them.
package clusters

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sync"
)

// Map assigns bit strings to words.
type Map struct{ t *table }

// Count returns how often the word occurred in the text the clusters were
// learned from (0 when unknown or not recorded).
func (m *Map) Count(w string) int {
	if s := m.t.find(w); s != nil && s.exact != 0 {
		return int(s.count)
	}
	return 0
}

// Len returns the number of words in the map.
func (m *Map) Len() int { return m.t.words }

// Lookup returns the bit string of the word, or "" when it has none.
func (m *Map) Lookup(w string) string {
	if s := m.t.find(w); s != nil {
		return m.t.str(s.exact)
	}
	return ""
}

// LookupFold returns the bit string of the word, falling back to its
// lower-cased form (so that "REUTERS" finds "Reuters"). buf is scratch
// space and may be nil; the returned buffer can be passed to the next call.
func (m *Map) LookupFold(w string, buf []byte) (string, []byte) {
	s := m.t.find(w)
	if s != nil && s.exact != 0 {
		return m.t.str(s.exact), buf
	}
	if !hasUpper(w) {
		// w is its own lower-cased form: its slot holds the fallback too
		if s == nil {
			return "", buf
		}
		return m.t.str(s.fold), buf
	}
	buf = appendLower(buf[:0], w)
	if s = m.t.find(string(buf)); s != nil {
		return m.t.str(s.fold), buf
	}
	return "", buf
}

// hasUpper reports whether w has an ASCII capital, the only bytes
// appendLower changes.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

func appendLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		buf = append(buf, c)
	}
	return buf
}

// atoi parses a non-negative decimal number; anything else gives 0.
func atoi(b []byte) int {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// Read reads "word<TAB>bitstring[<TAB>count]" lines, gzipped or not. Lines
// are expected in descending frequency order: the first form of each
// lower-cased word is the one LookupFold falls back to.
func Read(r io.Reader) (*Map, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		br = bufio.NewReader(zr)
	}
	t := newTable(1 << 16)
	bitsIdx := map[string]uint32{} // bit string -> 1 + index in t.bits
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	var low []byte
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		tab := bytes.IndexByte(line, '\t')
		if tab < 0 {
			return nil, fmt.Errorf("clusters: line %d: want word<TAB>bits", n)
		}
		rest := line[tab+1:]
		var cnt []byte
		if t2 := bytes.IndexByte(rest, '\t'); t2 >= 0 {
			rest, cnt = rest[:t2], rest[t2+1:]
		}
		bits, ok := bitsIdx[string(rest)]
		if !ok {
			t.bits = append(t.bits, string(rest))
			bits = uint32(len(t.bits))
			bitsIdx[string(rest)] = bits
		}
		w := line[:tab]
		s := t.insert(string(w))
		if s.exact == 0 {
			t.words++
		}
		s.exact = bits
		if c := atoi(cnt); c > 0 {
			s.count = int32(c)
		}
		low = appendLower(low[:0], string(w))
		if s = t.insert(string(low)); s.fold == 0 {
			s.fold = bits
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return &Map{t}, nil
}

//go:embed clusters.txt.gz
var shipped []byte

var (
	defOnce sync.Once
	defMap  *Map
	defErr  error
)

// Default returns the shipped clusters, loading them on first use.
func Default() (*Map, error) {
	defOnce.Do(func() {
		defMap, defErr = Read(bytes.NewReader(shipped))
	})
	return defMap, defErr
}
