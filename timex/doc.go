// Package timex recognises temporal expressions in English news text and
// normalises them to TIMEX3 values (TimeML 1.2): dates, times, durations
// and sets, absolute or relative to the publication date, to a date
// mentioned earlier, or — inside quotations — to the date of the narrated
// utterance.
//
// The recogniser is rule-based: a small tokenizer feeds hand-written
// grammar rules over tokens (no regular expressions), and a normaliser
// resolves what the rules found against the reference date, the tense of
// the surrounding clause and the previous temporal expression.
package timex
