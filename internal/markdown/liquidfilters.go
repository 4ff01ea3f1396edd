package markdown

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/osteele/liquid/expressions"
	"github.com/osteele/liquid/values"
	"github.com/osteele/tuesday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// filters adds the Jekyll filters sites use in page bodies to Liquid's
// standard ones.
func (l *Liquid) filters() {
	e := l.engine
	// The filters the tags with one meaning know work as they do there.
	e.RegisterFilter("relative_url", func(s string) string { return siteURL(s, l.base, "") })
	e.RegisterFilter("absolute_url", func(s string) string { return siteURL(s, l.base, l.origin) })
	e.RegisterFilter("date", func(v any, format func(string) string) (any, error) {
		t, ok := liquidTime(v)
		if !ok {
			return v, nil // Jekyll leaves what is no date as it is
		}
		return tuesday.Strftime(format("%a, %b %d, %y"), t)
	})
	e.RegisterFilter("date_to_string", dateFilter(func(t time.Time) string { s, _ := strftime(t, "%d %b %Y"); return s }))
	e.RegisterFilter("date_to_long_string", dateFilter(func(t time.Time) string { s, _ := strftime(t, "%d %B %Y"); return s }))
	e.RegisterFilter("date_to_xmlschema", dateFilter(func(t time.Time) string { return t.Format(time.RFC3339) }))
	e.RegisterFilter("markdownify", markdownify)
	e.RegisterFilter("xml_escape", escapeOnce)
	e.RegisterFilter("cgi_escape", url.QueryEscape)
	e.RegisterFilter("uri_escape", func(s string) string { return (&url.URL{Path: s}).EscapedPath() })
	e.RegisterFilter("slugify", liquidSlug)
	e.RegisterFilter("number_of_words", func(s string) int { return len(strings.Fields(s)) })
	e.RegisterFilter("smartify", func(s string) string { return s })
	e.RegisterFilter("jsonify", func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	})
	e.RegisterFilter("array_to_sentence_string", func(a []any) string {
		words := make([]string, len(a))
		for i, v := range a {
			words[i] = fmt.Sprint(v)
		}
		switch len(words) {
		case 0:
			return ""
		case 1:
			return words[0]
		case 2:
			return words[0] + " and " + words[1]
		}
		return strings.Join(words[:len(words)-1], ", ") + ", and " + words[len(words)-1]
	})
	e.RegisterFilter("where", func(a []any, key string, want any) []any {
		var out []any
		for _, v := range a {
			if sameValue(member(v, key), want) {
				out = append(out, v)
			}
		}
		return out
	})
	e.RegisterFilter("group_by", func(a []any, key string) []any {
		return groupBy(a, func(v any) (string, error) {
			if member(v, key) == nil {
				return "", nil
			}
			return fmt.Sprint(member(v, key)), nil
		})
	})
	e.RegisterFilter("sort", sortFilter)
	// The _exp filters evaluate a Liquid expression with each item bound
	// to the name given: where_exp: "talk", "talk.level == 'beginner'".
	// The expression sees the page's other variables too ("t.date <
	// site.time"), as in Jekyll: the engine hands the filter a closure
	// over the page's context.
	e.RegisterFilter("group_by_exp", func(a []any, name string, expr expressions.Closure) []any {
		return groupBy(a, func(v any) (string, error) {
			x, err := expr.Bind(name, v).Evaluate()
			if x == nil {
				return "", err
			}
			return fmt.Sprint(x), err
		})
	})
	e.RegisterFilter("where_exp", func(a []any, name string, expr expressions.Closure) ([]any, error) {
		var out []any
		for _, v := range a {
			x, err := expr.Bind(name, v).Evaluate()
			if err != nil {
				return nil, err
			}
			if x != nil && x != false {
				out = append(out, v)
			}
		}
		return out, nil
	})
}

// groupBy is Jekyll's group_by: the items of a in groups of the same
// name, each {name, items, size}, in the order each name first comes.
func groupBy(a []any, nameOf func(any) (string, error)) []any {
	var out []any
	at := map[string]int{}
	for _, v := range a {
		name, err := nameOf(v)
		if err != nil {
			name = ""
		}
		i, ok := at[name]
		if !ok {
			i = len(out)
			at[name] = i
			out = append(out, map[string]any{"name": name, "items": []any{}, "size": 0})
		}
		g := out[i].(map[string]any)
		g["items"] = append(g["items"].([]any), v)
		g["size"] = len(g["items"].([]any))
	}
	return out
}

