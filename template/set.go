package template

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	htemplate "html/template"
	"io"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"
	ttemplate "text/template"
)

// embedded holds the default templates: templates/<name>.tmpl is the
// English text of the template registered as <name>, templates/es/<name>.tmpl
// the Spanish.
//
//go:embed templates/*.tmpl templates/es/*.tmpl
var embedded embed.FS

// Set is a parsed, checked collection of named templates: the default
// English wording, with any templates a vendor replaced. It renders each
// template as text (text/template) or HTML (html/template) from the same
// source text; a template that is a whole HTML page renders as HTML only.
//
// A Set is immutable: [New] and [Set.With] build a new one, parse every
// template in both formats and execute each against sample values of its
// data type (a page as HTML), so a replacement that refers to a missing field fails there
// and not in a report. A *Set is safe for concurrent use. The zero Set is
// not usable; get one from [New] or [Default].
type Set struct {
	lang      Language
	glossary  *Glossary
	overrides []termOverride // kept for With
	funcs     ttemplate.FuncMap
	sources   map[string]source
	maxOutput int
	maxSteps  int
	owners    map[string]string // every template name, {{define}}d ones too → the registered template whose text holds it
	// textRoot and htmlRoot hold every template, parsed and instrumented
	// to count steps; they are never executed themselves, only their
	// clones, the executors.
	textRoot *ttemplate.Template
	htmlRoot *htemplate.Template
	execs    *executors
}

// source is the text of one template and where it came from; embedded
// marks a language's default, which a change of language replaces.
type source struct {
	text, origin string
	embedded     bool
}

// config gathers what the options say before a Set is built.
type config struct {
	lang      Language
	overrides []termOverride
	sources   map[string]source
	maxOutput int
	maxSteps  int
	errs      []error
}

// Option changes how [New] or [Set.With] builds a Set.
type Option func(*config)

// Replace replaces the template registered as name with text. The text is
// parsed with the package's helper functions; it may {{define}} helper
// templates of its own under names no other template uses. An unknown name
// fails the build with [ErrUnknownTemplate].
func Replace(name, text string) Option {
	return func(c *config) { c.replace(name, source{text: text, origin: "Replace"}) }
}

// ReplaceFS replaces templates with the files of fsys that match the
// patterns (as [fs.Glob] matches them). A file named "<name>.tmpl" replaces
// the template registered as <name>. A pattern that matches no file, a file
// that cannot be read or is not named *.tmpl fails the build with
// [ErrSource]; a name that is not registered, with [ErrUnknownTemplate].
func ReplaceFS(fsys fs.FS, patterns ...string) Option {
	return func(c *config) {
		for _, pattern := range patterns {
			matches, err := fs.Glob(fsys, pattern)
			if err == nil && len(matches) == 0 {
				err = fmt.Errorf("pattern %q matches no file", pattern)
			}
			if err != nil {
				c.errs = append(c.errs, &Error{Source: pattern, Kind: ErrSource, Err: err})
				continue
			}
			for _, file := range matches {
				c.readFile(fsys, file, file)
			}
		}
	}
}

// MaxOutput bounds the size in bytes of one rendering, for templates
// supplied by parties that are not trusted: a rendering that would exceed
// it fails with [ErrOutputLimit] and writes nothing. The checks at build
// time stop at the bound too (without failing), so checking a template that
// writes without end costs no more than the bound. 0 means no bound; a
// negative value fails the build with [ErrInvalid]. The bound is on bytes
// written; [MaxSteps] bounds the work, including that of a template that
// loops without writing.
func MaxOutput(bytes int) Option {
	return func(c *config) { c.maxOutput = bytes }
}

func (c *config) replace(name string, src source) {
	if _, ok := definitions[name]; !ok {
		c.errs = append(c.errs, &Error{Template: name, Source: src.origin, Kind: ErrUnknownTemplate})
		return
	}
	c.sources[name] = src
}

func (c *config) readFile(fsys fs.FS, file, origin string) {
	name, ok := strings.CutSuffix(path.Base(file), ".tmpl")
	if !ok {
		c.errs = append(c.errs, &Error{Source: origin, Kind: ErrSource, Err: fmt.Errorf("file name must be <template name>.tmpl")})
		return
	}
	text, err := fs.ReadFile(fsys, file)
	if err != nil {
		c.errs = append(c.errs, &Error{Template: name, Source: origin, Kind: ErrSource, Err: err})
		return
	}
	c.replace(name, source{text: string(text), origin: origin})
}

// New returns the default templates with the options applied, parsed and
// checked: English unless [InLanguage] says otherwise. The error joins
// every problem found in the options; otherwise it reports the first
// template that fails to parse or to execute against its samples. Every
// error is an [*Error].
func New(opts ...Option) (*Set, error) {
	return build(&config{lang: English, sources: map[string]source{}}, opts)
}

