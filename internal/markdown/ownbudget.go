package markdown

import (
	"errors"
	"fmt"
	"html/template"
	"net/url"
	"strings"
	texttemplate "text/template"
	"text/template/parse"
	"time"
)

// A site's shortcode runs inside the build and the preview, so one that
// loops without end ({{ range 100000000000 }}, a template calling
// itself) or grows a value without bound must stop instead of hanging
// them. Go's templates have no step limit and cannot be cancelled, so
// lectern makes one: every range body and every template's start is
// given an action that counts (stepAction, put there by budgetTree),
// and the count, kept per call, stops the run past maxOwnSteps or
// maxOwnTime. What a step may do is bounded too: output by
// boundedBuffer, the values that functions make by capText, so no step
// runs long.

const (
	// maxOwnSteps bounds the loop turns and template calls of one call
	// of a site's shortcode: a snippet's loops go over its arguments.
	maxOwnSteps = 10000
	// maxOwnTime bounds one call's run however its steps are spent.
	maxOwnTime = 2 * time.Second
	// maxOwnText bounds a text that a function of the template makes.
	maxOwnText = 1 << 16
)

// errTooManySteps stops a template that loops past the budget.
var errTooManySteps = fmt.Errorf("it runs more than %d loop turns or template calls, or longer than %v, which no snippet of HTML needs (a loop without end?)", maxOwnSteps, maxOwnTime)

// errTooBig stops a function that would make a text past maxOwnText.
var errTooBig = fmt.Errorf("it makes a text longer than %d bytes, more than a snippet of HTML", maxOwnText)

// stepFunc is the name of the function the counting action calls; no
// template of Hugo's has it.
const stepFunc = "lecternOwnStep"

// stepAction is the counting action: a variable's declaration, which
// html/template leaves unescaped and which writes nothing.
var stepAction = func() parse.Node {
	trees, err := parse.Parse("step", "{{$lecternOwnStep := "+stepFunc+"}}", "", "", map[string]any{stepFunc: true})
	if err != nil {
		panic(err)
	}
	return trees["step"].Root.Nodes[0]
}()

// budgetTree puts the counting action at the start of every template of
// tmpl's set and of every range's body, before tmpl first runs.
func budgetTree(tmpl *template.Template) {
	for _, t := range tmpl.Templates() {
		if t.Tree == nil || t.Tree.Root == nil {
			continue
		}
		budgetRanges(t.Tree.Root)
		counted(t.Tree.Root)
	}
}

// budgetRanges counts a turn at the start of every range body in list,
// however deep in ifs and withs.
func budgetRanges(list *parse.ListNode) {
	if list == nil {
		return
	}
	for _, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.IfNode:
			budgetRanges(n.List)
			budgetRanges(n.ElseList)
		case *parse.WithNode:
			budgetRanges(n.List)
			budgetRanges(n.ElseList)
		case *parse.RangeNode:
			budgetRanges(n.List)
			budgetRanges(n.ElseList)
			counted(n.List)
		case *parse.ListNode:
			budgetRanges(n)
		}
	}
}

// counted puts the counting action first in list.
func counted(list *parse.ListNode) {
	if list != nil {
		list.Nodes = append([]parse.Node{stepAction.Copy()}, list.Nodes...)
	}
}

// budget is one call's count of steps and its deadline.
type budget struct {
	steps    int
	deadline time.Time
}

// step counts one loop turn or template call, and fails past the budget.
func (b *budget) step() (string, error) {
	b.steps++
	if b.steps > maxOwnSteps || b.steps%64 == 0 && time.Now().After(b.deadline) {
		return "", errTooManySteps
	}
	return "", nil
}

// capText is s, or errTooBig when s is longer than maxOwnText.
func capText(s string) (string, error) {
	if len(s) > maxOwnText {
		return "", errTooBig
	}
	return s, nil
}

// cappedFuncs are Go's own template functions that can grow a text,
// bounded: a value doubled in a loop would otherwise outgrow memory
// long before the step budget ends the loop.
var cappedFuncs = template.FuncMap{
	"printf": func(format string, args ...any) (string, error) {
		if err := checkWidths(format); err != nil {
			return "", err
		}
		return capText(fmt.Sprintf(format, args...))
	},
	"print":    func(args ...any) (string, error) { return capText(fmt.Sprint(args...)) },
	"println":  func(args ...any) (string, error) { return capText(fmt.Sprintln(args...)) },
	"urlquery": func(args ...any) (string, error) { return capText(url.QueryEscape(fmt.Sprint(args...))) },
	"html":     func(args ...any) (string, error) { return capText(texttemplate.HTMLEscapeString(fmt.Sprint(args...))) },
	"js":       func(args ...any) (string, error) { return capText(texttemplate.JSEscapeString(fmt.Sprint(args...))) },
}

// checkWidths refuses a format whose width or precision alone
// (%099999999d) would make a text past maxOwnText; digits elsewhere in
// the format are its text.
func checkWidths(format string) error {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		for part := 0; part < 2; part++ {
			n := 0
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				n = n*10 + int(format[i]-'0')
				if n > maxOwnText {
					return errTooBig
				}
				i++
			}
			if part == 0 && i < len(format) && format[i] == '.' {
				i++
				continue
			}
			break
		}
	}
	return nil
}

// seq is Hugo's seq: 1…n, first…last, or first, first+step…last; a
// sequence longer than the step budget could not be ranged over anyway.
func seq(args ...int) ([]int, error) {
	first, step, last := 1, 1, 0
	switch len(args) {
	case 1:
		last = args[0]
		if last < 0 {
			first, step = -1, -1
		}
	case 2:
		first, last = args[0], args[1]
		if last < first {
			step = -1
		}
	case 3:
		first, step, last = args[0], args[1], args[2]
	default:
		return nil, errors.New("seq takes one to three numbers")
	}
	if step == 0 || (last-first)/step < 0 {
		return nil, nil
	}
	if n := (last-first)/step + 1; n > maxOwnSteps {
		return nil, errTooManySteps
	}
	var out []int
	for i := first; step > 0 && i <= last || step < 0 && i >= last; i += step {
		out = append(out, i)
	}
	return out, nil
}
