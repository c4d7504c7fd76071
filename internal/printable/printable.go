// Package printable holds the library's one rule for text that must be
// printable: student IDs, period labels and skill-area IDs in observation
// data.
package printable

import "unicode/utf8"

// Valid reports whether s is valid UTF-8 holding no control character
// (C0, DEL, C1) and no line or paragraph separator. ASCII, the common
// case, is checked byte by byte without decoding. It does not allocate.
func Valid[S ~string | ~[]byte](s S) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return validUTF8(string(s[i:]))
		}
		if c < 0x20 || c == 0x7f {
			return false
		}
	}
	return true
}

func validUTF8(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 {
			return false
		}
	}
	return true
}
