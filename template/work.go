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
// {{range}}, one {{template}} call, or 64 bytes of a string handed to a
// function — as an argument or through a pipe — or made by a helper that
// builds one from its arguments (print, printf, println, html, js,
// urlquery, counted before they run). The default templates take a few
// hundred for a plan of several goals.
const DefaultMaxSteps = 100_000

// MaxSteps bounds the work of one rendering to n steps (see
// [DefaultMaxSteps]); a rendering that would take more fails with
// [ErrWorkLimit] and writes nothing. With [MaxOutput] it makes a template
// from a party that is not trusted unable to run for long or to fill the
// memory: a range over a huge number, nested loops, endless recursion, a
// string grown in a variable or compared again and again stop at the
// bound, in [New] (which executes every template against its samples) or
// in a rendering. printf refuses a width or precision above 1000 or taken
// from an argument ("%*d"). n must be positive.
func MaxSteps(n int) Option {
	return func(c *config) { c.maxSteps = n }
}

// bytesPerStep is how many bytes of a string made by a helper count as
// one step.
const bytesPerStep = 64

// maxFormatWidth is the largest width or precision printf takes.
const maxFormatWidth = 1000

// stepFunc is the name of the helper the Set inserts at the head of every
// {{range}} body and before every {{template}} call to count steps, and
// sizeFunc that of the helper it puts around every argument of a function
// and between the commands of a pipeline, to count the strings handed on.
const (
	stepFunc = "_iepgoal_step"
	sizeFunc = "_iepgoal_size"
)

// errSteps is what the step helper fails with once the bound is reached.
var errSteps = errors.New("work limit reached")

// instrument inserts a call of the step helper at the head of every
// {{range}} body and before every {{template}} call, and the size helper
// around the arguments and between the commands of every pipeline, of
// every template in both namespaces. It runs once, after parsing and
// before any execution.
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

// sized puts the size helper around each argument of the pipeline's
// function calls and before each command that takes a piped value.
func sized(pipe *parse.PipeNode) {
	if pipe == nil {
		return
	}
	cmds := make([]*parse.CommandNode, 0, 2*len(pipe.Cmds))
	for i, cmd := range pipe.Cmds {
		for j := 1; j < len(cmd.Args); j++ {
			cmd.Args[j] = sizedArg(cmd.Args[j], pipe.Line)
		}
		if len(cmd.Args) > 0 {
			cmd.Args[0] = sizedNested(cmd.Args[0])
		}
		if i > 0 {
			cmds = append(cmds, sizeCommand(cmd.Pos, nil))
		}
		cmds = append(cmds, cmd)
	}
	pipe.Cmds = cmds
}

// sizedArg returns an argument with the size helper around it; a constant
// (bounded by the template's text) is left as it is.
func sizedArg(arg parse.Node, line int) parse.Node {
	switch arg.(type) {
	case *parse.BoolNode, *parse.NumberNode, *parse.StringNode, *parse.NilNode:
		return arg
	}
	arg = sizedNested(arg)
	return &parse.PipeNode{NodeType: parse.NodePipe, Pos: arg.Position(), Line: line,
		Cmds: []*parse.CommandNode{sizeCommand(arg.Position(), arg)}}
}

// sizedNested instruments the pipelines inside an argument: a
// parenthesized pipeline, or the operand of a field chain.
func sizedNested(arg parse.Node) parse.Node {
	switch n := arg.(type) {
	case *parse.PipeNode:
		sized(n)
	case *parse.ChainNode:
		n.Node = sizedNested(n.Node)
	}
	return arg
}

// sizeCommand returns the command {{_iepgoal_size arg}} (of the piped
// value when arg is nil).
func sizeCommand(pos parse.Pos, arg parse.Node) *parse.CommandNode {
	args := []parse.Node{parse.NewIdentifier(sizeFunc).SetTree(nil).SetPos(pos)}
	if arg != nil {
		args = append(args, arg)
	}
	return &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: args}
}

