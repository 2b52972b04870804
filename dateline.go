// Package dateline holds Dateline's domain types: the records that the
// pipeline derives from a news article (entities, quotes, events) in the
// shape of the public output contract (CONTRACT.md), and the interfaces of
// the services at the edges (storage).
//
// Offsets in these records count Unicode code points into Article.Text,
// end exclusive, once a Result has left the pipeline. Inside the pipeline
// (package doc) the same types carry byte offsets; doc.Doc.Result converts.
package dateline

// Article is one news article as read from an input.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"` // YYYY-MM-DD or ""
	Language  string `json:"language"`
	Text      string `json:"text"`
}

// Result is everything Dateline extracts from one article.
type Result struct {
	Article  Article   `json:"article"`
	Entities []*Entity `json:"entities"`
	Quotes   []*Quote  `json:"quotes"`
	Events   []*Event  `json:"events"`
}

// Mention is one place in the text where an entity is named or referred to.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value,omitempty"` // TIMEX3 value, for DATE/TIME mentions
}

// Actor is a CAMEO-style actor code: ISO alpha-3 country plus sector.
type Actor struct {
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Role    string `json:"role,omitempty"`
	// Source says where the code came from: "text" (the article's own
	// words), "base" (what earlier articles said about the person) or
	// "dictionary" (user-supplied actor dictionaries). (ext)
	Source string `json:"source,omitempty"`
}

// Geo is a resolved place.
type Geo struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Admin1    string  `json:"admin1,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
	Feature   string  `json:"feature,omitempty"`
}

// Entity is one real-world thing the article talks about, with every
// mention of it that coreference linked.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"` // OntoNotes label
	Value    string    `json:"value,omitempty"`
	Mentions []Mention `json:"mentions"`
	Actor    *Actor    `json:"actor,omitempty"`
	Geo      *Geo      `json:"geo,omitempty"`
}

// Speaker is who a quote is attributed to, and the mention the
// attribution rests on.
type Speaker struct {
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name"`
	Code   string `json:"code,omitempty"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Addressee is whom a quote is addressed to.
type Addressee struct {
	Entity string `json:"entity,omitempty"`
	Name   string `json:"name"`
}

// Quote is a direct or reported utterance.
type Quote struct {
	ID        string     `json:"id"`
	Text      string     `json:"text"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Direct    bool       `json:"direct"`
	Cue       string     `json:"cue"`
	Speaker   *Speaker   `json:"speaker"`
	Addressee *Addressee `json:"addressee,omitempty"`
}

// EventActor is one participant of an event.
type EventActor struct {
	Name    string `json:"name"`
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Entity  string `json:"entity,omitempty"`
}

// Location is where an event happened.
type Location struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
}

// TextInfo locates the sentence an event was coded from.
type TextInfo struct {
	Sentence int `json:"sentence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// EventMention is one more place in the text that reports an event
// already coded (deduplication keeps them all).
type EventMention struct {
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	EventText string `json:"event_text"`
}

// Event is a PLOVER event record with Dateline's extensions.
type Event struct {
	ID         string         `json:"id"`
	Date       string         `json:"date"`
	Event      string         `json:"event"`
	Mode       string         `json:"mode"`    // "" when the type has no mode
	Context    []string       `json:"context"` // [] when none
	Actor      []EventActor   `json:"actor"`
	Recipient  []EventActor   `json:"recipient"`
	EventLoc   *Location      `json:"event_loc"`
	EventText  string         `json:"event_text"`
	TextInfo   TextInfo       `json:"text_info"`
	Cameo      string         `json:"cameo"`
	QuadClass  int            `json:"quad_class"`
	Goldstein  float64        `json:"goldstein"`
	AuxMode    *string        `json:"aux_mode"`
	Confidence float64        `json:"confidence"`
	Mentions   []EventMention `json:"mentions,omitempty"` // (ext) every mention, the first being text_info
}
