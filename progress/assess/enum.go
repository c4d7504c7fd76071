package assess

import (
	"fmt"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// newCodec returns the one text form of the assessment enums ([Status],
// [Decision], [Rule], [TrendMethod]): the kebab-case names of an enum
// table, empty text for the zero value, NULL for it in SQL; errors are
// *Error values for the field, wrapping ErrOption.
func newCodec[E ~uint8](typ, field string, names ...string) enum.Codec[E] {
	t := enum.New[E](typ, "", names...)
	return enum.Codec[E]{
		Table:       t,
		EmptyIsZero: true,
		Unknown: func(text string) error {
			return &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: unknown %s %q: want %s", ErrOption, field, text, t.List())}
		},
		Undeclared: func(v E) error {
			return &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: unknown %s %d", ErrOption, field, uint8(v))}
		},
		BadType: func(src any) error {
			return &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: %w", ErrOption, sqltext.TypeError(src))}
		},
	}
}
