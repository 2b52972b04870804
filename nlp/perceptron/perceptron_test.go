package perceptron

import (
	"bytes"
	"testing"
)

func TestLearnSaveLoad(t *testing.T) {
	m := New([]string{"A", "B"})
	data := []struct {
		f []uint64
		y int
	}{
		{[]uint64{Hash("x"), Hash("bias")}, 0},
		{[]uint64{Hash("y"), Hash("bias")}, 1},
	}
	for it := 0; it < 5; it++ {
		for _, d := range data {
			m.Tick()
			m.Update(d.y, m.Predict(d.f, nil), d.f)
		}
	}
	m.Freeze(0)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range data {
		if got := m2.Predict(d.f, nil); got != d.y {
			t.Errorf("predict %v = %d, want %d", d.f, got, d.y)
		}
	}
}

func TestHasherDistinguishesTemplates(t *testing.T) {
	if NewHasher(1).Str("a").Sum() == NewHasher(2).Str("a").Sum() {
		t.Fatal("templates collide")
	}
}
