package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// output is one output file: planned before any work (planOutput), then
// written to a temporary file beside its target and renamed into place
// with the others (commitAll), or removed (discard). The target is the
// file the name leads to through symbolic links, so that a link is written
// through as os.Create would. A device, a pipe or a path into /dev or
// /proc (/dev/stdout) is written in place, as it comes: direct.
type output struct {
	path   string // as named
	target string // the file written
	direct bool
	tmp    *os.File
	backup string // a link to the file the target held, while committing
	done   bool
}

// planOutput resolves the file an output names and refuses, before any
// work, one that could not be written at the end: a directory, a folder
// that does not exist, a file that cannot be opened for writing (read-only,
// say). It opens nothing that is not a regular file.
func planOutput(path string) (*output, error) {
	target, err := resolveLinks(path)
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	o := &output{path: path, target: target}
	fi, err := os.Stat(target)
	switch {
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("writing %s: it is a directory", path)
	case err == nil && (!fi.Mode().IsRegular() || special(target)):
		o.direct = true
	case err == nil:
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", path, err)
		}
		f.Close()
	case errors.Is(err, fs.ErrNotExist):
		if dir, err := os.Stat(filepath.Dir(target)); err != nil || !dir.IsDir() {
			return nil, fmt.Errorf("writing %s: no folder %s", path, filepath.Dir(target))
		}
	default:
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return o, nil
}

// resolveLinks follows the symbolic links path leads through, as opening
// it would, to the file they name, which need not exist yet (a dangling
// link names the file os.Create would make). A path into /dev or /proc is
// left as it is: its links lead to descriptors, not files to replace.
func resolveLinks(path string) (string, error) {
	for range 40 {
		if special(path) {
			return path, nil
		}
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", errors.New("too many symbolic links")
}

// special reports whether a path is in /dev or /proc, written in place.
func special(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && (strings.HasPrefix(abs, "/dev/") || strings.HasPrefix(abs, "/proc/"))
}

// sameTarget reports whether two outputs lead to one file: the same name
// in the same folder, however the folders are named, or one existing
// file (a device named twice, a hard link).
func sameTarget(a, b *output) bool {
	if fa, err := os.Stat(a.target); err == nil {
		if fb, err := os.Stat(b.target); err == nil && os.SameFile(fa, fb) {
			return true
		}
	}
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
// but the contents. A direct output opens its target, appending.
func (o *output) create() error {
	pending.Lock() // an interruption waits: no temporary file escapes it
	defer pending.Unlock()
	if o.direct {
		f, err := os.OpenFile(o.target, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return fmt.Errorf("writing %s: %w", o.path, err)
		}
		o.tmp = f
		return nil
	}
	dir, base := filepath.Split(o.target)
	for i := 0; ; i++ {
		tmp, err := os.OpenFile(hidden(dir, base, "tmp", i), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
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

// hidden names a hidden file beside a target: .NAME.PID.N.KIND.
func hidden(dir, base, kind string, n int) string {
	return filepath.Join(dir, fmt.Sprintf(".%s.%d.%d.%s", base, os.Getpid(), n, kind))
}

// writer returns a buffered writer to the temporary file; its errors
// name the output.
func (o *output) writer() *bufio.Writer { return bufio.NewWriterSize(namedWriter{o}, 1<<20) }

// finish flushes what w buffered, then syncs and closes the file.
func (o *output) finish(w *bufio.Writer) error {
	if err := w.Flush(); err != nil {
		return err // named by namedWriter
	}
	var err error
	if !o.direct {
		err = o.tmp.Sync()
	}
	if err = errors.Join(err, o.tmp.Close()); err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

// namedWriter writes to an output's temporary file, naming the output in
// its errors.
type namedWriter struct{ o *output }

func (n namedWriter) Write(b []byte) (int, error) {
	k, err := n.o.tmp.Write(b)
	if err != nil {
		err = fmt.Errorf("writing %s: %w", n.o.path, err)
	}
	return k, err
}

// pending holds the outputs being written, so that an interrupted run
// (Ctrl-C, a termination signal) removes their temporary files. Its lock
// guards the outputs' files.
var pending struct {
	sync.Mutex
	outs map[*output]bool
}

// track adds an output to the pending ones ([release] removes it).
func track(o *output) {
	pending.Lock()
	defer pending.Unlock()
	if pending.outs == nil {
		pending.outs = map[*output]bool{}
	}
	pending.outs[o] = true
}

// commitAll moves the written outputs to their targets, all or none:
// the files the targets held are kept as hard links until every rename
// has succeeded, and put back if one fails. There is no interruption
// between the renames.
func commitAll(outs []*output) error {
	pending.Lock()
	defer pending.Unlock()
	for i, o := range outs {
		if err := o.commit(); err != nil {
			for _, done := range outs[:i] {
				done.undo()
			}
			return err
		}
	}
	for _, o := range outs {
		if o.backup != "" {
			os.Remove(o.backup)
		}
	}
	return nil
}

// commit moves the written file to its target, keeping what the target
// held as a hidden hard link beside it (when the file system allows).
func (o *output) commit() error {
	if o.direct {
		o.done = true
		return nil
	}
	dir, base := filepath.Split(o.target)
	if _, err := os.Lstat(o.target); err == nil {
		for i := range 1000 {
			name := hidden(dir, base, "old", i)
			if err := os.Link(o.target, name); err == nil {
				o.backup = name
				break
			} else if !errors.Is(err, fs.ErrExist) {
				break
			}
		}
	}
	if err := os.Rename(o.tmp.Name(), o.target); err != nil {
		if o.backup != "" {
			os.Remove(o.backup)
			o.backup = ""
		}
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	o.done = true
	return nil
}

// undo puts back what a committed output's target held: the kept file,
// or nothing for a target that did not exist.
func (o *output) undo() {
	switch {
	case o.direct:
	case o.backup != "":
		os.Rename(o.backup, o.target)
	default:
		os.Remove(o.target)
	}
}

// discard removes the temporary file unless it was committed; the caller
// holds pending's lock.
func (o *output) discard() {
	if o.tmp == nil || o.done {
		return
	}
	o.tmp.Close()
	if !o.direct {
		os.Remove(o.tmp.Name())
	}
}

// release discards an output and forgets it.
func release(o *output) {
	pending.Lock()
	o.discard()
	delete(pending.outs, o)
	pending.Unlock()
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
