package parser

// Sentinel values for absent positions.
const (
	noneWord  = 0x6e6f6e65
	noneTag   = 1<<16 - 1
	noneLabel = 1<<16 - 2
	waitLabel = 1<<16 - 3 // pending
	rootWord  = 0x726f6f74
)

// mix combines a feature key with one more value.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// key starts a feature key for template t.
func key(t uint64) uint64 { return mix(0x2545F4914F6CDD1D, t) }

func (s *state) w(i int32) uint64 {
	if i < 0 {
		return noneWord
	}
	return s.word[i]
}

func (s *state) p(i int32) uint64 {
	if i < 0 {
		return noneTag
	}
	return s.tag[i]
}

func (s *state) lab(i int32) uint64 {
	if i < 0 || s.label[i] < 0 {
		if i >= 0 && s.label[i] == pending {
			return waitLabel
		}
		return noneLabel
	}
	return uint64(s.label[i])
}

func (s *state) c(i int32) uint64 {
	if i < 0 {
		return noneWord
	}
	return s.clu[i]
}

func (s *state) c4(i int32) uint64 {
	if i < 0 {
		return noneWord
	}
	return s.clu4[i]
}

func set(xs []uint64, i int32) uint64 {
	if i < 0 {
		return noneWord
	}
	return xs[i]
}

func at(xs []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return xs[i]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d > 10 {
		d = 10
	}
	return uint64(d)
}

// features appends the feature keys of the state (after Zhang & Nivre
// 2011's arc-eager templates).
func (s *state) features(fs []uint64) []uint64 {
	s0 := s.top()
	s1 := int32(-1)
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	b := int32(s.b)
	n0, n1, n2 := b, int32(-1), int32(-1)
	if b+1 <= int32(s.n) {
		n1 = b + 1
	}
	if b+2 <= int32(s.n) {
		n2 = b + 2
	}
	s0h := at(s.head, s0)
	s0h2 := at(s.head, s0h)
	s0l, s0r := at(s.l1, s0), at(s.r1, s0)
	s0l2, s0r2 := at(s.l2, s0), at(s.r2, s0)
	n0l, n0l2 := at(s.l1, n0), at(s.l2, n0)

	s0w, s0p := s.w(s0), s.p(s0)
	n0w, n0p := s.w(n0), s.p(n0)
	n1w, n1p := s.w(n1), s.p(n1)
	n2w, n2p := s.w(n2), s.p(n2)
	s0wp := mix(s0w, s0p)
	n0wp := mix(n0w, n0p)
	d := dist(s0, n0)
	var s0vl, s0vr, n0vl uint64
	if s0 >= 0 {
		s0vl, s0vr = uint64(s.nl[s0]), uint64(s.nr[s0])
	}
	n0vl = uint64(s.nl[n0])
	s0hp, s0lp, s0rp, n0lp := s.p(s0h), s.p(s0l), s.p(s0r), s.p(n0l)
	s1p := s.p(s1)
	s0c, n0c := s.c(s0), s.c(n0)

	fs = append(fs,
		key(0),
		mix(key(1), s0w), mix(key(2), s0p), mix(key(3), s0wp),
		mix(key(4), n0w), mix(key(5), n0p), mix(key(6), n0wp),
		mix(key(7), n1w), mix(key(8), n1p), mix(key(9), mix(n1w, n1p)),
		mix(key(10), n2w), mix(key(11), n2p), mix(key(12), mix(n2w, n2p)),
		// pairs
		mix(mix(key(13), s0wp), n0wp),
		mix(mix(key(14), s0wp), n0w),
		mix(mix(key(15), s0w), n0wp),
		mix(mix(key(16), s0wp), n0p),
		mix(mix(key(17), s0p), n0wp),
		mix(mix(key(18), s0w), n0w),
		mix(mix(key(19), s0p), n0p),
		mix(mix(key(20), n0p), n1p),
		// triples of tags
		mix(mix(mix(key(21), n0p), n1p), n2p),
		mix(mix(mix(key(22), s0p), n0p), n1p),
		mix(mix(mix(key(23), s0hp), s0p), n0p),
		mix(mix(mix(key(24), s0p), s0lp), n0p),
		mix(mix(mix(key(25), s0p), s0rp), n0p),
		mix(mix(mix(key(26), s0p), n0p), n0lp),
		// distance
		mix(mix(key(27), s0w), d),
		mix(mix(key(28), s0p), d),
		mix(mix(key(29), n0w), d),
		mix(mix(key(30), n0p), d),
		mix(mix(mix(key(31), s0w), n0w), d),
		mix(mix(mix(key(32), s0p), n0p), d),
		// valency
		mix(mix(key(33), s0w), s0vr),
		mix(mix(key(34), s0p), s0vr),
		mix(mix(key(35), s0w), s0vl),
		mix(mix(key(36), s0p), s0vl),
		mix(mix(key(37), n0w), n0vl),
		mix(mix(key(38), n0p), n0vl),
		// second order
		mix(key(39), s.w(s0h)), mix(key(40), s0hp), mix(key(41), s.lab(s0)),
		mix(key(42), s.w(s0l)), mix(key(43), s0lp), mix(key(44), s.lab(s0l)),
		mix(key(45), s.w(s0r)), mix(key(46), s0rp), mix(key(47), s.lab(s0r)),
		mix(key(48), s.w(n0l)), mix(key(49), n0lp), mix(key(50), s.lab(n0l)),
		// third order
		mix(key(51), s.w(s0h2)), mix(key(52), s.p(s0h2)), mix(key(53), s.lab(s0h)),
		mix(key(54), s.w(s0l2)), mix(key(55), s.p(s0l2)), mix(key(56), s.lab(s0l2)),
		mix(key(57), s.w(s0r2)), mix(key(58), s.p(s0r2)), mix(key(59), s.lab(s0r2)),
		mix(key(60), s.w(n0l2)), mix(key(61), s.p(n0l2)), mix(key(62), s.lab(n0l2)),
		mix(mix(mix(key(63), s0p), s0lp), s.p(s0l2)),
		mix(mix(mix(key(64), s0p), s0rp), s.p(s0r2)),
		mix(mix(mix(key(65), s0p), s0hp), s.p(s0h2)),
		mix(mix(mix(key(66), n0p), n0lp), s.p(n0l2)),
		// second stack word
		mix(key(67), s.w(s1)), mix(key(68), s1p),
		mix(mix(mix(key(69), s1p), s0p), n0p),
		mix(mix(key(70), mix(s0p, s.lab(s0l))), mix(s.lab(s0r), n0p)),
		// label sets
		mix(mix(key(71), s0w), set(s.rset, s0)),
		mix(mix(key(72), s0p), set(s.rset, s0)),
		mix(mix(key(73), s0w), set(s.lset, s0)),
		mix(mix(key(74), s0p), set(s.lset, s0)),
		mix(mix(key(75), n0w), set(s.lset, n0)),
		mix(mix(key(76), n0p), set(s.lset, n0)),
		// word clusters
		mix(key(77), s0c), mix(key(78), n0c), mix(key(79), s.c(n1)),
		mix(mix(key(80), s.c4(s0)), s0p), mix(mix(key(81), s.c4(n0)), n0p),
		mix(mix(key(82), s0c), n0c),
		mix(mix(key(83), s0c), n0p),
		mix(mix(key(84), s0p), n0c),
		mix(mix(mix(key(85), s.c4(s0)), s.c4(n0)), n1p),
		mix(mix(key(86), s.c(s1)), s1p),
		mix(mix(key(87), n0c), s.c(n1)),
		mix(mix(key(88), s.c(s0h)), s0c),
		mix(mix(mix(key(89), s0c), n0p), d),
	)
	return fs
}

