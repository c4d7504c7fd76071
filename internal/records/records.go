// Package records is the one record loop of the observation readers — CSV
// and JSON Lines, reading and measuring: read a record, decode it, hand the
// value or the bad row to the caller, and go on after a bad row only when
// asked to, so that every record ends in exactly one outcome.
package records

// Loop reads records with next until it reports the end (ok false),
// decodes each with decode and passes the outcome to emit: nil for a good
// record, its error for a bad one (next's own error for a record that
// could not be read as one, decode's otherwise). emit returns false to
// stop. After a bad record the loop stops unless skip is set.
func Loop[R any](skip bool, next func() (rec R, ok bool, err error), decode func(R) error, emit func(error) bool) {
	for {
		rec, ok, err := next()
		if !ok {
			return
		}
		if err == nil {
			err = decode(rec)
		}
		if !emit(err) || (err != nil && !skip) {
			return
		}
	}
}