// loadDefaults fills in the language's default text of every template
// not replaced.
func (c *config) loadDefaults() error {
	for _, name := range registeredNames() {
		if src, ok := c.sources[name]; ok && !src.embedded {
			continue
		}
		file := c.lang.dir() + "/" + name + ".tmpl"
		text, err := fs.ReadFile(embedded, file)
		if err != nil {
			return &Error{Template: name, Source: "embedded " + file, Kind: ErrSource, Err: err}
		}
		c.sources[name] = source{text: string(text), origin: "embedded " + file, embedded: true}
	}
	return nil
}

// Default returns the Set of default templates, built once and shared.
// It panics only if the embedded default templates are broken, which the
// package's tests rule out.
func Default() *Set { return defaultSet() }

var defaultSet = sync.OnceValue(func() *Set { return mustNew(English) })

// DefaultIn returns the Set of default templates in language l (the zero
// Language: English), built once per language and shared. It panics only
// if the embedded templates are broken, which the package's tests rule
// out, or for an undeclared language, a programmer error.
func DefaultIn(l Language) *Set {
	if l.orDefault() == English {
		return defaultSet()
	}
	if l != Spanish {
		panic(fmt.Sprintf("template: DefaultIn(%d): want English or Spanish", uint8(l)))
	}
	return defaultSpanish()
}

var defaultSpanish = sync.OnceValue(func() *Set { return mustNew(Spanish) })

func mustNew(l Language) *Set {
	s, err := New(InLanguage(l))
	if err != nil {
		panic(err)
	}
	return s
}

// With returns a new Set holding s's templates and limit with the options
// applied; s is unchanged.
func (s *Set) With(opts ...Option) (*Set, error) {
	if s == nil || s.textRoot == nil {
		return nil, invalid("", "zero Set: build one with New or use Default")
	}
	return build(&config{lang: s.lang, overrides: slices.Clone(s.overrides), sources: maps.Clone(s.sources), maxOutput: s.maxOutput, maxSteps: s.maxSteps}, opts)
}

// Names returns the names of the Set's templates, sorted.
func (s *Set) Names() []string { return registeredNames() }

// Source returns the text of the named template and whether the name is known.
func (s *Set) Source(name string) (string, bool) {
	src, ok := s.sources[name]
	return src.text, ok
}

// MaxOutput returns the Set's bound on the size of one rendering (0: none).
func (s *Set) MaxOutput() int { return s.maxOutput }

// MaxSteps returns the Set's bound on the work of one rendering
// ([DefaultMaxSteps] unless [MaxSteps] set another).
func (s *Set) MaxSteps() int { return s.maxSteps }

