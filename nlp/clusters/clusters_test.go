package clusters

import (
	"bytes"
	"reflect"
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
