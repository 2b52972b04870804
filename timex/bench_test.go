package timex

import (
	"strings"
	"testing"
	"time"
)

// benchText is a made-up news paragraph dense in temporal expressions.
const benchText = `MOSCOW (Reuters) - On November 20, Russian President Vladimir Putin held a meeting
in Sochi with Syrian President Bashar al-Assad, the Kremlin said on Tuesday. "The day after
tomorrow, I plan to meet the presidents of Turkey and Iran," Putin said. The talks, the second
this year, followed three days of consultations last week. Profit in the third quarter rose 12%
from a year earlier, and the company expects sales to double over the next five years. Officials
said the ministers meet every month and speak daily, most recently at 3 p.m. on Nov. 17, 2017.
Analysts now expect a deal in the spring, perhaps by March 2018, though talks in the 1990s failed.
`

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	ref := time.Date(2017, 11, 21, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, ref)
	}
}
