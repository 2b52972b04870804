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
//
// The parse is trusted for attachment only where the words agree with it;
// otherwise word order decides, as it does in PETRARCH's own surface
// patterns (surface.go):
//   - the words after a verb are its parse subtree and, in text order,
//     everything up to the next clause (a finite verb with its subject,
//     subordinator or conjunction), so a target the parser hung elsewhere
//     is still found;
//   - a verb is passive only after a form of "be" or "get", and a passive
//     agent needs its "by", found in text order when the parse misses it;
//   - a subject the parse misses is the coded phrase right before a
//     finite verb, else the nearest one before the verb in its clause;
//   - names separated by commas and a final "and"/"or" are one compound
//     actor however they were attached (but ", and NAME VERB" starts a
//     clause), and a noun phrase extends left over the noun-phrase words
//     before it;
//   - a verb in an adverbial clause ("after crowds burned ...") inside a
//     clause that coded an event is part of that event, not one of its own;
//   - a dictionary verb tagged as a noun codes when the words make it a
//     predicate ("Ethiopia departs from Libya").
//
// PETRARCH_DEBUG=1 makes TestValidationSuite list the records it gets
// wrong; PETRARCH_DUMP=ID,ID makes TestDumpRecords print their parses.
package petrarch
