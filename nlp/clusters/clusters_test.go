package clusters

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello, world.", "Hello , world ."},
		{`He said "no" (twice).`, `He said " no " ( twice ) .`},
		{"The U.S. isn't here.", "The U.S. is n't here ."},
		{"John's well-known pro-democracy stance", "John 's well-known pro-democracy stance"},
		{"J. Smith", "J. Smith"},
	}
	for _, tc := range tests {
		got := strings.Join(Tokenize(tc.in, nil), " ")
		if got != tc.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTrainSeparatesDistributions(t *testing.T) {
	c := NewCorpus()
	subj := []string{"cats", "dogs", "birds", "fish"}
	verb := []string{"eat", "see", "like", "chase"}
	for i := 0; i < 200; i++ {
		c.Add([]string{"the", subj[i%4], verb[(i/4)%4], "the", subj[(i/16)%4], "."})
	}
	es := Train(c, Options{Classes: 5, MinCount: 1, Iters: 10})
	bits := map[string]string{}
	for _, e := range es {
		bits[e.Word] = e.Bits
	}
	for _, n := range subj {
		for _, v := range verb {
			if bits[n] == bits[v] {
				t.Errorf("noun %s and verb %s share cluster %s", n, v, bits[n])
			}
		}
	}
	for _, w := range []string{"the", "cats", "eat", "."} {
		if bits[w] == "" {
			t.Errorf("%s has no bit string", w)
		}
	}
}

func TestWriteRead(t *testing.T) {
	es := []Entry{{"Paris", "0101", 9}, {"paris", "0111", 2}, {"the", "1", 100}}
	var buf bytes.Buffer
	if err := Write(&buf, es); err != nil {
		t.Fatal(err)
	}
	m, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ word, want string }{
		{"Paris", "0101"}, {"paris", "0111"}, {"PARIS", "0101"}, {"The", "1"}, {"nowhere", ""},
	}
	for _, tc := range tests {
		got, _ := m.LookupFold(tc.word, nil)
		if got != tc.want {
			t.Errorf("LookupFold(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
	if m.Count("the") != 100 || m.Count("nowhere") != 0 {
		t.Errorf("Count(the) = %d", m.Count("the"))
	}
	if m.Len() != 3 {
		t.Errorf("Len = %d", m.Len())
	}
}

func TestDefaultLoads(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() < 10000 {
		t.Errorf("shipped clusters hold only %d words", m.Len())
	}
	if !reflect.DeepEqual(m.Lookup("the") != "", true) {
		t.Errorf("no cluster for 'the'")
	}
}

// TestTableMatchesMaps checks the shipped clusters' index against Go maps
// filled as the format describes, for every word and its case variants.
func TestTableMatchesMaps(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(shipped))
	if err != nil {
		t.Fatal(err)
	}
	exact, fold, count := map[string]string{}, map[string]string{}, map[string]int{}
	var words []string
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		exact[f[0]] = f[1]
		count[f[0]], _ = strconv.Atoi(f[2])
		if low := strings.ToLower(f[0]); fold[low] == "" {
			fold[low] = f[1]
		}
		words = append(words, f[0])
	}
	if m.Len() != len(exact) {
		t.Errorf("Len = %d, want %d", m.Len(), len(exact))
	}
	var buf []byte
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToLower(w), strings.Title(w), w + "x", "Q" + w} {
			want, ok := exact[v]
			if !ok {
				want = fold[string(appendLower(nil, v))]
			}
			var got string
			if got, buf = m.LookupFold(v, buf); got != want {
				t.Fatalf("LookupFold(%q) = %q, want %q", v, got, want)
			}
			if got := m.Lookup(v); got != exact[v] {
				t.Fatalf("Lookup(%q) = %q, want %q", v, got, exact[v])
			}
			if got := m.Count(v); got != count[v] {
				t.Fatalf("Count(%q) = %d, want %d", v, got, count[v])
			}
		}
	}
}

// TestReadEdgeCases covers duplicate words (the last line's bit string and
// count win, the first form keeps the fallback), empty bit strings and
// growing the index.
func TestReadEdgeCases(t *testing.T) {
	var in strings.Builder
	in.WriteString("Foo\t01\t5\nfoo\t10\t3\nFoo\t11\nBar\t\t2\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&in, "W%d\t%b\t1\n", i, i)
	}
	m, err := Read(strings.NewReader(in.String()))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w, exact, fold string
		count          int
	}{
		{"Foo", "11", "11", 5}, {"foo", "10", "10", 3}, {"FOO", "", "01", 0},
		{"Bar", "", "", 2}, {"bar", "", "", 0}, {"w4999", "", "1001110000111", 0}, {"W17", "10001", "10001", 1},
	} {
		got, _ := m.LookupFold(tc.w, nil)
		if got != tc.fold || m.Lookup(tc.w) != tc.exact || m.Count(tc.w) != tc.count {
			t.Errorf("%q: LookupFold %q Lookup %q Count %d, want %q %q %d", tc.w, got, m.Lookup(tc.w), m.Count(tc.w), tc.fold, tc.exact, tc.count)
		}
	}
	if m.Len() != 5003 {
		t.Errorf("Len = %d, want 5003", m.Len())
	}
}

// BenchmarkLookupFold looks up a mix of frequent words, capitalised forms
// and unknown words.
func BenchmarkLookupFold(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields(`The Reuters report said on Tuesday that prices of crude oil
		rose 3.5 percent in New York , while the OPEC ministers met in Vienna to discuss
		quotas ; analysts at Goldman Sachs expected a Qzxv rebound before FRIDAY .`)
	var buf []byte
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			_, buf = m.LookupFold(w, buf)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}
