package template

import (
	"errors"
	"fmt"
	htemplate "html/template"
	"strings"
	"sync"
	ttemplate "text/template"
	"text/template/parse"
)

// DefaultMaxSteps is the work bound of a Set unless [MaxSteps] sets
// another: the steps one rendering may take. A step is one iteration of a
// {{range}}, one {{template}} call, or 64 bytes of a string made by a
// helper that builds one from its arguments (print, printf, println, html,
// js, urlquery: a call takes one step and one more per 64 bytes it
// makes). The default templates take a few hundred for a plan of several
// goals.
const DefaultMaxSteps = 100_000

// MaxSteps bounds the work of one rendering to n steps (see
// [DefaultMaxSteps]); a rendering that would take more fails with
// [ErrWorkLimit] and writes nothing. With [MaxOutput] it makes a template
// from a party that is not trusted unable to run for long or to fill the
// memory: a range over a huge number, nested loops, endless recursion and
// a string doubled in a variable stop at the bound, in [New] (which
// executes every template against its samples) or in a rendering. So that
// one call cannot make a huge string before it is counted, printf refuses
// a width or precision above 1000 or taken from an argument ("%*d"). n
// must be positive.
func MaxSteps(n int) Option {
	return func(c *config) { c.maxSteps = n }
}

// bytesPerStep is how many bytes of a string made by a helper count as
// one step.
const bytesPerStep = 64

// maxFormatWidth is the largest width or precision printf takes.
const maxFormatWidth = 1000

// stepFunc is the name of the helper the Set inserts at the head of every
// {{range}} body and before every {{template}} call to count steps.
const stepFunc = "_iepgoal_step"

// errSteps is what the step helper fails with once the bound is reached.
var errSteps = errors.New("work limit reached")

// instrument inserts a call of the step helper at the head of every
// {{range}} body and before every {{template}} call of every template in
// both namespaces. It runs once, after parsing and before any execution.
func (s *Set) instrument() {
	for _, t := range s.textRoot.Templates() {
		if t.Tree != nil {
			counted(t.Tree.Root)
		}
	}
	for _, t := range s.htmlRoot.Templates() {
		if t.Tree != nil {
			counted(t.Tree.Root)
		}
	}
}

// counted inserts the step calls into a list of nodes and those below it.
func counted(list *parse.ListNode) {
	if list == nil {
		return
	}
	out := make([]parse.Node, 0, len(list.Nodes))
	for _, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.TemplateNode:
			out = append(out, stepAction(n.Pos, n.Line))
		case *parse.RangeNode:
			counted(n.List)
			n.List.Nodes = append([]parse.Node{stepAction(n.Pos, n.Line)}, n.List.Nodes...)
			counted(n.ElseList)
		case *parse.IfNode:
			counted(n.List)
			counted(n.ElseList)
		case *parse.WithNode:
			counted(n.List)
			counted(n.ElseList)
		case *parse.ListNode:
			counted(n)
		}
		out = append(out, n)
	}
	list.Nodes = out
}

// stepAction returns the node {{_iepgoal_step}}, placed where the loop or
// call it counts is, so that an error names that place.
func stepAction(pos parse.Pos, line int) *parse.ActionNode {
	ident := parse.NewIdentifier(stepFunc).SetTree(nil).SetPos(pos)
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{ident}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Line: line,
		Pipe: &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Line: line, Cmds: []*parse.CommandNode{cmd}}}
}

// executor is a copy of a Set's template namespaces whose step helper
// counts the steps of the rendering it is running. A Set keeps a pool of
// them, so that concurrent renderings count apart.
type executor struct {
	text  *ttemplate.Template
	html  *htemplate.Template
	steps int
	limit int
}

// newExecutor clones the namespaces with the helper bound to the new
// executor's count. The html namespace of the Set is never executed
// itself, so it can always be cloned.
func (s *Set) newExecutor() (*executor, error) {
	e := &executor{limit: s.maxSteps}
	text, err := s.textRoot.Clone()
	if err != nil {
		return nil, err
	}
	html, err := s.htmlRoot.Clone()
	if err != nil {
		return nil, err
	}
	funcs := e.funcs()
	e.text = text.Funcs(funcs)
	e.html = html.Funcs(htemplate.FuncMap(funcs))
	return e, nil
}

// funcs returns the step helper and the builtin helpers that make strings,
// counting their steps in e.
func (e *executor) funcs() ttemplate.FuncMap {
	made := func(s string) (string, error) {
		if err := e.step(1 + len(s)/bytesPerStep); err != nil {
			return "", err
		}
		return s, nil
	}
	return ttemplate.FuncMap{
		stepFunc:   func() (string, error) { return "", e.step(1) },
		"print":    func(args ...any) (string, error) { return made(fmt.Sprint(args...)) },
		"println":  func(args ...any) (string, error) { return made(fmt.Sprintln(args...)) },
		"html":     func(args ...any) (string, error) { return made(ttemplate.HTMLEscaper(args...)) },
		"js":       func(args ...any) (string, error) { return made(ttemplate.JSEscaper(args...)) },
		"urlquery": func(args ...any) (string, error) { return made(ttemplate.URLQueryEscaper(args...)) },
		"printf": func(format string, args ...any) (string, error) {
			if err := checkFormat(format); err != nil {
				return "", err
			}
			return made(fmt.Sprintf(format, args...))
		},
	}
}

// step counts n steps, failing once the bound is passed.
func (e *executor) step(n int) error {
	if e.steps += n; e.steps > e.limit {
		return errSteps
	}
	return nil
}

// checkFormat refuses a printf format whose width or precision is above
// maxFormatWidth or taken from an argument.
func checkFormat(format string) error {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		n := 0
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0; i++ {
			switch c := format[i]; {
			case c == '*':
				return fmt.Errorf("printf: a width or precision from an argument (%%*) is not allowed in a template")
			case c >= '0' && c <= '9':
				if n = n*10 + int(c-'0'); n > maxFormatWidth {
					return fmt.Errorf("printf: a width or precision above %d", maxFormatWidth)
				}
			default:
				n = 0
			}
		}
	}
	return nil
}

// executors is a Set's pool of executors.
type executors struct {
	pool sync.Pool
}

// executor returns an executor with its count at zero.
func (s *Set) executor() (*executor, error) {
	if e, ok := s.execs.pool.Get().(*executor); ok {
		e.steps = 0
		return e, nil
	}
	e, err := s.newExecutor()
	if err != nil {
		return nil, fmt.Errorf("template: preparing a rendering: %w", err)
	}
	return e, nil
}

func (s *Set) release(e *executor) { s.execs.pool.Put(e) }
