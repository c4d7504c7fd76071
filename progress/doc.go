// Package progress is the data path of IEP benchmarks: it reads a
// district's rated intervals and soft-skill opportunities, checks them, and
// tallies them per student, day and ISO week for one [goal.Benchmark] or
// for every benchmark of a plan in one pass. Judging where a student stands
// as of a date is package [github.com/iepgoal/iepgoal/progress/assess]'s.
//
// # Observations
//
// An [Interval] is one rated interval of a school day (a class period):
// student, date, period label, minutes, TEP rating, overall intensity of
// support and per-element intensities ([rubric.SupportProfile]). An
// [Opportunity] is one chance to use a soft skill: student, date, skill area
// ID, proficiency rating and intensity. Students are opaque
// [goal.StudentID] values, never names.
//
// # Ingest
//
// [ReadIntervals] and [ReadOpportunities] stream CSV (header row, free
// column order, RFC 4180 quoting) or JSON Lines as iter.Seq2[value, error];
// [IntervalWriter] and [OpportunityWriter] write the same formats, and
// reading what was written gives back the same values. With
// [ReadOptions.SkipBadRows] a bad row is reported and reading goes on;
// without it reading stops at the first bad row. [IntervalColumns] is the
// one list of the CSV's columns. An optional "rater" column (the staff
// member who rated) is checked by every reader and read by
// [ReadRatedIntervals]; measurement does not use it.
// [WriteBlankSheet] writes the CSV of a rating sheet left blank, whose
// rows read back as unrated. [GenConfig], [Generate] and
// [GenerateOpportunities] make deterministic sample years for examples,
// tests and benchmarks.
//
// # Every row in one count
//
// Nothing read is dropped or counted twice without the caller seeing it.
// With [ReadOptions.Report] set, every reading and measuring function
// fills a [Report]: the records read (a quoted line break does not make a
// second record, a blank line is not one), and each of them in exactly one
// of rated, unrated, rejected, duplicates and other skill areas
// ([Report.Balanced]), with the students and days counted. The reading
// rules that decide those counts:
//
//   - A repeated interval — the same student, date and period twice, as
//     when data collected offline are synced again — is refused by default
//     ([DuplicatesRefuse]): a *[DuplicateError] naming the line it repeats
//     (when the input can be read again). [DuplicatesKeepFirst] and
//     [DuplicatesKeepLast] count one row of the slot and the others in
//     Report.Duplicates; keep-last reads the input twice, so it needs an
//     io.ReaderAt and io.Seeker ([ErrNotRereadable]). The rule holds
//     across the goroutines of a split input, which read a repeat again in
//     one pass so that lines are named in input order.
//   - A rated interval needs its overall intensity of support
//     ([ErrNoIntensity]); [ReadOptions.AllowUnrecordedIntensity] reads it
//     as "support not recorded" instead (rated, never qualifying).
//   - The header is checked before any row: a benchmark's focus element
//     without its intensity column is [ErrMissingColumn]; a separator that
//     is not a comma, JSON given to the CSV reader and CR-only line ends
//     are [ErrBadHeader], saying which. A quote left open is [ErrQuote],
//     naming its field, even past [MaxRowBytes].
//   - Measuring soft-skill benchmarks, an opportunity for another skill
//     area is counted in Report.OtherSkill, and a benchmark whose skill
//     area no opportunity has is [ErrSkillAbsent], naming the areas there
//     are (most often a typo in an ID).
//   - JSON Lines objects are read strictly, like the library's other
//     JSON: a repeated member is a bad row naming it, and so is a member
//     the format does not name, unless [ReadOptions.AllowUnknownMembers].
//
// Summaries of batches measured apart merge with [Summary.MergeDisjoint],
// which refuses ([ErrOverlap]) a batch holding a student-day the summary
// has, rather than adding the day twice. Every CSV the library writes
// quotes per RFC 4180 what needs it ([AppendCSVField], also for programs
// that write CSV beside it), so that encoding/csv reads it back unchanged.
//
// # Measurement
//
// What a benchmark measures is a choice of this library:
// the percent of the day is qualifying minutes ÷ rated minutes × 100 over
// the intervals of the days considered; unrated intervals count in
// neither. An interval qualifies when [goal.Benchmark.QualifiesInterval]
// says so — TEP in the band and support within the limit (only the upper
// bound of "level 4 to 5" applies). The percent of opportunities is the
// same over one skill area's opportunities. Days are pooled into ISO weeks
// by summing minutes, not by averaging daily percents ([Weeks]); a week
// whose intervals are all unrated is kept, with no percent.
//
// [Measurer] measures decoded observations in memory (without allocating
// per row); [Measure] and [MeasureCSV] go from a file to a [Summary] end to
// end, streaming, split across goroutines when the input is a file
// ([MeasureOptions.Workers], at most runtime.GOMAXPROCS(0)). A line of the
// standard interval layout (the six columns and no other) that the reading
// rules count without a word is decoded and counted in one pass over its
// bytes; every other line takes the general reader, so the results, the
// errors and the [Report] are the same either way. A
// [Summary] holds each student's [DayTally] days ([Summary.Days], or
// [Summary.AppendDays] into a buffer reused) and weeks ([Summary.Weeks],
// [AppendWeeks]) in 20 bytes a student-day, whatever the rows; summaries of parts of the data [Summary.Merge] into the
// summary of the whole. A summary travels between processes or machines
// as its binary encoding ([Summary.MarshalBinary], versioned and
// checksummed; a decoder refuses what no summary holds, [ErrEncoding]),
// the contract of a distributed job's combine step.
//
// [MeasureAll] measures many benchmarks over one reading of the data, and
// [MeasurePlan] every benchmark of one or more plans (TEP benchmarks over
// intervals, soft-skill ones over opportunities) into [Summaries]: a row is
// read and checked once, however many benchmarks count it.
//
// # Zero values
//
// Zero ratings and intensities mean unrated / not recorded. The zero
// [Interval] and [Opportunity] are not valid observations ([Interval.Validate]).
// The zero [Summary] is the empty summary, ready to use and the identity of
// [Summary.Merge]; so is the zero [Summaries]; the zero [Tally] and
// [DayTally] are empty. The zero
// [ReadOptions] and [MeasureOptions] read CSV and stop at the first bad row.
//
// # Errors
//
// A bad row is a *[RowError] giving its line, column and reason; it
// matches [ErrBadRow] and wraps the reason's sentinel: [ErrMissingColumn],
// [ErrFieldCount], [ErrQuote], [ErrBadHeader], [ErrLineTooLong],
// [goal.ErrBadStudentID], [ErrMinutes], [ErrBadField], [ErrDuplicate],
// [ErrNoIntensity], or a level or date error of
// package rubric or goal (rubric.ErrOutOfRange, rubric.ErrUnknownLabel,
// goal.ErrBadDate). Rows skipped with SkipBadRows are returned together as
// [RowErrors]. Benchmarks that cannot be read from one input together are
// [ErrMixedMeasures]; a benchmark not measured in a [Summaries] is
// [ErrNotMeasured]; the errors of the reading rules above are
// [ErrSkillAbsent], [ErrNotRereadable] and [ErrOverlap]; bytes that are
// not a summary's encoding are [ErrEncoding]. Use [errors.Is] and [errors.As]; messages start with
// "progress: ".
//
// # Concurrency
//
// Observations, tallies and benchmarks are values, safe to share. A
// [Measurer], a [Summary] being built or merged into, and the writers are
// for one goroutine at a time; give each goroutine its own Measurer and
// merge the summaries. [Measure] does this itself.
package progress
