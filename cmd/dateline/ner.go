package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/conll"
	"github.com/dateline-news/dateline/nlp/ner"
	"github.com/spf13/cobra"
)

// nerCorpora are the default training and development files of each NER
// model, relative to the shared data directory.
var nerCorpora = map[string][2]string{
	"ontonotes": {"ner/ontonotes/train.gold_conll.gz", "ner/ontonotes/development.gold_conll.gz"},
	"conll":     {"ner/conll2003/eng.train", "ner/conll2003/eng.testa"},
}

var trainNERCmd = &cobra.Command{
	Use:   "ner [--model ontonotes|conll] [--train FILE] [--dev FILE] [--out BASE]",
	Short: "Train the named-entity recognizer (OntoNotes 18 types, or CoNLL-2003 4 types)",
	Args:  cobra.NoArgs,
	RunE: func(cmd *cobra.Command, args []string) error {
		f := cmd.Flags()
		model, _ := f.GetString("model")
		corp, ok := nerCorpora[model]
		if !ok {
			return fmt.Errorf("unknown model %q (want ontonotes or conll)", model)
		}
		data, _ := f.GetString("data")
		trainPath, _ := f.GetString("train")
		devPath, _ := f.GetString("dev")
		out, _ := f.GetString("out")
		clPath, _ := f.GetString("clusters")
		if trainPath == "" {
			trainPath = filepath.Join(data, corp[0])
		}
		if devPath == "" {
			devPath = filepath.Join(data, corp[1])
		}
		if out == "" {
			out = filepath.Join("nlp", "ner", "models", model)
		}
		var o ner.TrainOptions
		o.Epochs, _ = f.GetInt("epochs")
		o.Threshold, _ = f.GetFloat64("threshold")
		o.Folds, _ = f.GetInt("folds")
		o.Seed, _ = f.GetInt64("seed")
		o.Runs, _ = f.GetInt("runs")
		o.NoDictionaries, _ = f.GetBool("no-dictionaries")
		o.Log = os.Stderr
		if clPath == "" {
			cl, err := clusters.Default()
			if err != nil {
				return err
			}
			o.Clusters = cl
		} else if clPath != "none" {
			rc, err := conll.Open(clPath)
			if err != nil {
				return err
			}
			cl, err := clusters.Read(rc)
			rc.Close()
			if err != nil {
				return err
			}
			o.Clusters = cl
		}
		start := time.Now()
		external, _ := f.GetStringSlice("external")
		if !f.Changed("external") {
			other := "conll"
			if model == "conll" {
				other = "ontonotes"
			}
			external = []string{filepath.Join(data, nerCorpora[other][0])}
		}
		for _, p := range external {
			if p == "none" {
				continue
			}
			e, err := conll.ReadFile(p)
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			o.External = append(o.External, e)
		}
		train, err := conll.ReadFile(trainPath)
		if err != nil {
			return fmt.Errorf("%s: %w", trainPath, err)
		}
		if gazOnly, _ := f.GetBool("gazetteers-only"); gazOnly {
			m, err := ner.LoadModelFiles(out, o.Clusters)
			if err != nil {
				return err
			}
			m.RebuildGazetteers(train, o.External)
			return m.Save(out)
		}
		dev, err := conll.ReadFile(devPath)
		if err != nil {
			return fmt.Errorf("%s: %w", devPath, err)
		}
		fmt.Fprintf(os.Stderr, "read %d+%d documents in %s\n", len(train), len(dev), time.Since(start).Round(time.Millisecond))
		m, err := ner.Train(train, dev, o)
		if err != nil {
			return err
		}
		if err := m.Save(out); err != nil {
			return err
		}
		ev := m.Evaluate(dev)
		fmt.Fprintf(os.Stderr, "saved %s.{model,gaz}.gz; dev F1 %.4f (P %.4f R %.4f); total %s\n", out,
			ev.Overall.F1(), ev.Overall.Precision(), ev.Overall.Recall(), time.Since(start).Round(time.Second))
		return nil
	},
}

