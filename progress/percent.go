package progress

import "strconv"

// PercentText returns the tally's percent as text with one decimal,
// "62.5%", rounded half away from zero on the exact ratio (computed in
// integers, so 1 of 16 is "6.3%", where formatting the float 6.25 with
// %.1f would give "6.2"). It returns "" when nothing was rated.
func (t Tally) PercentText() string {
	if t.Rated <= 0 || t.Qualifying < 0 {
		return ""
	}
	// tenths = round(1000 × q / r), half up: floor((2000 q + r) / 2r).
	tenths := (2000*t.Qualifying + t.Rated) / (2 * t.Rated)
	b := strconv.AppendInt(nil, tenths/10, 10)
	b = append(b, '.', byte('0'+tenths%10), '%')
	return string(b)
}
