// Package walk is the walk through a student's plan that the quickstart
// and softskills examples share: measure every benchmark of a plan against
// observation data, assess it as of a date, and write the wording, the
// progress report, the charts and the stage advice. It is example code,
// not API: it shows how the library's packages fit together.
//
// # Zero values
//
// The zero [Measured] is "no benchmark measured"; [Measured.Assess] rejects
// it through [progress.Assess].
//
// # Errors
//
// Errors come from the library's packages unchanged (use errors.Is and
// errors.As with their sentinels), or are [ErrUnknownStudent] when the
// student has no observations in the data.
//
// # Concurrency
//
// Functions are safe for concurrent use; a [Measured] is a value.
package walk
