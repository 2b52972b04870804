package petrarch

import (
	"strings"
)

// party is what a noun phrase codes to: one code per actor it names
// ("Fornost and Gondor" gives two), and how many conjuncts it has.
type party struct {
	codes []string
	conj  int
	head  int // the phrase's head token; -1 when none
}

func (p party) empty() bool { return len(p.codes) == 0 }

// conjunct is one conjunct of a noun phrase, before combining.
type conjunct struct {
	actors   []string // actor codes (several for "FRO/BIL/SAM" or "X and Y leaders")
	prefix   []string // agent codes written before the actor's
	modAgent []string // agent codes of modifiers ("Islamist" in "Danish Islamist media")
	agents   []string // the head's own agent codes
	fromNmod bool
}

// partyAt codes the noun phrase headed by h, with its conjuncts.
func (s *sent) partyAt(h int) party {
	if h < 0 {
		return party{head: -1}
	}
	conjs := s.conjuncts(h)
	if list := s.surfaceList(h); len(list) > len(conjs) {
		conjs = list
	}
	cs := make([]conjunct, len(conjs))
	for i, c := range conjs {
		cs[i] = s.conjunctAt(c, 0)
	}
	// an agent without an actor borrows the actors of a conjoined phrase
	// ("Danish media and government", "lawmakers and officials in X")
	for i := range cs {
		if len(cs[i].actors) > 0 || len(cs[i].agents)+len(cs[i].prefix) == 0 {
			continue
		}
		for j := range cs {
			if j != i && len(cs[j].actors) > 0 {
				cs[i].actors = cs[j].actors
				cs[i].modAgent = append(append([]string(nil), cs[j].modAgent...), cs[i].modAgent...)
				break
			}
		}
	}
	p := party{head: h}
	n := 0
	for _, c := range cs {
		codes := c.compose()
		if len(codes) > 0 {
			n++
		}
		for _, code := range codes {
			if !containsStr(p.codes, code) {
				p.codes = append(p.codes, code)
			}
		}
	}
	p.conj = n
	return p
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// compose builds the conjunct's codes: prefixes, actor, agents.
func (c conjunct) compose() []string {
	if len(c.actors) == 0 && len(c.agents)+len(c.modAgent)+len(c.prefix) == 0 {
		return nil
	}
	actors := c.actors
	if len(actors) == 0 {
		actors = []string{"---"}
	}
	var out []string
	for _, a := range actors {
		code := a
		for i := len(c.prefix) - 1; i >= 0; i-- {
			if !strings.HasPrefix(code, c.prefix[i]) {
				code = c.prefix[i] + code
			}
		}
		for _, ag := range append(append([]string(nil), c.modAgent...), c.agents...) {
			if len(code) >= 3 && strings.Contains(code[3:], ag) {
				continue
			}
			code += ag
		}
		out = append(out, code)
	}
	return out
}

// conjunctAt codes the phrase headed by h alone (without its conjuncts):
// the first actor among its words, its agents in text order, and when it
// names no actor, the actor of an "of"/"in"/"from" modifier ("the
// government of Gondor", "lawmakers in Fornost").
func (s *sent) conjunctAt(h, depth int) conjunct {
	var c conjunct
	toks := s.phraseTokens(h)
	seen := map[int]bool{}
	for _, t := range toks {
		mi := s.matchAt[t]
		if mi < 0 || seen[mi] || s.deleted[t] {
			continue
		}
		seen[mi] = true
		m := s.matches[mi]
		switch {
		case m.actor != nil && len(c.actors) == 0:
			c.actors = append(c.actors, m.codes...)
			// "Eriadori and Calenardhon leaders": actors conjoined
			// inside a modifier of the head, not the head's own
			// conjuncts
			for _, k := range s.kids[m.top] {
				if m.top == h {
					break
				}
				if s.dep(k) == "conj" && s.matchAt[k] >= 0 && s.matches[s.matchAt[k]].actor != nil {
					seen[s.matchAt[k]] = true
					c.actors = append(c.actors, s.matches[s.matchAt[k]].codes...)
				}
			}
		case m.agent != nil:
			switch {
			case m.agent.Prefix:
				c.prefix = append(c.prefix, m.agent.Code)
			case m.top == h || (m.first <= h && h < m.last):
				c.agents = append(c.agents, m.agent.Code)
			default:
				c.modAgent = append(c.modAgent, m.agent.Code)
			}
		}
	}
	if len(c.actors) == 0 && depth < 3 {
		for _, k := range s.kids[h] {
			if !strings.HasPrefix(s.dep(k), "nmod") || s.dep(k) == "nmod:poss" || s.deleted[k] {
				continue
			}
			sc := s.conjunctAt(k, depth+1)
			if len(sc.actors) == 0 {
				continue
			}
			// the modifier's own conjuncts: "ambassadors of Arnor, Osgiliath and Gondor"
			var actors []string
			for _, cj := range s.conjuncts(k) {
				cc := sc
				if cj != k {
					cc = s.conjunctAt(cj, depth+1)
				}
				for _, code := range cc.compose() {
					if !containsStr(actors, code) {
						actors = append(actors, code)
					}
				}
			}
			c.actors = actors
			c.fromNmod = true
			break
		}
	}
	return c
}
