package goal

import (
	"fmt"
	"strings"
)

// Role is a member of the team responsible for helping a student meet a
// goal (seed 001: "Are the people responsible for helping meet the goals
// noted?"). It names a role, never a person. The zero value is unset and
// not valid. Its text and JSON form is its key ("case-manager").
type Role uint8

// The roles a goal can name as responsible.
const (
	RoleCaseManager             Role = iota + 1 // the case manager who coordinates the IEP
	RoleClassroomTeacher                        // the classroom (mainstream) teacher
	RoleSpecialEducationTeacher                 // the special-education teacher of the program
	RoleParaprofessional                        // an educational assistant or paraprofessional
	RoleClinician                               // the program's clinician or therapist
	RoleCounsellor                              // the school counsellor
	RoleAdministrator                           // a school administrator
	RoleParent                                  // a parent or guardian
	RoleStudent                                 // the student
)

var roleText = [...]struct{ key, title string }{
	{},
	{"case-manager", "case manager"},
	{"classroom-teacher", "classroom teacher"},
	{"special-education-teacher", "special-education teacher"},
	{"paraprofessional", "paraprofessional"},
	{"clinician", "clinician"},
	{"counsellor", "counsellor"},
	{"administrator", "administrator"},
	{"parent", "parent or guardian"},
	{"student", "student"},
}

// Roles returns every role in declaration order.
func Roles() []Role {
	rs := make([]Role, len(roleText)-1)
	for i := range rs {
		rs[i] = Role(i + 1)
	}
	return rs
}

// IsValid reports whether r is one of the declared roles.
func (r Role) IsValid() bool { return r >= 1 && int(r) < len(roleText) }

// String returns the role's key ("case-manager"), or "%!Role(42)".
func (r Role) String() string {
	if !r.IsValid() {
		return fmt.Sprintf("%%!Role(%d)", uint8(r))
	}
	return roleText[r].key
}

// Title returns the role in words ("case manager"), or "" when invalid.
func (r Role) Title() string {
	if !r.IsValid() {
		return ""
	}
	return roleText[r].title
}

// ParseRole parses a role key such as "case-manager", ignoring case.
func ParseRole(text string) (Role, error) {
	for r := Role(1); r.IsValid(); r++ {
		if strings.EqualFold(text, roleText[r].key) {
			return r, nil
		}
	}
	return 0, &FieldError{Field: "role", Value: truncate(text), Err: ErrUnknownValue}
}

// MarshalText returns the role's key; it fails for an invalid role.
func (r Role) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, &FieldError{Field: "role", Value: r.String(), Err: ErrUnknownValue}
	}
	return []byte(roleText[r].key), nil
}

// UnmarshalText parses text with [ParseRole].
func (r *Role) UnmarshalText(text []byte) error {
	p, err := ParseRole(string(text))
	if err == nil {
		*r = p
	}
	return err
}
