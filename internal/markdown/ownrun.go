package markdown

import (
	"errors"
	"fmt"
	"html/template"
	"strings"
)

// maxPartialDepth bounds partials calling partials: a snippet's partial
// may call another, not a chain of them.
const maxPartialDepth = 10

// ownLook is one call of a site's shortcode: look answers what it reads
// of the page and site (expander.lookup, which records each answer),
// find the site's partials (by "partials/NAME", recorded too), keys are
// the dotted keys of Params its templates name, steps its budget.
type ownLook struct {
	look  func(name string) (Value, bool)
	find  func(name string) (ShortcodeTemplate, bool)
	keys  []string
	steps *budget
	// seen are the answers look gave, so that a value read in a loop
	// is asked for, and recorded, once.
	seen map[string]seenValue
}

type seenValue struct {
	v  Value
	ok bool
}

// value is look's answer for name, asked once per call.
func (x *ownLook) value(name string) (Value, bool) {
	if x == nil || x.look == nil {
		return Value{}, false
	}
	if a, ok := x.seen[name]; ok {
		return a.v, a.ok
	}
	v, ok := x.look(name)
	if x.seen == nil {
		x.seen = map[string]seenValue{}
	}
	x.seen[name] = seenValue{v, ok}
	return v, ok
}

// funcs are the functions bound to this call: the counting step, the
// site's addresses, and partial at depth.
func (x *ownLook) funcs(depth int) template.FuncMap {
	m := urlFuncs(x)
	m[stepFunc] = func() (string, error) {
		if x.steps == nil {
			return "", errTooManySteps
		}
		return x.steps.step()
	}
	partial := func(name string, ctx ...any) (template.HTML, error) { return x.partial(name, ctx, depth) }
	m["partial"] = partial
	// partialCached's variant arguments only say which copy Hugo keeps.
	m["partialCached"] = partial
	return m
}

// run runs sc, parsed once ahead or now, on dot: a copy of it, as
// html/template escapes a template when it first runs and the parsed
// one is shared by every page, with this call's functions.
func (x *ownLook) run(name string, sc ShortcodeTemplate, dot any, depth int) (string, error) {
	tmpl, err := sc.parsed, sc.err
	if tmpl == nil && err == nil {
		tmpl, err = parseOwn(name, sc.Src)
	}
	if err != nil {
		return "", err
	}
	c, err := tmpl.Clone()
	if err != nil {
		return "", err
	}
	var b boundedBuffer
	if err := c.Funcs(x.funcs(depth)).Execute(&b, dot); err != nil {
		return "", err
	}
	return b.String(), nil
}

// noPartial is a partial the site does not have, by the name called.
type noPartial string

func (n noPartial) Error() string {
	return fmt.Sprintf("it calls partial %q, which the site does not have in layouts/partials/", string(n))
}

// partial is Hugo's partial: the site's layouts/partials/NAME (or its
// theme's) run on ctx, its output HTML in the caller's.
func (x *ownLook) partial(name string, ctx []any, depth int) (template.HTML, error) {
	if depth >= maxPartialDepth {
		return "", errTooManySteps
	}
	key := strings.TrimSuffix(strings.TrimPrefix(name, "partials/"), ".html")
	if x.find == nil || key == "" || strings.Contains(key, "..") {
		return "", noPartial(name)
	}
	sc, ok := x.find("partials/" + key)
	if !ok {
		return "", noPartial(name)
	}
	x.keys = append(x.keys, paramKeys(sc.Src)...)
	var dot any
	if len(ctx) > 0 {
		dot = ctx[0]
	}
	out, err := x.run("partials/"+key, sc, dot, depth+1)
	return template.HTML(out), err
}

// dict is Hugo's dict: a map of its pairs, the usual context of a
// partial.
func dict(pairs ...any) (map[string]any, error) {
	if len(pairs)%2 != 0 {
		return nil, errors.New("dict takes pairs of a key and a value")
	}
	m := make(map[string]any, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		m[fmt.Sprint(pairs[i])] = pairs[i+1]
	}
	return m, nil
}
