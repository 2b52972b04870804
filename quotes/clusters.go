package quotes

import "github.com/dateline-news/dateline/nlp/clusters"

// clusterOf returns the bit string of w's word cluster (case folded when
// w itself is unknown), or "" when it has none or the shipped clusters
// cannot be read.
func clusterOf(w string) string {
	m, err := clusters.Default()
	if err != nil || m == nil {
		return ""
	}
	cl, _ := m.LookupFold(w, nil)
	return cl
}