// counted inserts the step calls into a list of nodes and those below it.
func counted(list *parse.ListNode) {
	if list == nil {
		return
	}
	out := make([]parse.Node, 0, len(list.Nodes))
	for _, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			sized(n.Pipe)
		case *parse.TemplateNode:
			sized(n.Pipe)
			out = append(out, stepAction(n.Pos, n.Line))
		case *parse.RangeNode:
			sized(n.Pipe)
			counted(n.List)
			n.List.Nodes = append([]parse.Node{stepAction(n.Pos, n.Line)}, n.List.Nodes...)
			counted(n.ElseList)
		case *parse.IfNode:
			sized(n.Pipe)
			counted(n.List)
			counted(n.ElseList)
		case *parse.WithNode:
			sized(n.Pipe)
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

// funcs returns the step and size helpers, and the builtin helpers that
// make strings, counting their steps in e. A maker's steps are counted
// before it runs, from a bound on what it can make, so that no call makes
// a string larger than the work left.
func (e *executor) funcs() ttemplate.FuncMap {
	maker := func(grow int, make func(args ...any) string) func(args ...any) (string, error) {
		return func(args ...any) (string, error) {
			if err := e.step(1 + grow*argBytes(args)/bytesPerStep); err != nil {
				return "", err
			}
			return make(args...), nil
		}
	}
	return ttemplate.FuncMap{
		stepFunc: func() (string, error) { return "", e.step(1) },
		sizeFunc: func(v any) (any, error) {
			if s, ok := v.(string); ok {
				return v, e.step(len(s) / bytesPerStep)
			}
			return v, nil
		},
		"print":    maker(1, fmt.Sprint),
		"println":  maker(1, fmt.Sprintln),
		"html":     maker(6, ttemplate.HTMLEscaper), // "&#34;" for '"': at most 6 bytes a byte
		"js":       maker(6, ttemplate.JSEscaper),   // "\u003C" for '<'
		"urlquery": maker(3, ttemplate.URLQueryEscaper),
		"printf": func(format string, args ...any) (string, error) {
			verbs, err := checkFormat(format)
			if err != nil {
				return "", err
			}
			// Each verb writes at most its widest argument, padded to 1000.
			if err := e.step(1 + (len(format)+verbs*(maxArgBytes(args)+maxFormatWidth))/bytesPerStep); err != nil {
				return "", err
			}
			return fmt.Sprintf(format, args...), nil
		},
	}
}

// argBytes bounds what formatting the arguments writes: a string's
// length, 64 bytes for any other value (the library's data print short).
func argBytes(args []any) int {
	n := 0
	for _, a := range args {
		n += valueBytes(a) + 1
	}
	return n
}

func maxArgBytes(args []any) int {
	n := 0
	for _, a := range args {
		n = max(n, valueBytes(a))
	}
	return n
}

func valueBytes(v any) int {
	switch v := v.(type) {
	case string:
		return len(v)
	case []byte:
		return len(v)
	}
	return bytesPerStep
}

// step counts n steps, failing once the bound is passed.
func (e *executor) step(n int) error {
	if e.steps += n; e.steps > e.limit {
		return errSteps
	}
	return nil
}

// checkFormat refuses a printf format whose width or precision is above
// maxFormatWidth or taken from an argument, and returns how many verbs it
// may have.
func checkFormat(format string) (verbs int, err error) {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		verbs++
		n := 0
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0; i++ {
			switch c := format[i]; {
			case c == '*':
				return 0, fmt.Errorf("printf: a width or precision from an argument (%%*) is not allowed in a template")
			case c >= '0' && c <= '9':
				if n = n*10 + int(c-'0'); n > maxFormatWidth {
					return 0, fmt.Errorf("printf: a width or precision above %d", maxFormatWidth)
				}
			default:
				n = 0
			}
		}
	}
	return verbs, nil
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
