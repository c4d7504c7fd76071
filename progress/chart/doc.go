// Package chart draws a progress chart of one student's assessment on one
// benchmark as a standalone SVG document, pure Go with no dependency.
//
// [Render] draws an [assess.Assessment]: the weekly percent points and
// line, the threshold line, the aimline, the trend line, the support
// phases of [assess.SupportPhases] (weekly mean intensity shaded, with a
// vertical line at each phase change and, when support changed, each
// phase's own trend over its own weeks; shades and levels also in a strip
// under the x axis, out of the data's way), the setback days (in their own
// lane under the strip), the weekly percent in band whatever the support
// (faint, when it differs), the deadline, the as-of date, a title, axis
// labels, a legend, and a <title> and <desc> for screen readers. The file
// carries the SVG namespace and opens in a browser as it is.
//
// # Zero values
//
// The zero [Options] draws 800 × 480 pixels, worded by the default
// template set, shading every run of weeks at one level of support. A
// zero [assess.Assessment] (not assessed) is refused.
//
// # Errors
//
// Render returns an *[Error] naming the input at fault and wrapping
// [ErrInvalid], or the writer's error as it is.
//
// # Concurrency
//
// Render keeps no state: it is safe to call from many goroutines.
//
// All text (titles, student IDs, labels) is escaped with
// [encoding/xml.EscapeText]; a student ID is opaque and appears only if the
// caller passes it in [Options.Student].
package chart
