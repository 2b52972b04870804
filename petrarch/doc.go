// Package petrarch reads PETRARCH/TABARI-format event-coding dictionaries
// (actors with synonyms and date-ranged codes, agents, verbs with synsets
// and patterns, discards) and codes CAMEO events from a parsed doc.Doc
// with them.
//
// The coder works on Dateline's own dependency parse rather than on
// PETRARCH's constituency trees: a predicate whose word form is in the
// verb dictionary gets its source from the subject (climbing control
// verbs and conjoined predicates, switching passives with a "by" agent),
// its target from the first coded noun phrase after it, and its CAMEO code
// from the longest verb pattern whose words match before and after the
// verb. Actor and agent phrases combine the PETRARCH way: "Arnor cleric"
// is ARNREL, "MSF Arnor" is NGOARN, an agent alone is ---GOV, and
// compounds expand to one event per pair.
package petrarch
