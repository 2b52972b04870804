package ner

import (
	"bytes"
	"math/rand"
	"testing"
)

// TestGazMap checks gazMap against a Go map, key 0 and growth included.
func TestGazMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	m, want := newGazMap(0), map[uint64]uint8{}
	keys := []uint64{0, 1, 1 << 63}
	for i := 0; i < 5000; i++ {
		keys = append(keys, rng.Uint64())
	}
	for i, k := range keys {
		if i%7 == 0 {
			m.set(k, 0) // a prefix entry, later overwritten by some
			want[k] = 0
		}
		if i%3 != 0 {
			m.set(k, uint8(i))
			want[k] = uint8(i)
		}
	}
	if m.len() != len(want) {
		t.Fatalf("len %d, want %d", m.len(), len(want))
	}
	probe := append(keys, 2, 3, 1<<62)
	var vals [gazBatch]uint8
	var oks [gazBatch]bool
	for i, k := range probe {
		v, ok := m.get(k)
		if wv, wok := want[k]; v != wv || ok != wok {
			t.Fatalf("get(%#x) = %d %v, want %d %v", k, v, ok, wv, wok)
		}
		if i%gazBatch == 0 {
			batch := probe[i:min(i+gazBatch, len(probe))]
			m.getAll(batch, &vals, &oks)
			for j, k := range batch {
				if wv, wok := want[k]; vals[j] != wv || oks[j] != wok {
					t.Fatalf("getAll: %#x = %d %v, want %d %v", k, vals[j], oks[j], wv, wok)
				}
			}
		}
	}
	n := 0
	m.each(func(k uint64, v uint8) {
		n++
		if wv, ok := want[k]; !ok || wv != v {
			t.Fatalf("each: %#x = %d", k, v)
		}
	})
	if n != len(want) {
		t.Fatalf("each visited %d keys, want %d", n, len(want))
	}
}

// TestGazetteerRoundTrip reads the embedded gazetteers and writes them
// back byte for byte.
func TestGazetteerRoundTrip(t *testing.T) {
	for _, base := range []string{"ontonotes", "conll"} {
		in, err := modelFS.ReadFile("models/" + base + ".gaz.gz")
		if err != nil {
			t.Fatal(err)
		}
		gs, err := readGazetteers(bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := writeGazetteers(&out, gs); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), in) {
			t.Errorf("%s: gazetteers written back differ from the file read", base)
		}
	}
}
