package segment

import "time"

var zeroTime time.Time
