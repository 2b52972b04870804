package events

import (
	"strings"

	"github.com/dateline-news/dateline/kb"
)

// senseFits checks a trigger's constraints on its direct object in the
// parse: "return" needs something returned, "released the hostages" is a
// release and "released growth figures" is not, "struck a deal" is no
// attack, "demonstrated that" is no protest.
func (x *context) senseFits(m match) bool {
	a := x.anchor(m)
	objs := x.children(a, "obj")
	if m.t.transitive && len(objs) == 0 {
		return false
	}
	if len(m.t.objects) == 0 {
		return true
	}
	if len(objs) == 0 {
		// an intransitive use fits unless the trigger lists the objects
		// it needs without @none; a clause object ("demonstrated that
		// ...") is an object too
		needs := false
		for _, o := range m.t.objects {
			if o == "@none" {
				return !x.clauseObject(a)
			}
			needs = needs || !strings.HasPrefix(o, "!")
		}
		return !needs
	}
	if len(m.t.objects) == 1 && m.t.objects[0] == "@none" {
		return false // "demonstrated the widely-held view": intransitive only
	}
	obj := objs[0]
	lemma := x.lemmas[obj]
	positive := false
	for _, o := range m.t.objects {
		switch {
		case o == "!"+lemma:
			return false
		case strings.HasPrefix(o, "!") || o == "@none":
		case o == "@actor":
			positive = true
			if len(x.mentionsAt(obj)) > 0 {
				return true
			}
			if r, ok := kb.LookupRole(lemma); ok && r.Person {
				return true
			}
			if r, ok := kb.LookupRole(strings.ToLower(x.d.Tokens[obj].Text)); ok && r.Person {
				return true
			}
		default:
			positive = true
			if o == lemma {
				return true
			}
		}
	}
	return !positive
}

// agentless reports whether a trigger is a passive without its agent
// ("23,000 people killed", "the deal was struck"): the parse says who
// underwent it, and nobody in the text did it, so no actor should be
// guessed from the words around it.
func (x *context) agentless(m match) bool {
	a := x.anchor(m)
	if x.d.Tokens[a].Tag != "VBN" {
		return false
	}
	// "people killed", "were killed"; a subject marked passive on a verb
	// without an auxiliary is a parser's slip ("Spain recognised ...")
	passive := baseRel(x.d.Tokens[a].Dep) == "acl" || x.passiveAux(a)
	if !passive {
		return false
	}
	for _, o := range x.children(a, "obl") {
		if x.caseOf(o) == "by" {
			return false
		}
	}
	return true
}

// clauseObject reports whether token a takes a clause as its object:
// "showed that ...", even when a parser attaches the clause loosely.
func (x *context) clauseObject(a int) bool {
	if len(x.children(a, "ccomp")) > 0 {
		return true
	}
	for _, c := range x.children(a, "advcl") {
		for _, mk := range x.children(c, "mark") {
			if strings.EqualFold(x.d.Tokens[mk].Text, "that") {
				return true
			}
		}
	}
	return false
}
