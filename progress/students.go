package progress

import (
	"hash/maphash"

	"github.com/iepgoal/iepgoal/goal"
)

// studentIndex finds a summary's students by ID: an open-addressed table
// of 1 + their index in the summary's students (0: an empty slot), kept at
// most half full. It holds no key of its own — a slot's ID is its
// student's — so it costs 8 bytes or less per student, a third of a map's.
type studentIndex struct {
	slots []int32
}

// studentSeed hashes the IDs of every summary's index.
var studentSeed = maphash.MakeSeed()

// lookup returns the index of the student with the ID in s.students.
func (s *Summary) lookup(id goal.StudentID) (int32, bool) {
	slots := s.index.slots
	if len(slots) == 0 {
		return 0, false
	}
	mask := uint64(len(slots) - 1)
	for h := maphash.String(studentSeed, string(id)) & mask; ; h = (h + 1) & mask {
		v := slots[h]
		if v == 0 {
			return 0, false
		}
		if s.students[v-1].id == id {
			return v - 1, true
		}
	}
}

// indexLast adds the last of s.students to the index, growing it first
// when it would be more than half full.
func (s *Summary) indexLast() {
	n := len(s.students)
	if 2*n > len(s.index.slots) {
		s.index.slots = make([]int32, max(16, 2*len(s.index.slots)))
		for i := range n - 1 {
			s.index.put(s.students[i].id, int32(i))
		}
	}
	s.index.put(s.students[n-1].id, int32(n-1))
}

// put places student i, of the ID, in the first empty slot of its probe
// sequence; the table has one.
func (x *studentIndex) put(id goal.StudentID, i int32) {
	mask := uint64(len(x.slots) - 1)
	h := maphash.String(studentSeed, string(id)) & mask
	for x.slots[h] != 0 {
		h = (h + 1) & mask
	}
	x.slots[h] = i + 1
}
