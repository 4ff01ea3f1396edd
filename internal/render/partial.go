package render

import (
	"errors"
	"html/template"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
)

// partials runs the shared templates (partials/…) for the partial
// template function, and remembers what each rendered for a page while a
// build streams its outputs.
//
// {{partial "partials/item.html" .}} writes what {{template
// "partials/item.html" .}} writes: a shared template sees only its dot
// and the site's functions, so its output for one page is the same on
// every list that shows the page. A talk appears in a dozen lists (home,
// its tags, track, format, level, speaker, event); rendering its item once
// saves a tenth of a large site's template time.
type partials struct {
	// set is a clone of the shared templates, bound to the site's URLs.
	set *template.Template
	// cache holds the output by partialKey during Renderer.Stream, and is
	// nil otherwise: Run serves the preview, whose incremental rebuilds
	// update pages in place, so nothing may outlive one pass.
	cache atomic.Pointer[sync.Map]
}

// partialKey names one output of a partial: the template and its dot,
// which is cached only when it is a pointer, so that keys compare by
// identity.
type partialKey struct {
	name string
	dot  any
}

// errNoPartials is the error of the partial function where no site is
// bound, as when New checks the templates.
var errNoPartials = errors.New("partial is only available while rendering a site")

// render runs the shared template name on dot. It is the partial template
// function.
func (pc *partials) render(name string, dot any) (template.HTML, error) {
	if pc == nil || pc.set == nil {
		return "", errNoPartials
	}
	cache := pc.cache.Load()
	if cache != nil {
		if v := reflect.ValueOf(dot); v.Kind() != reflect.Pointer || v.IsNil() {
			cache = nil
		}
	}
	key := partialKey{name, dot}
	if cache != nil {
		if h, ok := cache.Load(key); ok {
			return h.(template.HTML), nil
		}
	}
	var b strings.Builder
	if err := pc.set.ExecuteTemplate(&b, name, dot); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	if cache != nil {
		cache.Store(key, h)
	}
	return h, nil
}

// remember turns caching on for the partials of jobs until the returned
// function is called.
func remember(jobs []Job) (forget func()) {
	var on []*partials
	for _, j := range jobs {
		if p := j.partials; p != nil && !containsPtr(on, p) {
			p.cache.Store(new(sync.Map))
			on = append(on, p)
		}
	}
	return func() {
		for _, p := range on {
			p.cache.Store(nil)
		}
	}
}

func containsPtr(list []*partials, p *partials) bool {
	for _, q := range list {
		if q == p {
			return true
		}
	}
	return false
}
