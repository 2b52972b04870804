package petrarch

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline"
)

// Dictionaries is a loaded set of PETRARCH dictionaries.
type Dictionaries struct {
	Actors   []*Actor
	Agents   []*Agent
	Verbs    *Verbs
	Discards []Discard

	index        map[string][]entry // first word -> actor and agent phrases, longest first
	byName       map[string]*Actor  // full name (words joined by spaces) -> actor
	discardIndex map[string][]Discard
}

// entry is one phrase of the actor/agent index.
type entry struct {
	phrase Phrase
	actor  *Actor
	agent  *Agent
}

// Files names the dictionary files to load; any may be empty.
type Files struct {
	Actors   []string
	Agents   []string
	Verbs    []string
	Discards []string
}

// FindFiles picks the dictionaries in dir by their names: *actors*.txt,
// *agents*.txt, *discards*.txt, and for verbs *verbs*.txt, else the
// PETRARCH 2 default CAMEO.2.0.txt, else CAMEO.verbpatterns*.
func FindFiles(dir string) (Files, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return Files{}, err
	}
	var f Files
	var cameo, patterns []string
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		name := e.Name()
		low := strings.ToLower(name)
		path := filepath.Join(dir, name)
		if !strings.HasSuffix(low, ".txt") {
			continue
		}
		switch {
		case strings.Contains(low, "actors"):
			f.Actors = append(f.Actors, path)
		case strings.Contains(low, "agents"):
			f.Agents = append(f.Agents, path)
		case strings.Contains(low, "discards"):
			f.Discards = append(f.Discards, path)
		case strings.Contains(low, "verbs"):
			f.Verbs = append(f.Verbs, path)
		case strings.Contains(low, "verbpatterns"):
			patterns = append(patterns, path)
		case strings.HasPrefix(low, "cameo.") && !strings.Contains(low, "issue"):
			cameo = append(cameo, path)
		}
	}
	if len(f.Verbs) == 0 {
		f.Verbs = cameo
	}
	if len(f.Verbs) == 0 {
		f.Verbs = patterns
	}
	if len(f.Actors) == 0 && len(f.Verbs) == 0 {
		return f, fmt.Errorf("petrarch: no actor or verb dictionaries in %s", dir)
	}
	return f, nil
}

// LoadDir loads the dictionaries FindFiles finds in dir.
func LoadDir(dir string) (*Dictionaries, error) {
	f, err := FindFiles(dir)
	if err != nil {
		return nil, err
	}
	return Load(f)
}

// Load reads the named dictionary files.
func Load(f Files) (*Dictionaries, error) {
	d := &Dictionaries{Verbs: &Verbs{Synsets: map[string][][]Elem{}, forms: map[string][]*Verb{}}}
	read := func(path string, fn func(*os.File) error) error {
		fh, err := os.Open(path)
		if err != nil {
			return err
		}
		defer fh.Close()
		if err := fn(fh); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	}
	for _, p := range f.Actors {
		if err := read(p, func(fh *os.File) error {
			a, err := ReadActors(fh)
			d.Actors = append(d.Actors, a...)
			return err
		}); err != nil {
			return nil, err
		}
	}
	for _, p := range f.Agents {
		if err := read(p, func(fh *os.File) error {
			a, err := ReadAgents(fh)
			d.Agents = append(d.Agents, a...)
			return err
		}); err != nil {
			return nil, err
		}
	}
	for _, p := range f.Discards {
		if err := read(p, func(fh *os.File) error {
			a, err := ReadDiscards(fh)
			d.Discards = append(d.Discards, a...)
			return err
		}); err != nil {
			return nil, err
		}
	}
	for _, p := range f.Verbs {
		if err := read(p, func(fh *os.File) error {
			v, err := ReadVerbs(fh)
			if err == nil {
				d.Verbs.merge(v)
			}
			return err
		}); err != nil {
			return nil, err
		}
	}
	d.build()
	return d, nil
}

// New assembles dictionaries read separately (any may be nil).
func New(actors []*Actor, agents []*Agent, verbs *Verbs, discards []Discard) *Dictionaries {
	if verbs == nil {
		verbs = &Verbs{Synsets: map[string][][]Elem{}, forms: map[string][]*Verb{}}
	}
	d := &Dictionaries{Actors: actors, Agents: agents, Verbs: verbs, Discards: discards}
	d.build()
	return d
}

func (v *Verbs) merge(o *Verbs) {
	v.Blocks = append(v.Blocks, o.Blocks...)
	for k, s := range o.Synsets {
		v.Synsets[k] = s
	}
	for k, f := range o.forms {
		v.forms[k] = append(v.forms[k], f...)
	}
}

func (d *Dictionaries) build() {
	d.index = map[string][]entry{}
	d.byName = map[string]*Actor{}
	for _, a := range d.Actors {
		for _, p := range a.Names {
			d.index[p.Words[0]] = append(d.index[p.Words[0]], entry{phrase: p, actor: a})
			key := strings.Join(p.Words, " ")
			if _, ok := d.byName[key]; !ok {
				d.byName[key] = a
			}
		}
	}
	for _, a := range d.Agents {
		for _, p := range a.Names {
			d.index[p.Words[0]] = append(d.index[p.Words[0]], entry{phrase: p, agent: a})
		}
	}
	for k, es := range d.index {
		sort.SliceStable(es, func(i, j int) bool {
			if len(es[i].phrase.Words) != len(es[j].phrase.Words) {
				return len(es[i].phrase.Words) > len(es[j].phrase.Words)
			}
			return es[i].actor != nil && es[j].actor == nil
		})
		d.index[k] = es
	}
	d.discardIndex = map[string][]Discard{}
	for _, x := range d.Discards {
		d.discardIndex[x.Phrase.Words[0]] = append(d.discardIndex[x.Phrase.Words[0]], x)
	}
}

// ActorBase returns the actor dictionary as a name lookup with dates,
// usable as the actors stage's Base.
func (d *Dictionaries) ActorBase() *ActorBase { return &ActorBase{d: d} }

// ActorBase looks actors up by their full name.
type ActorBase struct{ d *Dictionaries }

// Lookup returns the actor code of the entry named name (any of its
// synonyms; case, '_' and spacing ignored) valid at the date at. A
// compound code ("FRO/BIL/SAM") gives its first code.
func (b *ActorBase) Lookup(name string, at time.Time) (dateline.Actor, bool) {
	w, _ := phraseWords(strings.ReplaceAll(name, "'S", ""))
	a, ok := b.d.byName[strings.Join(w, " ")]
	if !ok {
		return dateline.Actor{}, false
	}
	codes, ok := a.CodeAt(at)
	if !ok || len(codes) == 0 || nullCode(codes[0]) {
		return dateline.Actor{}, false
	}
	return splitActor(codes[0]), true
}

// splitActor splits a CAMEO code into its country (the first three
// letters) and sector.
func splitActor(code string) dateline.Actor {
	a := dateline.Actor{Code: code}
	if len(code) >= 3 {
		a.Country, a.Sector = code[:3], code[3:]
	}
	return a
}

// nullCode reports codes that code nothing ("---", "+++", "###").
func nullCode(c string) bool {
	return c == "" || c == "---" || c == "+++" || c == "###"
}