func build(c *config, opts []Option) (*Set, error) {
	for _, opt := range opts {
		opt(c)
	}
	if c.maxOutput < 0 {
		c.errs = append(c.errs, invalid("", "MaxOutput(%d): want 0 (no bound) or a positive number of bytes", c.maxOutput))
	}
	switch {
	case c.maxSteps == 0:
		c.maxSteps = DefaultMaxSteps
	case c.maxSteps < 0:
		c.errs = append(c.errs, invalid("", "MaxSteps(%d): want a positive number of steps", c.maxSteps))
	}
	if len(c.errs) > 0 {
		return nil, errors.Join(c.errs...)
	}
	if err := c.loadDefaults(); err != nil {
		return nil, err
	}
	glossary, err := c.glossary()
	if err != nil {
		return nil, err
	}
	fm := helperFuncs(c.lang, glossary)
	owners, err := checkDefines(c.sources, fm)
	if err != nil {
		return nil, err
	}
	s := &Set{lang: c.lang, glossary: glossary, overrides: c.overrides, funcs: fm, sources: c.sources,
		maxOutput: c.maxOutput, maxSteps: c.maxSteps, owners: owners, execs: &executors{}}
	if err := s.parse(); err != nil {
		return nil, err
	}
	s.instrument()
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

// checkDefines parses each source on its own, to report syntax errors
// against the source that has them and to find every name each source
// {{define}}s. It returns which template owns each defined name, and fails
// with ErrConflict when a name is defined by two sources or when a source
// defines another registered template.
func checkDefines(sources map[string]source, fm ttemplate.FuncMap) (map[string]string, error) {
	owners := map[string]string{}
	for _, name := range registeredNames() {
		owners[name] = name
	}
	for _, name := range registeredNames() {
		src := sources[name]
		t, err := ttemplate.New(name).Funcs(fm).Parse(src.text)
		if err != nil {
			return nil, parseError(name, src.origin, err)
		}
		for _, defined := range t.Templates() {
			d := defined.Name()
			if owner, taken := owners[d]; taken && owner != name {
				return nil, &Error{Template: name, Source: src.origin, Field: d, Kind: ErrConflict,
					Err: fmt.Errorf("{{define %q}} clashes with template %q", d, owner)}
			}
			owners[d] = name
		}
	}
	return owners, nil
}

func parseError(name, origin string, err error) error {
	if ref := referredTo(err.Error()); ref != "" {
		return &Error{Template: name, Source: origin, Field: ref, Kind: ErrMissingField, Err: err}
	}
	return &Error{Template: name, Source: origin, Kind: ErrSyntax, Err: err}
}

// parse builds the text and HTML template trees, one namespace each, from
// the same sources.
func (s *Set) parse() error {
	s.textRoot = ttemplate.New("").Funcs(s.funcs).Option("missingkey=error")
	s.htmlRoot = htemplate.New("").Funcs(htemplate.FuncMap(s.funcs)).Option("missingkey=error")
	for _, name := range registeredNames() {
		src := s.sources[name]
		if _, err := s.textRoot.New(name).Parse(src.text); err != nil {
			return parseError(name, src.origin, err)
		}
		if _, err := s.htmlRoot.New(name).Parse(src.text); err != nil {
			return parseError(name, src.origin, err)
		}
	}
	return nil
}

// check executes every template against every sample value of its data
// type, in both formats (an HTML page in HTML only). A sample rendering that reaches the Set's output
// bound stops there without failing the build: the bound is about real
// renderings, and it keeps the cost of checking a runaway template finite.
func (s *Set) check() error {
	for _, name := range registeredNames() {
		for _, sample := range definitions[name].samples() {
			for _, f := range definitions[name].formats() {
				w := &limitedWriter{w: io.Discard, limit: s.maxOutput}
				if err := s.run(w, f, name, sample); err != nil && !errors.Is(err, ErrOutputLimit) {
					return s.execError(name, err)
				}
			}
		}
	}
	return nil
}

// Execute renders the template registered as name with data, which must be
// of the template's data type (for example [BenchmarkData] for
// [NameBenchmark]), in format f. The output is written to w only when the
// whole rendering succeeded; an error from w is returned as it is. Every
// other error is an [*Error].
func (s *Set) Execute(w io.Writer, f Format, name string, data any) error {
	def, ok := definitions[name]
	switch {
	case s == nil || s.textRoot == nil:
		return invalid(name, "zero Set: build one with New or use Default")
	case !ok:
		return &Error{Template: name, Kind: ErrUnknownTemplate}
	case !f.IsValid():
		return invalid(name, "format %v: want Text or HTML", f)
	case def.htmlOnly && f != HTML:
		return invalid(name, "format %v: the template is an HTML page; render it as HTML", f)
	case reflect.TypeOf(data) != def.dataType:
		return invalid(name, "data of type %T: want %v", data, def.dataType)
	}
	if v, ok := data.(validator); ok {
		if err := v.validate(); err != nil {
			return &Error{Template: name, Kind: ErrInvalid, Err: err}
		}
	}
	buf := buffers.Get().(*bytes.Buffer)
	defer putBuffer(buf)
	buf.Reset()
	if err := s.run(&limitedWriter{w: buf, limit: s.maxOutput}, f, name, data); err != nil {
		return s.execError(name, err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// validator is implemented by data types that can say they are unfit to
// render (a zero benchmark, an inconsistent result).
type validator interface {
	validate() error
}

// run executes the named template on an executor of the pool, counting
// its steps.
func (s *Set) run(w io.Writer, f Format, name string, data any) error {
	e, err := s.executor()
	if err != nil {
		return err
	}
	defer s.release(e)
	if f == HTML {
		return e.html.Lookup(name).Execute(w, data)
	}
	return e.text.Lookup(name).Execute(w, data)
}

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putBuffer(b *bytes.Buffer) {
	if b.Cap() <= 64<<10 {
		buffers.Put(b)
	}
}

// execError turns an execution error into an *Error naming the template
// whose text failed (the owner of a {{define}}d helper template that
// failed) and, when the error refers to something missing, what.
func (s *Set) execError(name string, err error) error {
	e := &Error{Template: name, Kind: ErrExecute, Err: err}
	var execErr ttemplate.ExecError
	var htmlErr *htemplate.Error
	switch {
	case errors.As(err, &execErr):
		if owner, ok := s.owners[execErr.Name]; ok {
			e.Template = owner
		}
	case errors.As(err, &htmlErr):
		e.Kind = ErrSyntax
		if owner, ok := s.owners[htmlErr.Name]; ok {
			e.Template = owner
		}
	}
	switch {
	case errors.Is(err, ErrOutputLimit):
		e.Kind, e.Err = ErrOutputLimit, fmt.Errorf("more than %d bytes", s.maxOutput)
	case errors.Is(err, errSteps):
		e.Kind, e.Err = ErrWorkLimit, fmt.Errorf("more than %d steps (loop iterations, template calls and strings made): %w", s.maxSteps, err)
	}
	if ref := referredTo(err.Error()); ref != "" && e.Kind != ErrOutputLimit && e.Kind != ErrWorkLimit {
		e.Kind, e.Field = ErrMissingField, ref
	}
	if src, ok := s.sources[e.Template]; ok {
		e.Source = src.origin
	}
	return e
}

// limitedWriter passes writes to w until limit bytes have been written
// (no limit when limit is 0), then fails with ErrOutputLimit.
type limitedWriter struct {
	w        io.Writer
	n, limit int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.limit > 0 && l.n+len(p) > l.limit {
		n, _ := l.w.Write(p[:l.limit-l.n])
		l.n += n
		return n, ErrOutputLimit
	}
	n, err := l.w.Write(p)
	l.n += n
	return n, err
}