// restFeatures appends the keys of the move features that neither
// roleFeatures nor bufferFeatures cover: those that read the state's
// labels or valencies, or two of its words together. (It is features without them;
// the frozen parser uses it with its role cache.)
func (s *state) restFeatures(fs []uint64) []uint64 {
	s0 := s.top()
	s1 := int32(-1)
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	n0, n1, _ := s.buffer()
	s0h := at(s.head, s0)
	s0h2 := at(s.head, s0h)
	s0l, s0r := at(s.l1, s0), at(s.r1, s0)
	s0l2, s0r2 := at(s.l2, s0), at(s.r2, s0)
	n0l, n0l2 := at(s.l1, n0), at(s.l2, n0)

	s0w, s0p := s.w(s0), s.p(s0)
	n0w, n0p := s.w(n0), s.p(n0)
	n1p := s.p(n1)
	s0wp := mix(s0w, s0p)
	n0wp := mix(n0w, n0p)
	d := dist(s0, n0)
	var s0vl, s0vr, n0vl uint64
	if s0 >= 0 {
		s0vl, s0vr = uint64(s.nl[s0]), uint64(s.nr[s0])
	}
	n0vl = uint64(s.nl[n0])
	s0hp, s0lp, s0rp, n0lp := s.p(s0h), s.p(s0l), s.p(s0r), s.p(n0l)
	s1p := s.p(s1)
	s0c, n0c := s.c(s0), s.c(n0)

	fs = append(fs,
		// pairs
		mix(mix(key(13), s0wp), n0wp),
		mix(mix(key(14), s0wp), n0w),
		mix(mix(key(15), s0w), n0wp),
		mix(mix(key(16), s0wp), n0p),
		mix(mix(key(17), s0p), n0wp),
		mix(mix(key(18), s0w), n0w),
		mix(mix(key(19), s0p), n0p),
		// triples of tags
		mix(mix(mix(key(22), s0p), n0p), n1p),
		mix(mix(mix(key(23), s0hp), s0p), n0p),
		mix(mix(mix(key(24), s0p), s0lp), n0p),
		mix(mix(mix(key(25), s0p), s0rp), n0p),
		mix(mix(mix(key(26), s0p), n0p), n0lp),
		// distance
		mix(mix(key(27), s0w), d),
		mix(mix(key(28), s0p), d),
		mix(mix(key(29), n0w), d),
		mix(mix(key(30), n0p), d),
		mix(mix(mix(key(31), s0w), n0w), d),
		mix(mix(mix(key(32), s0p), n0p), d),
		// valency
		mix(mix(key(33), s0w), s0vr),
		mix(mix(key(34), s0p), s0vr),
		mix(mix(key(35), s0w), s0vl),
		mix(mix(key(36), s0p), s0vl),
		mix(mix(key(37), n0w), n0vl),
		mix(mix(key(38), n0p), n0vl),
		// second order
		mix(key(41), s.lab(s0)), mix(key(44), s.lab(s0l)), mix(key(47), s.lab(s0r)), mix(key(50), s.lab(n0l)),
		// third order
		mix(key(53), s.lab(s0h)), mix(key(56), s.lab(s0l2)), mix(key(59), s.lab(s0r2)), mix(key(62), s.lab(n0l2)),
		mix(mix(mix(key(63), s0p), s0lp), s.p(s0l2)),
		mix(mix(mix(key(64), s0p), s0rp), s.p(s0r2)),
		mix(mix(mix(key(65), s0p), s0hp), s.p(s0h2)),
		mix(mix(mix(key(66), n0p), n0lp), s.p(n0l2)),
		// second stack word
		mix(mix(mix(key(69), s1p), s0p), n0p),
		mix(mix(key(70), mix(s0p, s.lab(s0l))), mix(s.lab(s0r), n0p)),
		// label sets
		mix(mix(key(71), s0w), set(s.rset, s0)),
		mix(mix(key(72), s0p), set(s.rset, s0)),
		mix(mix(key(73), s0w), set(s.lset, s0)),
		mix(mix(key(74), s0p), set(s.lset, s0)),
		mix(mix(key(75), n0w), set(s.lset, n0)),
		mix(mix(key(76), n0p), set(s.lset, n0)),
		// word clusters
		mix(mix(key(82), s0c), n0c),
		mix(mix(key(83), s0c), n0p),
		mix(mix(key(84), s0p), n0c),
		mix(mix(mix(key(85), s.c4(s0)), s.c4(n0)), n1p),
		mix(mix(key(88), s.c(s0h)), s0c),
		mix(mix(mix(key(89), s0c), n0p), d),
	)
	return fs
}

