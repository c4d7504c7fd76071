package goal

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"time"

	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// Date is a civil date — a year, month and day with no time of day and no
// time zone — as written on an IEP form or a rating sheet. It is not an
// instant: "2027-03-13" is the same school day everywhere. The zero value is
// the unset date; it is not valid and sorts before every valid date. A Date
// is a small comparable value (one int32), safe for concurrent use; == and
// [Date.Compare] agree with calendar order. Valid years are 1–9999.
type Date struct {
	n int32 // days since 0000-03-01 (proleptic Gregorian) plus one; 0 = unset
}

// ErrBadDate reports text that is not a calendar date in the form YYYY-MM-DD
// or a year, month or day out of range.
var ErrBadDate = errors.New("not a valid date (want YYYY-MM-DD)")

// DateOf returns the date y-m-d, or a *[FieldError] wrapping [ErrBadDate]
// when it does not exist (February 30, month 13, year 0).
func DateOf(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, badDate(fmt.Sprintf("%04d-%02d-%02d", y, int(m), d))
	}
	return Date{int32(daysFromCivil(y, int(m), d)) + 1}, nil
}

// MustDate is like [DateOf] but panics on error; for tests and
// package-level variables.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := DateOf(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// DateFromTime returns the date of t in t's location, or the zero Date when
// t's year is outside 1–9999.
func DateFromTime(t time.Time) Date {
	y, m, d := t.Date()
	dt, _ := DateOf(y, m, d)
	return dt
}

// ParseDate parses an ISO 8601 calendar date, "2027-03-13". The error is a
// *[FieldError] for "date" holding the input and wrapping [ErrBadDate]. It
// does not allocate on success.
func ParseDate(s string) (Date, error) {
	d, ok := parseISODate(s)
	if !ok {
		return Date{}, badDate(s)
	}
	return d, nil
}

// ParseDateBytes is [ParseDate] for a byte slice, for readers that hold a
// line in a buffer. It does not allocate on success.
func ParseDateBytes(b []byte) (Date, error) {
	d, ok := parseISODate(b)
	if !ok {
		return Date{}, badDate(string(b))
	}
	return d, nil
}

// badDate is the error for input that is not a date:
// `goal: date "2027-02-30": not a valid date (want YYYY-MM-DD)`.
func badDate(input string) error {
	return &FieldError{Field: "date", Value: truncate(input), Err: ErrBadDate}
}

func truncate(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}

func parseISODate[S string | []byte](s S) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	y, ok1 := atoiFixed(s[0:4])
	m, ok2 := atoiFixed(s[5:7])
	d, ok3 := atoiFixed(s[8:10])
	if !ok1 || !ok2 || !ok3 || y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, false
	}
	return Date{int32(daysFromCivil(y, m, d)) + 1}, true
}

func atoiFixed[S string | []byte](s S) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// daysFromCivil returns the days since 0000-03-01 (H. Hinnant's algorithm).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe
}

// civil returns year, month, day for the date (the inverse of daysFromCivil).
func (d Date) civil() (y, m, day int) {
	z := int(d.n) - 1
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, day
}

// IsValid reports whether d is set (not the zero Date).
func (d Date) IsValid() bool { return d.n != 0 }

// IsZero reports whether d is the unset date, so that `json:",omitzero"` omits it.
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns the year (0 for the zero Date).
func (d Date) Year() int {
	if d.n == 0 {
		return 0
	}
	y, _, _ := d.civil()
	return y
}

// Month returns the month (0 for the zero Date).
func (d Date) Month() time.Month {
	if d.n == 0 {
		return 0
	}
	_, m, _ := d.civil()
	return time.Month(m)
}

// Day returns the day of the month (0 for the zero Date).
func (d Date) Day() int {
	if d.n == 0 {
		return 0
	}
	_, _, day := d.civil()
	return day
}

// Weekday returns the day of the week. It is meaningless for the zero Date.
func (d Date) Weekday() time.Weekday {
	// 0000-03-01 was a Wednesday.
	return time.Weekday((int(d.n-1)%7 + 7 + 3) % 7)
}

// ISOWeek returns the ISO 8601 year and week number of d, computed from the
// date alone: weeks start on Monday and week 1 is the week holding the
// year's first Thursday, so 2026-12-31 is in week 53 of 2026 and 2027-01-01
// too. It returns 0, 0 for the zero Date.
func (d Date) ISOWeek() (year, week int) {
	if d.n == 0 {
		return 0, 0
	}
	// The Thursday of d's week decides the ISO year.
	wd := (int(d.Weekday()) + 6) % 7 // Monday = 0
	thursday := d.AddDays(3 - wd)
	y, _, _ := thursday.civil()
	jan1 := int32(daysFromCivil(y, 1, 1)) + 1
	return y, int(thursday.n-jan1)/7 + 1
}

// AddDays returns d moved by n days (negative n moves back). The zero Date
// stays zero, and so does a result outside the years 1–9999.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	m := int64(d.n) + int64(n)
	if m < int64(minDate.n) || m > int64(maxDate.n) {
		return Date{}
	}
	return Date{int32(m)}
}

var (
	minDate = MustDate(1, time.January, 1)
	maxDate = MustDate(9999, time.December, 31)
)

// DaysSince returns the number of days from e to d (negative when d is before e).
func (d Date) DaysSince(e Date) int { return int(d.n - e.n) }

// Ordinal returns a number that increases by one per day, for arithmetic
// such as regression over dates; 0 for the zero Date.
func (d Date) Ordinal() int { return int(d.n) }

// DateFromOrdinal returns the date whose [Date.Ordinal] is n: the inverse
// of Ordinal. It returns the zero Date when no valid date has ordinal n.
func DateFromOrdinal(n int) Date {
	if n < int(minDate.n) || n > int(maxDate.n) {
		return Date{}
	}
	return Date{int32(n)}
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The
// zero Date is before every valid date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// String returns "2027-03-13", or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	return string(d.AppendText(nil))
}

// AppendText appends "2027-03-13" (nothing for the zero Date) without allocating beyond b.
func (d Date) AppendText(b []byte) []byte {
	if d.n == 0 {
		return b
	}
	y, m, day := d.civil()
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+day/10), byte('0'+day%10))
}

// MarshalText returns "2027-03-13", or empty text for the zero Date.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText parses "2027-03-13"; empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDateBytes(text)
	if err == nil {
		*d = p
	}
	return err
}

// Value implements [driver.Valuer]: the date as text "2027-03-13", which
// every SQL database reads into a DATE column, or NULL for the zero Date.
func (d Date) Value() (driver.Value, error) { return sqltext.Value(d, d.IsZero()) }

// Scan implements [database/sql.Scanner]: NULL is the zero Date; text is
// parsed as by [ParseDate]; a time.Time (what drivers return for a DATE
// column) gives its date in its own location.
func (d *Date) Scan(src any) error {
	if t, ok := src.(time.Time); ok {
		dt := DateFromTime(t)
		if dt.IsZero() {
			return badDate(t.String())
		}
		*d = dt
		return nil
	}
	return scanText(src, "date", d)
}
