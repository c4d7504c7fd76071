// Package template turns benchmarks, goals and plans into the words a team,
// a paraprofessional and a family read, from embedded text/template
// sources that a vendor can replace one by one.
//
// A [Set] holds the named templates, parsed for text output (text/template)
// and HTML output (html/template) from the same source text:
//
//   - [NameBenchmark]: the formal benchmark sentence of the program's goal
//     system, with one comma after the support clause and the program's
//     typos and double spaces not reproduced: "With a
//     level 4 to 5 intensity of support, Jordan will achieve between a 3
//     and 5 on the tolerance, engagement, and participation scale for 50%
//     or more of the day by the end of the 1st trimester." ([Set.Benchmark]);
//   - [NamePlain]: the plain-language version for paraprofessionals and
//     families — short sentences, no scale numbers, what success looks like
//     and what support the adults keep giving ([NamePlainSupport];
//     [Set.Plain]);
//   - [NameLabel]: a benchmark's short label for a table or a chart
//     ([Set.Label]);
//   - [NameGoal]: a goal's annual statement and numbered benchmarks ([Set.Goal]);
//   - [NamePlan]: every goal of a plan with its stage's overall aim ([Set.Plan]);
//   - [NameProgress]: the progress summary of one benchmark's assessment
//     as of a date, made by package progress/assess — what was observed
//     over the window, including the support the student actually had, and
//     the verdict ([Set.Progress]);
//   - [NameAssessment]: the team's report of one assessment: status,
//     baseline and aimline, trend, decision rules and setbacks
//     ([Set.Assessment]);
//   - [NamePlanProgress]: the report of a whole plan's assessment, goal by
//     goal, with the evidence and the advised next step ([Set.PlanProgress]);
//   - [NameReport]: the periodic progress report of a plan for a reporting
//     period, made by assess.Report — per benchmark the district's code,
//     whether progress is sufficient and why not, the numbers, the
//     likelihood and what it is measured by ([NameAsMeasuredBy]); then the
//     data's completeness ([Set.Report]; [Set.ReportDocument] and
//     [Set.WriteReportJSON] give its JSON document); [NameReportFamily]
//     is the family's version in plain language ([Set.FamilyReport]), one
//     benchmark at a time by [NameReportFamilyBenchmark]; [NameEvaluationTitle]
//     is a benchmark's short title for another system's record;
//     [NameReportLine] is one line of a benchmark, shared with
//     [NameReportPage], the printable HTML page with the charts inline
//     ([Set.ReportPage]; it renders as HTML only); [NameCaseload] rolls
//     up a caseload's reports ([Set.Caseload]), and [NameCaseloadPage]
//     prints it as a page ([Set.CaseloadPage]);
//   - [NameSupportCard]: a student's support card for whoever works with
//     the student today, in plain words, with [NameSupportCardPage] its
//     printable page and [NameCardPart] their shared parts
//     ([Set.SupportCard], [Set.SupportCardPage]); [NameRatingSheet] and
//     [NameRatingSheetPage]: the daily rating sheet in the columns of the
//     CSV it is typed into, each headed by [NameSheetColumn]
//     ([Set.RatingSheet]); [NameConsistency]: how consistently the adults
//     record support, per rater and class period, each by
//     [NameConsistencyGroup] ([Set.Consistency]);
//   - [NameAdvice]: the advised next step alone ([Set.Advice]);
//   - [NameStatus] and [NameDecision]: a status or a decision in words;
//   - [NameChartTitle], [NameChartSubtitle], [NameChartDescription] and
//     [NameChartLabel]: the words of a progress chart ([ChartData],
//     [ChartLabelData]);
//   - [NameScoreReport]: the score report of a self-assessment such as the
//     Benchmarks for Advanced Tiers — percent per section, grouping and in
//     total, the change since the earlier administration and the action
//     plan ([ScoreReportOf], [Set.ScoreReport]).
//
// The templates call each other (plan → goal → benchmark), so a replaced
// formal sentence shows in every goal and plan. The default texts live in
// templates/<name>.tmpl (English) and templates/es/<name>.tmpl (Spanish);
// [Set.Source] returns the text a Set uses.
//
// # Languages
//
// A Set words in one [Language]: English, the default, or Spanish
// ([InLanguage]; [DefaultIn] gives the shared default Set of each). Both
// wording sets word every template; a vendor replaces any template of
// either. The helpers with the same names write the language's dates,
// percents, lists and terms, so a replacement written for one language
// calls the same helpers in the other. Every term of the goal system a
// Spanish Set writes comes from its [Glossary]: the IDEA terms as the
// U.S. Department of Education's OSEP Spanish glossary of IDEA terms gives
// them (metas anuales, punto de referencia, objetivo a corto plazo,
// informe de progreso, apoyo, acomodaciones), the program's own scale
// names, level labels, elements, roles, stages and terms of the year,
// translated once. A district overrides any term as data
// ([OverrideTerms]: "adaptaciones" for "acomodaciones"), and every place
// that writes it changes, the words around a noun agreeing with its
// gender.
//
// The Spanish wording's choices:
//
//   - dates "13 de marzo de 2027", the month in lower case and the first
//     of a month "1 de …"; spans "del 5 al 20 de noviembre de 2026";
//     a chart's ticks "7 sept";
//   - the terms of the year in words, the ordinal agreeing with the noun:
//     "para el final del primer trimestre", "del segundo semestre", "del
//     tercer período de calificaciones" (a U.S. school quarter); other
//     ordinals abbreviated as the RAE writes them, "5.º";
//   - percents "90 %", a no-break space before the sign as the RAE's
//     Ortografía (2010) asks, and a decimal point as in Mexico and the
//     United States, "87.5 %", rounded as in English;
//   - lists "a, b y c", with "e" before a word that begins with the sound
//     "i" ("Comunicación e Identidad");
//   - the scales' level labels agree with the noun they describe: "una
//     calificación buena", "apoyo moderado o menos";
//   - the formal sentence: "Con una intensidad del apoyo de nivel 4 o
//     menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala
//     de tolerancia, compromiso y participación durante el 90 % o más del
//     día para el final del segundo trimestre.";
//   - nothing agrees with the student's gender, which the library does
//     not know: an unnamed student is "el o la estudiante", and sentences
//     use verbs where an adjective would have to agree;
//   - names are written as given, accents and apostrophes included;
//     only their first letter is capitalised at the start of a sentence.
//
// A code set words its codes in Spanish when it carries Spanish labels
// (assess.CodeSet.Translations; every shipped set does); otherwise its own
// labels show.
//
// # Overriding templates
//
// [New] and [Set.With] take options: [Replace] installs a template from a
// string, [ReplaceFS] from files "<name>.tmpl" of an [io/fs.FS],
// [MaxOutput] bounds the size of one rendering and [MaxSteps] its work
// (loop iterations, template calls and the strings helpers make,
// [DefaultMaxSteps] unless set), so
// that a template from a party that is not trusted can neither flood the
// output nor run for long — in a rendering, or in New, which executes it
// against its samples. A replacement sees the same data as the default
// (for example [BenchmarkData]: {{.Student}} and the methods of
// goal.Benchmark, such as {{.Benchmark.Threshold}}) and the helper
// functions: term, termForm, termWith, skill, elementName, stageTitle,
// codesTitle, codeLabel, reasonLabel, responseLabel, priorityName (the
// words of the Set's language and glossary), name, student, orBlank, ordinal, percent, band, support, deadline,
// date, dateRange, shortDate, due, level, signed, capitalize, join,
// plainBand, plainSupport, elements, roles, plural, inc, div, last, isTEP,
// isSoftSkill, isStatus, isPart, firstTEPGoal, benchmarkNumber,
// benchmarkData, goalData, progressOf, assessmentData, adviceData,
// adviceGoals, adviceStep, pointsChange, itemNumbers, supportPhases
// ([assess.SupportPhases] of a weekly series, every run kept), measureData,
// mul100 (a share as a percent), reportParts ([ReportParts]), reportLine,
// familyBenchmark, inlineSVG (a checked SVG document as markup), cardPart
// and sheetColumn. Each helper with a
// Go counterpart is documented there ([StudentName], [TheStudent], [OrBlank], [Ordinal],
// [Percent], [PercentOf], [BandPhrase], [SupportPhrase], [DeadlinePhrase],
// [DatePhrase], [DateRange], [ShortDate], [Due], [Level], [Signed],
// [Capitalize], [JoinList], [PlainBand], [PlainSupport], [ElementNames],
// [RoleTitles], [Plural], [BenchmarkNumber], [PointsChange],
// [ItemNumbers]). Every percent a person reads has one format: a whole
// number where it is one ("90%"), otherwise one decimal ("82.5%").
//
// Templates run with missingkey=error, and every build executes every
// template against sample values of its data type in both formats, so a
// replacement that refers to a field that does not exist fails in [New] or
// [Set.With] with an error naming the field, not later in a report. The
// samples take every branch of the default templates; a field misspelled
// in a branch of a replacement that no sample takes is reported when a
// rendering reaches it, with the same [ErrMissingField]. The name of the
// missing field is read from the message of text/template or
// html/template, which expose it in no other way; the package's tests
// check that reading against the standard library in use.
//
// # Zero values
//
// The zero [Set] is not usable; build one with [New] or take [Default].
// An empty student name renders as [Blank] ("______"), as does an unset
// deadline or date, as on a blank paper form. The zero [Format] is not a
// format. Zero benchmarks, goals, plans and assessments, an assessment
// whose numbers contradict each other, and a [ScoreReportData] without
// section scores are rejected with [ErrInvalid].
//
// # Errors
//
// Every error of the package is an [*Error] naming the template, where its
// text came from and, for a missing field, the field; its Kind is one of
// the sentinels [ErrUnknownTemplate], [ErrSource], [ErrSyntax],
// [ErrConflict], [ErrMissingField], [ErrExecute], [ErrOutputLimit],
// [ErrWorkLimit] and [ErrInvalid], so callers branch with [errors.Is] and
// read the details with [errors.As]. An invalid assessment is reported
// with the field it fails on ("Assessment.Window.Days"). Output goes to
// the writer only when the whole rendering succeeded; an error from the
// writer itself is returned as it is.
//
// # Concurrency
//
// A *Set is immutable once built and safe for concurrent use; [Set.With]
// returns a new Set and leaves the old one as it was. [Default] and
// [DefaultIn] are built once per language and shared.
//
// # Adding a template
//
// A new named template is added in files of its own: its default text in
// templates/<name>.tmpl and its Spanish text in templates/es/<name>.tmpl
// (the embed patterns are templates/*.tmpl and templates/es/*.tmpl) and, in a
// Go file of this package, an init function that registers the name, its
// data type and sample values with the unexported define function, plus a
// typed rendering method that calls [Set.Execute].
package template