var evalNERCmd = &cobra.Command{
	Use:   "ner [--model ontonotes|conll] [--json] FILE...",
	Short: "Exact-span precision, recall and F1 (conlleval) on CoNLL-2003 or OntoNotes files",
	Args:  cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		f := cmd.Flags()
		model, _ := f.GetString("model")
		asJSON, _ := f.GetBool("json")
		weights, _ := f.GetString("weights")
		var m *ner.Model
		switch {
		case weights != "":
			cl, err := clusters.Default()
			if err != nil {
				return err
			}
			if m, err = ner.LoadModelFiles(weights, cl); err != nil {
				return err
			}
		case model == "conll":
			r, err := ner.CoNLL()
			if err != nil {
				return err
			}
			m = r.Model()
		case model == "ontonotes" || model == "":
			r, err := ner.Default()
			if err != nil {
				return err
			}
			m = r.Model()
		default:
			return fmt.Errorf("unknown model %q (want ontonotes or conll)", model)
		}
		var docs []conll.Document
		for _, p := range args {
			d, err := conll.ReadFile(p)
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			docs = append(docs, d...)
		}
		start := time.Now()
		ev := m.Evaluate(docs)
		el := time.Since(start)
		s := Scores{
			Metrics: map[string]float64{
				"f1": ev.Overall.F1(), "precision": ev.Overall.Precision(), "recall": ev.Overall.Recall(),
			},
			PerLabel: map[string]map[string]float64{},
			Counts:   map[string]int{"tokens": ev.Tokens, "gold": ev.Overall.TP + ev.Overall.FN, "predicted": ev.Overall.TP + ev.Overall.FP, "correct": ev.Overall.TP},
		}
		if el > 0 {
			s.Metrics["tokens_per_second"] = float64(ev.Tokens) / el.Seconds()
		}
		for _, t := range ev.Types() {
			c := ev.PerType[t]
			s.PerLabel[t] = map[string]float64{"f1": c.F1(), "precision": c.Precision(), "recall": c.Recall(), "support": float64(c.TP + c.FN)}
		}
		for g, c := range ev.PerGenre {
			if asJSON {
				break // per_label holds entity types only
			}
			s.PerLabel["genre:"+g] = map[string]float64{"f1": c.F1(), "precision": c.Precision(), "recall": c.Recall(), "support": float64(c.TP + c.FN)}
		}
		return printScores(cmd.OutOrStdout(), asJSON, s)
	},
}

var trainClustersCmd = &cobra.Command{
	Use:   "clusters [--out FILE] [--classes N] FILE...",
	Short: "Learn word clusters from raw text (.txt[.gz]) and CoNLL/OntoNotes training files",
	Args:  cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		f := cmd.Flags()
		out, _ := f.GetString("out")
		var o clusters.Options
		o.Classes, _ = f.GetInt("classes")
		o.MinCount, _ = f.GetInt("min-count")
		o.MaxWords, _ = f.GetInt("max-words")
		o.Iters, _ = f.GetInt("iters")
		o.Log = os.Stderr
		c := clusters.NewCorpus()
		for _, p := range args {
			if err := c.AddFile(p); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		entries := clusters.Train(c, o)
		w, err := os.Create(out)
		if err != nil {
			return err
		}
		if err := clusters.Write(w, entries); err != nil {
			w.Close()
			return err
		}
		return w.Close()
	},
}

func init() {
	f := trainClustersCmd.Flags()
	f.String("out", "nlp/clusters/clusters.txt.gz", "where to write the clusters")
	f.Int("classes", 1000, "number of classes")
	f.Int("min-count", 3, "minimum word frequency")
	f.Int("max-words", 100000, "maximum number of words")
	f.Int("iters", 6, "exchange passes")
	trainCmd.AddCommand(trainClustersCmd)

	f = trainNERCmd.Flags()
	f.String("model", "ontonotes", "which model: ontonotes (18 types) or conll (4 types)")
	f.String("data", filepath.Join("..", "shared", "data"), "shared data directory")
	f.String("train", "", "training file (default: the model's corpus under --data)")
	f.String("dev", "", "development file, used to pick the epoch")
	f.String("out", "", "output base name (default nlp/ner/models/MODEL)")
	f.String("clusters", "", "word clusters file (default: the shipped clusters; none for no clusters)")
	f.Int("epochs", 8, "training epochs")
	f.Float64("threshold", 0.3, "prune averaged weights below this magnitude")
	f.StringSlice("external", nil, "annotated corpora whose names become extra gazetteers (default: the other model's training file; none for none)")
	f.Bool("gazetteers-only", false, "only rebuild the gazetteers of the model at --out from the corpora")
	f.Int("folds", 5, "gazetteer folds (1 disables the gazetteer)")
	f.Int64("seed", 1, "shuffling seed")
	f.Int("runs", 0, "training runs whose weights are averaged (0: 5 under a million tokens, else 3)")
	f.Bool("no-dictionaries", false, "leave out the embedded dictionary gazetteer (PETRARCH2/Phoenix actor names)")
	trainCmd.AddCommand(trainNERCmd)

	f = evalNERCmd.Flags()
	f.String("model", "ontonotes", "which model: ontonotes or conll")
	f.Bool("json", false, "print one JSON object")
	f.String("weights", "", "evaluate model files BASE.model.gz and BASE.gaz.gz instead of an embedded model")
	evalCmd.AddCommand(evalNERCmd)
}