var notSlug = regexp.MustCompile(`[^a-z0-9]+`)

// liquidSlug is Jekyll's slugify in its default mode: lower case, runs of
// anything but letters and digits one hyphen.
func liquidSlug(s string) string {
	return strings.Trim(notSlug.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// member is v[key] for a map, else nil.
func member(v any, key string) any {
	switch m := v.(type) {
	case map[string]any:
		return m[key]
	case LiquidDocument:
		return m[key]
	}
	return nil
}

// sameValue compares as Liquid's where does: by their printed form, so
// that 3 matches "3", and a list matches when it holds want.
func sameValue(v, want any) bool {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice {
		for i := range rv.Len() {
			if sameValue(rv.Index(i).Interface(), want) {
				return true
			}
		}
		return false
	}
	if v == nil {
		return want == nil
	}
	return fmt.Sprint(v) == fmt.Sprint(want)
}

// dateFilter makes f a filter of anything liquidTime reads as a time,
// which leaves anything else as it is, as Jekyll's filters do.
func dateFilter(f func(time.Time) string) func(any) any {
	return func(v any) any {
		if t, ok := liquidTime(v); ok {
			return f(t)
		}
		return v
	}
}

// liquidTimeLayouts are the ways front matter writes a time that
// Liquid's own reading of dates misses: an offset without a space
// before it ("2023-10-08 12:30:00-04:00"), as YAML writes timestamps
// and Jekyll reads them as times.
var liquidTimeLayouts = []string{
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00", "2006-01-02T15:04:05.999999999Z07:00",
}

// liquidTime reads v as a time: a time, or text Liquid or
// liquidTimeLayouts read as one, its month, day and hour padded to two
// digits first (see padDate).
func liquidTime(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		return v, true
	case liquidDate:
		return v.t, true
	case string:
		s := padDate(strings.TrimSpace(v))
		if t, err := values.ParseDate(s); err == nil {
			return t, true
		}
		for _, layout := range liquidTimeLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// shortDate is a date whose month or day, or the hour after it, may be
// written with one digit ("2014-12-8 18:00:00 -0500", "2015-2-22",
// "2015-02-22 9:30"): Ruby's YAML reads these as timestamps and its
// Time.parse, behind Jekyll's date filter, as times, while Liquid's own
// reading of dates and liquidTimeLayouts want two digits.
var shortDate = regexp.MustCompile(`^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:([Tt]|\s+)([0-9]{1,2})(:.*))?$`)

// padDate writes the one-digit month, day and hour of a shortDate with
// two, so that it reads as the same time written in full would; any
// other text is returned as it is.
func padDate(s string) string {
	m := shortDate.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	pad := func(n string) string {
		if len(n) == 1 {
			return "0" + n
		}
		return n
	}
	out := m[1] + "-" + pad(m[2]) + "-" + pad(m[3])
	if m[4] != "" {
		sep := m[4]
		if sep != "T" && sep != "t" {
			sep = " "
		}
		out += sep + pad(m[5]) + m[6]
	}
	return out
}

// markdownConverter is markdownify's: GitHub's markdown, raw HTML kept,
// as kramdown keeps it; the page it is written into is sanitized by the
// site's policy as any page is.
var markdownConverter = goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))

// markdownify is Jekyll's filter of that name: its text, markdown, as
// HTML.
func markdownify(v any) (string, error) {
	var b bytes.Buffer
	err := markdownConverter.Convert([]byte(fmt.Sprint(v)), &b)
	return b.String(), err
}

// dedent removes the indentation the lines of s share, as a block's
// text is indented to its place in the HTML around it and markdown would
// read four spaces as code.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	common := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if common < 0 || n < common {
			common = n
		}
	}
	if common <= 0 {
		return s
	}
	for i, l := range lines {
		if len(l) >= common {
			lines[i] = l[common:]
		} else {
			lines[i] = strings.TrimLeft(l, " \t")
		}
	}
	return strings.Join(lines, "\n")
}
