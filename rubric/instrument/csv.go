package instrument

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/iepgoal/iepgoal/rubric"
)

// The CSV form of an administration's answers is for data entry from a
// spreadsheet. Its first line is a header naming the columns, in any order
// and any case: "item" and "level" are required, "strategy" is optional and
// no other column is accepted. Each further line is one answer: the item
// number, the level as a number (0, 1, 2) or a label ("partially in
// place"), and, in the strategy column, the name of another strategy the
// answer is for, or nothing for the answer that counts. Spaces around the
// item and level are ignored, as is a byte-order mark before the header;
// the strategy is kept as written. School,
// date, respondents and main strategy are not part of the CSV form.

// maxCSVErrors is how many bad lines ReadAnswersCSV reports before it stops.
const maxCSVErrors = 50

// ReadAnswersCSV reads the CSV form of an administration's answers (see
// the header rules above) and checks each answer against the instrument as
// [Instrument.Validate] does, except for completeness. It returns every
// problem found as an [*InputError] with its line (and column), joined with
// [errors.Join], up to 50 bad lines, after which it stops; a malformed CSV file (a stray quote, a line with the wrong
// number of fields) stops the reading at that line with [rubric.ErrInvalid].
func (in *Instrument) ReadAnswersCSV(r io.Reader) ([]Answer, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, csvReadError(err, 1)
	}
	cols, err := csvColumns(header)
	if err != nil {
		return nil, err
	}
	var (
		answers []Answer
		errs    []error
		c       = in.newChecker("")
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errors.Join(append(errs, csvReadError(err, 0))...)
		}
		line, _ := cr.FieldPos(0)
		ans, err := cols.answer(rec, line)
		if err == nil {
			if err = c.check(ans); err != nil {
				err = &InputError{Format: "CSV", Line: line, Column: checkColumn(err), Err: err}
			}
		}
		if err != nil {
			errs = append(errs, err)
			if len(errs) == maxCSVErrors {
				errs = append(errs, &InputError{Format: "CSV", Line: line, Err: fmt.Errorf("%w: too many errors; reading stopped", rubric.ErrInvalid)})
				break
			}
			continue
		}
		answers = append(answers, ans)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return answers, nil
}

// checkColumn names the column an answerChecker error is about.
func checkColumn(err error) string {
	if errors.Is(err, ErrNotPerStrategy) || errors.Is(err, rubric.ErrInvalid) {
		return "strategy"
	}
	return "item"
}

// csvReadError turns an error from encoding/csv into an *InputError.
func csvReadError(err error, line int) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &InputError{Format: "CSV", Line: pe.Line, Err: fmt.Errorf("%w: %w", rubric.ErrInvalid, pe.Err)}
	}
	if err == io.EOF {
		return &InputError{Format: "CSV", Line: line, Err: fmt.Errorf("%w: no header line", rubric.ErrEmpty)}
	}
	return &InputError{Format: "CSV", Line: line, Err: fmt.Errorf("%w: %w", rubric.ErrInvalid, err)}
}

// csvCols holds the index of each known column; strategy is -1 when absent.
type csvCols struct{ item, level, strategy int }

func csvColumns(header []string) (csvCols, error) {
	cols := csvCols{-1, -1, -1}
	for i, name := range header {
		var slot *int
		if i == 0 {
			name = strings.TrimPrefix(name, "\ufeff") // the byte-order mark spreadsheets write
		}
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "item":
			slot = &cols.item
		case "level":
			slot = &cols.level
		case "strategy":
			slot = &cols.strategy
		default:
			return cols, &InputError{Format: "CSV", Line: 1, Column: name, Err: fmt.Errorf("%w: unknown column (want item, level and optionally strategy)", rubric.ErrInvalid)}
		}
		if *slot >= 0 {
			return cols, &InputError{Format: "CSV", Line: 1, Column: name, Err: fmt.Errorf("%w: column repeated", rubric.ErrInvalid)}
		}
		*slot = i
	}
	for _, c := range []struct {
		name string
		at   int
	}{{"item", cols.item}, {"level", cols.level}} {
		if c.at < 0 {
			return cols, &InputError{Format: "CSV", Line: 1, Column: c.name, Err: fmt.Errorf("%w: missing column", rubric.ErrInvalid)}
		}
	}
	return cols, nil
}

// answer parses one record; it does not check the answer against an instrument.
func (cols csvCols) answer(rec []string, line int) (Answer, error) {
	var ans Answer
	item := strings.TrimSpace(rec[cols.item])
	n, err := strconv.Atoi(item)
	if err != nil || !allDigits(item) {
		return ans, &InputError{Format: "CSV", Line: line, Column: "item", Err: fmt.Errorf("%w: item number %q is not a whole number", rubric.ErrInvalid, truncateInput(item))}
	}
	level, err := ParseResponse(strings.TrimSpace(rec[cols.level]))
	if err != nil {
		return ans, &InputError{Format: "CSV", Line: line, Column: "level", Err: err}
	}
	ans = Answer{Item: n, Level: level}
	if cols.strategy >= 0 {
		ans.Strategy = rec[cols.strategy]
	}
	return ans, nil
}

// WriteAnswersCSV writes answers in the CSV form that
// [Instrument.ReadAnswersCSV] reads: the header "item,level", with a third
// column "strategy" when any answer is for another strategy, then one line
// per answer in the order given, the level as its number. It fails with
// [rubric.ErrOutOfRange] or [rubric.ErrEmpty] for an answer whose level is not valid,
// naming the answer's position.
func WriteAnswersCSV(w io.Writer, answers []Answer) error {
	withStrategy := false
	for _, a := range answers {
		withStrategy = withStrategy || a.Strategy != ""
	}
	cw := csv.NewWriter(w)
	header := []string{"item", "level"}
	if withStrategy {
		header = append(header, "strategy")
	}
	rec := make([]string, len(header))
	_ = cw.Write(header)
	for i, a := range answers {
		if !a.Level.IsValid() {
			return &AdministrationError{Field: fmt.Sprintf("answers[%d]", i), Item: a.Item, Err: errNoLevel}
		}
		rec[0], rec[1] = strconv.Itoa(a.Item), a.Level.String()
		if withStrategy {
			rec[2] = a.Strategy
		}
		_ = cw.Write(rec)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("instrument: writing administration CSV: %w", err)
	}
	return nil
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
