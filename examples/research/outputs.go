package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// output is one output file: checked before any work (planOutput), then
// written to a temporary file beside its target, renamed into place by
// commit, removed by discard. The target is the file the name leads to,
// through symbolic links, so that a link is written through as os.Create
// would; a target that is not a regular file (a device such as
// /dev/stdout, a named pipe) is written in place, as it comes.
type output struct {
	path   string // as named
	target string // the file written
	direct bool   // target is not a regular file: written in place
	tmp    *os.File
	done   bool
}

// planOutput resolves the file an output names and refuses, before any
// work, one that could not be written at the end: a directory, a folder
// that does not exist, a file that cannot be opened for writing (read-only,
// say). Then only a failure of the disk itself can stop the outputs being
// renamed into place, both or neither.
func planOutput(path string) (*output, error) {
	o := &output{path: path, target: path}
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		o.target = resolved
	}
	fi, err := os.Stat(o.target)
	switch {
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("writing %s: it is a directory", path)
	case err == nil:
		f, err := os.OpenFile(o.target, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", path, err)
		}
		f.Close()
		o.direct = !fi.Mode().IsRegular()
	case errors.Is(err, fs.ErrNotExist):
		if dir, err := os.Stat(filepath.Dir(o.target)); err != nil || !dir.IsDir() {
			return nil, fmt.Errorf("writing %s: no folder %s", path, filepath.Dir(o.target))
		}
	default:
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return o, nil
}

// sameTarget reports whether two outputs lead to one file: the same
// name in the same folder, however the folders are named.
func sameTarget(a, b *output) bool {
	if filepath.Base(a.target) != filepath.Base(b.target) {
		return false
	}
	da, errA := os.Stat(filepath.Dir(a.target))
	db, errB := os.Stat(filepath.Dir(b.target))
	return errA == nil && errB == nil && os.SameFile(da, db)
}

// create creates the temporary file of the output, with the mode
// os.Create would give the target — that of the file it replaces, or
// 0666 less the umask for a new one — so that renaming it changes nothing
// but the contents. A direct output opens its target.
func (o *output) create() error {
	if o.direct {
		f, err := os.OpenFile(o.target, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("writing %s: %w", o.path, err)
		}
		o.tmp = f
		return nil
	}
	dir, base := filepath.Split(o.target)
	for i := 0; ; i++ {
		name := filepath.Join(dir, fmt.Sprintf(".%s.%d.%d.tmp", base, os.Getpid(), i))
		tmp, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		switch {
		case errors.Is(err, fs.ErrExist) && i < 1000:
			continue
		case err != nil:
			return fmt.Errorf("writing %s: %w", o.path, err)
		}
		o.tmp = tmp
		if old, err := os.Stat(o.target); err == nil && old.Mode().IsRegular() {
			if err := tmp.Chmod(old.Mode().Perm()); err != nil {
				return fmt.Errorf("writing %s: %w", o.path, err)
			}
		}
		return nil
	}
}

// write writes the file through a buffer and closes it.
func (o *output) write(write func(io.Writer) error) error {
	w := bufio.NewWriterSize(o.tmp, 1<<20)
	err := errors.Join(write(w), w.Flush())
	if !o.direct {
		err = errors.Join(err, o.tmp.Sync())
	}
	if err = errors.Join(err, o.tmp.Close()); err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

// commit moves the written file to its target.
func (o *output) commit() error {
	if !o.direct {
		if err := os.Rename(o.tmp.Name(), o.target); err != nil {
			return fmt.Errorf("writing %s: %w", o.path, err)
		}
	}
	o.done = true
	return nil
}

// discard removes the temporary file unless it was committed.
func (o *output) discard() {
	if o.tmp == nil || o.done {
		return
	}
	o.tmp.Close()
	if !o.direct {
		os.Remove(o.tmp.Name())
	}
}

// pending holds the outputs being written, so that an interrupted run
// (Ctrl-C, a termination signal) removes their temporary files.
var pending struct {
	sync.Mutex
	outs map[*output]bool
}

func track(o *output, on bool) {
	pending.Lock()
	defer pending.Unlock()
	if pending.outs == nil {
		pending.outs = map[*output]bool{}
	}
	if on {
		pending.outs[o] = true
	} else {
		delete(pending.outs, o)
	}
}

// commitAll moves the written outputs to their targets, with no
// interruption between the renames.
func commitAll(outs []*output) error {
	pending.Lock()
	defer pending.Unlock()
	var errs []error
	for _, o := range outs {
		errs = append(errs, o.commit())
	}
	return errors.Join(errs...)
}

// discardPendingLocked removes the temporary files of the outputs being
// written; the caller holds pending's lock.
func discardPendingLocked() {
	for o := range pending.outs {
		o.discard()
	}
}

// interrupted removes the temporary files of the outputs being written
// and ends the program: what a run does when it is interrupted.
func interrupted(sig os.Signal) {
	pending.Lock() // held to the end: no commit starts
	discardPendingLocked()
	fmt.Fprintln(os.Stderr, "research: interrupted:", sig)
	os.Exit(130)
}