// labelFeatures appends the feature keys for labelling the arc h -> d.
func (s *state) labelFeatures(fs []uint64, h, d int32) []uint64 {
	dir := uint64(0)
	if d > h {
		dir = 1
	}
	k := func(t uint64) uint64 { return mix(key(100+t), dir) }
	hw, hp, dw, dp := s.w(h), s.p(h), s.w(d), s.p(d)
	dd := dist(min(h, d), max(h, d))
	dl, dr := at(s.l1, d), at(s.r1, d)
	hh := at(s.head, h)
	prev, next := d-1, d+1
	if next > int32(s.n) {
		next = -1
	}
	fs = append(fs,
		k(0),
		mix(k(1), hw), mix(k(2), hp), mix(k(3), dw), mix(k(4), dp),
		mix(mix(k(5), hp), dp),
		mix(mix(k(6), hw), dp),
		mix(mix(k(7), hp), dw),
		mix(mix(k(8), hw), dw),
		mix(mix(mix(k(9), hp), dp), dd),
		mix(mix(k(10), dp), s.lab(dl)),
		mix(mix(k(11), dp), s.lab(dr)),
		mix(mix(k(12), dp), s.p(dl)),
		mix(mix(k(13), dp), s.p(dr)),
		mix(mix(k(14), hp), s.lab(h)),
		mix(mix(mix(k(15), hp), dp), s.p(hh)),
		mix(mix(k(16), dp), s.p(prev)),
		mix(mix(k(17), dp), s.p(next)),
		mix(mix(k(18), dw), s.w(dl)),
		mix(mix(mix(k(19), hp), dp), s.lab(at(s.l1, h))),
		mix(mix(mix(k(20), hp), dp), s.lab(at(s.r1, h))),
		mix(mix(k(21), dw), s.p(dl)),
		mix(mix(mix(k(22), dw), dp), hp),
		mix(mix(k(23), s.c(h)), dp),
		mix(mix(k(24), hp), s.c(d)),
		mix(mix(k(25), s.c(h)), s.c(d)),
		mix(mix(mix(k(26), s.c4(h)), s.c4(d)), dd),
	)
	return fs
}
