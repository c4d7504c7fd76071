package goal

import "database/sql/driver"

// Role is a member of the team responsible for helping a student meet a
// goal (the IEP guidance asks: "Are the people responsible for helping meet the goals
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

var roles = newKeyed[Role]("Role", "role", "case-manager", "classroom-teacher", "special-education-teacher",
	"paraprofessional", "clinician", "counsellor", "administrator", "parent", "student")

var roleTitles = [...]string{"", "case manager", "classroom teacher", "special-education teacher",
	"paraprofessional", "clinician", "counsellor", "administrator", "parent or guardian", "student"}

// Roles returns every role in declaration order.
func Roles() []Role { return roles.Values() }

// IsValid reports whether r is one of the declared roles.
func (r Role) IsValid() bool { return roles.Valid(r) }

// String returns the role's key ("case-manager"), "unset", or "%!Role(42)".
func (r Role) String() string { return roles.String(r) }

// Title returns the role in words ("case manager"), or "" when invalid.
func (r Role) Title() string {
	if !r.IsValid() {
		return ""
	}
	return roleTitles[r]
}

// ParseRole parses a role key such as "case-manager", ignoring case.
func ParseRole(text string) (Role, error) { return roles.Parse(text) }

// MarshalText returns the role's key; it fails for an invalid role.
func (r Role) MarshalText() ([]byte, error) { return roles.Marshal(r) }

// UnmarshalText parses text with [ParseRole].
func (r *Role) UnmarshalText(text []byte) error { return roles.Unmarshal(text, r, ParseRole) }

// Value implements [driver.Valuer]: the key, or NULL for the zero value.
func (r Role) Value() (driver.Value, error) { return roles.Value(r) }

// Scan implements [database/sql.Scanner]: NULL is the zero value, text is
// parsed with [ParseRole].
func (r *Role) Scan(src any) error { return roles.Scan(src, r, ParseRole) }
