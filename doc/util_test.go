package doc

import "time"

var zeroTime time.Time
