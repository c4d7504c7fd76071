// Package rubric is the typed rating vocabulary of a therapeutic
// special-education program: its three 1–5 rating scales, bands of levels,
// therapeutic elements, support profiles and soft-skill areas. A school
// team's self-assessment instruments, answered on another scale by other
// people at another cadence, are in package
// [github.com/iepgoal/iepgoal/rubric/instrument].
//
// # Scales
//
// Each scale is its own Go type, so a rating on one cannot be used as a
// rating on another:
//
//   - [TEP]: tolerance, engagement and participation in school tasks over
//     one rated interval. Higher is better; "fair to excellent" is 3–5.
//   - [Intensity]: intensity of therapeutic support. Lower is better: the
//     student is more independent. Each therapeutic [Element] has its own
//     intensity rubric, and the team also records an overall intensity.
//   - [SoftSkill]: proficiency in one soft-skill area ([SkillArea]). Higher
//     is better.
//
// Levels are numbered 1–5 and named by constants after their default
// labels ([TEPFair], [IntensityMinimal], [SoftSkillEmerging], …). The
// source documents name only some of the labels; the others are the
// library's choice:
//
//	level  TEP                  Intensity            SoftSkill
//	1      inadequate (ours)    minimal (program)    not yet demonstrated (ours)
//	2      marginal (ours)      mild (ours)          emerging (ours)
//	3      fair (program)       moderate (ours)      developing (ours)
//	4      good (ours)          high (ours)          proficient (ours)
//	5      excellent (program)  extreme (program)    generalized across settings (ours)
//
// A [Scale] describes a scale as data — its name, its levels with labels
// and one-line meanings, and which direction is better — so that a program
// can draw a rating form from [TEPScale], [IntensityScale] or
// [SoftSkillScale]; [LevelInfo.FromProgram] tells a label of the program's from one of
// ours. [NewScale] builds other scales.
//
// [ParseTEP], [ParseIntensity] and [ParseSoftSkill] accept the level number
// ("3") or its label ("fair"), ignoring case. Every decoding path —
// UnmarshalText, UnmarshalJSON, Scan and the Must… helpers — goes through
// them, so the rules are the same for text, JSON and SQL. A level's text
// and JSON forms are its number.
//
// Intensity rubrics published in 2016 ran the other way (5 = minimal …
// 1 = extreme). The library uses the 2018 direction throughout;
// [FromLegacy2016] and [Intensity.Legacy2016] convert explicitly
// (legacy v is 6 − v).
//
// # Bands
//
// A [Band] is a closed range of levels on one scale: "between a 3 and 5"
// ([NewBand]), "a level 4 intensity of support or less" ([AtMost]), "3 or
// better" ([AtLeast]). It is generic over the level type, so a
// Band[TEP] cannot be passed where a Band[Intensity] is expected.
// [ParseBand] reads "3-5", "3–5", "3 to 5", "fair to excellent" or "4".
//
// # Therapeutic elements and support profiles
//
// The 17 therapeutic elements of the 2018 rubrics are the constants of
// [Element], from [CaseConsultation] to [Visual]; [ParseElement] also
// accepts the 2016 name "Hierarchy of Needs" for [NeedsHierarchy]. An
// [ElementSet] holds the elements a benchmark focuses on. A
// [SupportProfile] records the intensity given through each element during
// one interval, iterated in catalog order.
//
// The overall intensity of an interval is the team's judgement, not a
// formula. As a choice of the library, a profile never derives it:
// [SupportProfile.MostIntensive] and [SupportProfile.MaxOf] report the most
// intensive elements for the team to consider, and nothing more.
//
// # Soft-skill areas
//
// The list of soft-skill areas is open. A [SkillArea] is an identifier plus
// the phrase used in goal wording ("working successfully in a group", from
// the program's goal system). The library ships a small catalog in its own words
// ([BuiltinSkillAreas], [LookupSkillArea]); programs construct their own
// areas with [NewSkillArea] and collect them in a [SkillCatalog].
//
// # Zero values
//
// The zero value of each rating type means "unrated" (absent, not
// observed). It is not valid ([TEP.IsValid] is false), [TEP.String] shows
// it as "unrated", its text form is the empty string, its JSON form is null
// and its SQL form is NULL; decoding empty text, "", null or NULL gives it
// back, while [ParseTEP] and its siblings reject empty input with
// [ErrEmpty]. The number 0 is not a level and is rejected like 6. IsZero
// methods let `json:",omitzero"` leave unrated fields out.
//
// The other single values follow the same rule: the zero [Band] (the unset
// band: not valid, containing nothing) and the zero [Element] ("no
// element") have empty text and null JSON, and the zero [SkillArea] (unset;
// it has no text form) has null JSON; their String shows "unset". The
// collections are empty rather than unset: the zero [ElementSet] is the
// empty set (empty text, JSON []) and the zero [SupportProfile] the empty
// profile (JSON {}; it has no text form); both are ready to use, decode
// null as empty, and String them as "". A nil *[SkillCatalog] is an empty
// catalog.
//
// # Errors
//
// Every error wraps exactly one sentinel saying what kind of failure it is
// — [ErrOutOfRange], [ErrUnknownLabel], [ErrEmpty], [ErrInvalid],
// [ErrUnsupportedType] or [ErrSyntax] — and says where in a *[ParseError]
// naming the type and the input (or the element, or the band's ends) that
// failed. Messages start with "rubric:", for example
//
//	rubric: parsing TEP "7": out of range: 7 is not in 1–5
//
// Branch with [errors.Is] and [errors.As], never on the message text; both
// work through any wrapper that uses %w. Nothing panics on data: only the
// Must… helpers panic, and they are for tests and package-level variables.
//
// # Concurrency
//
// Levels, bands, elements, element sets, support profiles and skill areas
// are small comparable values; copying one copies all its data, and they
// are safe for concurrent use. [SupportProfile.Set] is the only mutating
// method: a profile being set must not be read at the same time. A
// *[Scale] and a *[SkillCatalog] are immutable once built; [SkillCatalog.With] returns a new catalog.
package rubric
