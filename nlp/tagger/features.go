package tagger

import "github.com/dateline-news/dateline/nlp/perceptron"

// word holds what the features need to know about one token, computed
// once per sentence.
type word struct {
	form  uint64    // hash of the exact form (tag dictionary key)
	low   uint64    // hash of the lower-cased form
	pre   [3]uint64 // hashes of lower-cased prefixes of 1..3 bytes
	suf   [4]uint64 // hashes of lower-cased suffixes of 1..4 bytes
	shape uint64    // hash of the collapsed word shape (Xx, d.d, ...)
	flags uint64    // capitalisation, digits, hyphen bits
	clu   [4]uint64 // hashes of the word cluster's bit-string prefixes (4, 6, 10 bits, all)
}

// cluPrefixes are the bit-string prefix lengths of the cluster features
// (the last is "all").
var cluPrefixes = [4]int{4, 6, 10, 64}

const (
	flagUpper  = 1 << iota // first byte is an upper-case letter
	flagAllCap             // all letters upper-case, at least two
	flagDigit              // contains a digit
	flagHyphen             // contains a hyphen inside
	flagFirst              // first word of the sentence
)

// Padding words before the start and after the end of a sentence.
var (
	padStart = padWord("<S>")
	padEnd   = padWord("</S>")
)

func padWord(s string) word {
	h := perceptron.NewHasher(0).Str(s).Sum()
	w := word{form: h, low: h, shape: h}
	for i := range w.clu {
		w.clu[i] = h
	}
	for i := range w.pre {
		w.pre[i] = h
	}
	for i := range w.suf {
		w.suf[i] = h
	}
	return w
}

// normalize maps typographic quotes and apostrophes to their ASCII forms,
// as in the treebank. It allocates only when the text has such a quote.
func normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201B', '\u2032':
			b = append(b, '\'')
		case '\u201C', '\u201D', '\u201E', '\u2033':
			b = append(b, '"')
		case '\u2013', '\u2014':
			b = append(b, '-', '-')
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

// hashBytes hashes b with FNV-1a under a template byte.
func hashBytes(t byte, b []byte) uint64 {
	h := perceptron.NewHasher(t)
	for _, c := range b {
		h = h.Byte(c)
	}
	return h.Sum()
}

// makeWord computes the word record of a (normalised) form; low is a
// scratch buffer that it returns for reuse.
func makeWord(form string, low []byte) (word, []byte) {
	var w word
	low = low[:0]
	upper, lower, allCap := 0, 0, true
	var shape perceptron.Hasher = perceptron.NewHasher(9)
	var last byte
	for i := 0; i < len(form); i++ {
		c := form[i]
		var cls byte
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
			cls = 'X'
			low = append(low, c+32)
		case c >= 'a' && c <= 'z':
			lower++
			allCap = false
			cls = 'x'
			low = append(low, c)
		case c >= '0' && c <= '9':
			w.flags |= flagDigit
			cls = 'd'
			low = append(low, c)
		default:
			if c == '-' && i > 0 {
				w.flags |= flagHyphen
			}
			cls = c
			if c >= 0x80 {
				cls = 'u'
			}
			low = append(low, c)
		}
		if cls != last {
			shape = shape.Byte(cls)
			last = cls
		}
	}
	if len(form) > 0 && form[0] >= 'A' && form[0] <= 'Z' {
		w.flags |= flagUpper
	}
	if allCap && upper >= 2 {
		w.flags |= flagAllCap
	}
	w.form = perceptron.NewHasher(1).Str(form).Sum()
	w.low = hashBytes(2, low)
	for k := range w.pre {
		n := min(k+1, len(low))
		w.pre[k] = hashBytes(byte(3+k), low[:n])
	}
	for k := range w.suf {
		n := min(k+1, len(low))
		w.suf[k] = hashBytes(byte(6+k), low[len(low)-n:])
	}
	w.shape = shape.Sum()
	return w, low
}

// mix combines a feature key with one more value.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// key starts a feature key for template t.
func key(t uint64) uint64 { return mix(0x51ED270B27E1A3C5, t) }

// features appends the feature keys for the word at position i of ws,
// which is padded with two words on each side (the sentence's words are
// ws[2:len(ws)-2]); p1 and p2 are the tags predicted for the two previous
// words (len(classes) and len(classes)+1 stand for the start padding).
func features(fs []uint64, ws []word, i int, p1, p2 uint64) []uint64 {
	w := &ws[i]
	l1, l2, r1, r2 := &ws[i-1], &ws[i-2], &ws[i+1], &ws[i+2]
	p12 := mix(p1, p2)
	fs = append(fs,
		key(0),
		mix(key(1), w.low),
		mix(key(2), w.form),
		mix(key(3), w.suf[0]),
		mix(key(4), w.suf[1]),
		mix(key(5), w.suf[2]),
		mix(key(6), w.suf[3]),
		mix(key(7), w.pre[0]),
		mix(key(8), w.pre[1]),
		mix(key(9), w.pre[2]),
		mix(key(10), w.shape),
		mix(key(11), w.flags),
		mix(key(12), p1),
		mix(key(13), p2),
		mix(key(14), p12),
		mix(mix(key(15), p1), w.low),
		mix(key(16), l1.low),
		mix(key(17), l1.suf[2]),
		mix(key(18), l2.low),
		mix(key(19), r1.low),
		mix(key(20), r1.suf[2]),
		mix(key(21), r2.low),
		mix(key(22), r1.shape),
		mix(key(23), l1.shape),
		mix(mix(key(24), l1.low), w.low),
		mix(mix(key(25), w.low), r1.low),
		mix(mix(key(26), p1), r1.low),
		mix(mix(key(27), p1), w.suf[2]),
		mix(mix(key(28), l1.low), r1.low),
		mix(key(29), r2.suf[2]),
		mix(mix(key(30), w.shape), r1.shape),
		mix(mix(key(31), p1), w.shape),
		mix(key(32), r1.suf[1]),
		mix(mix(key(33), r1.low), r2.low),
		// word clusters
		mix(key(34), w.clu[0]),
		mix(key(35), w.clu[1]),
		mix(key(36), w.clu[2]),
		mix(key(37), w.clu[3]),
		mix(key(38), l1.clu[1]),
		mix(key(39), l1.clu[3]),
		mix(key(40), r1.clu[1]),
		mix(key(41), r1.clu[3]),
		mix(key(42), r2.clu[3]),
		mix(mix(key(43), p1), w.clu[3]),
		mix(mix(key(44), w.clu[3]), r1.clu[3]),
		mix(mix(key(51), p12), w.low),
		mix(mix(key(53), w.low), r1.suf[2]),
	)
	return fs
}
