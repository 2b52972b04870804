// Package timeml reads TimeML 1.2 documents (the TempEval-3 corpora) and
// scores temporal expression recognition and normalisation the TempEval-3
// way: relaxed (any overlap) and strict (exact) span match, and value and
// type F1 over the relaxed matches.
package timeml
