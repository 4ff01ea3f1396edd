package markdown

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/osteele/liquid/values"
)

// A page's Liquid compares and sorts dates as Jekyll's does (its dates
// are Ruby times, which compare): {% if a.date > b.date %}, where_exp's
// "t.date < site.time", sort: 'date'. The Liquid engine compares only
// booleans, numbers and text, so a time.Time handed to it is never less
// than another; LiquidDates hands it liquidDate values instead, which
// the engine asks to compare themselves.

// liquidDate is a time as a page's Liquid sees it: a Liquid value that
// compares with another time, and prints as Jekyll prints a time.
type liquidDate struct{ t time.Time }

// Interface is the date itself, so that an assigned date, or one a
// filter passes on, still compares as a date.
func (d liquidDate) Interface() any { return d }

// Int is no number: a date is none.
func (d liquidDate) Int() int { return 0 }

// Equal reports whether o is the same instant.
func (d liquidDate) Equal(o values.Value) bool {
	t, ok := timeValue(o.Interface())
	return ok && d.t.Equal(t)
}

// Less reports whether d is before o; a date is neither before nor
// after anything else (Jekyll fails to compare a time with text).
func (d liquidDate) Less(o values.Value) bool {
	t, ok := timeValue(o.Interface())
	return ok && d.t.Before(t)
}

// Contains is false: a date holds nothing.
func (d liquidDate) Contains(values.Value) bool { return false }

// IndexValue is nil: a date has no items.
func (d liquidDate) IndexValue(values.Value) values.Value { return values.ValueOf(nil) }

// PropertyValue is nil: a date has no properties.
func (d liquidDate) PropertyValue(values.Value) values.Value { return values.ValueOf(nil) }

// Test is true: a date is truthy, as any value but nil and false.
func (d liquidDate) Test() bool { return true }

// String is the date as {{ page.date }} prints it, Ruby's Time#to_s.
func (d liquidDate) String() string { return d.t.Format("2006-01-02 15:04:05 -0700") }

// MarshalJSON is the date as jsonify writes it.
func (d liquidDate) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// timeValue reads v as a time when it is one (a time.Time or a
// liquidDate); text is no time here, as in Jekyll's comparisons.
func timeValue(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		return v, true
	case liquidDate:
		return v.t, true
	}
	return time.Time{}, false
}

// maxDateDepth bounds the walk of LiquidDates over nested values.
const maxDateDepth = 64

// LiquidDates returns v with every time.Time in it, at any depth of
// maps and lists, made a date a page's Liquid compares and sorts. A map
// or list that holds a time is copied; v itself is never changed, and
// is returned as it is when it holds none.
func LiquidDates(v any) any {
	n, _ := liquidDates(v, 0)
	return n
}

// liquidDates is LiquidDates of v, and whether it differs from v.
func liquidDates(v any, depth int) (any, bool) {
	if depth > maxDateDepth {
		return v, false
	}
	switch x := v.(type) {
	case time.Time:
		return liquidDate{x}, true
	case map[string]any:
		var out map[string]any
		for k, e := range x {
			if n, changed := liquidDates(e, depth+1); changed {
				if out == nil {
					out = maps.Clone(x)
				}
				out[k] = n
			}
		}
		if out != nil {
			return out, true
		}
	case []any:
		var out []any
		for i, e := range x {
			if n, changed := liquidDates(e, depth+1); changed {
				if out == nil {
					out = slices.Clone(x)
				}
				out[i] = n
			}
		}
		if out != nil {
			return out, true
		}
	}
	return v, false
}

// sortFilter is Jekyll's sort: a list in order of its items, or of
// their property key (a dotted path: "author.name"), the items without
// it first, or last when nils is "last". Dates compare as dates. The
// sort is stable, so items that compare equal keep their order.
func sortFilter(a []any, key, nils any) ([]any, error) {
	out := slices.Clone(a)
	if key == nil {
		slices.SortStableFunc(out, compareLiquid)
		return out, nil
	}
	nilsLast := false
	switch nils {
	case nil, "first":
	case "last":
		nilsLast = true
	default:
		return nil, fmt.Errorf("sort: the order of missing values is %q; write 'first' or 'last'", fmt.Sprint(nils))
	}
	path := strings.Split(fmt.Sprint(key), ".")
	prop := func(v any) any {
		for _, k := range path {
			v = values.ValueOf(v).PropertyValue(values.ValueOf(k)).Interface()
		}
		return v
	}
	slices.SortStableFunc(out, func(x, y any) int {
		a, b := prop(x), prop(y)
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil, b == nil:
			if (a == nil) == nilsLast {
				return 1
			}
			return -1
		}
		return compareLiquid(a, b)
	})
	return out, nil
}

// compareLiquid orders two values as Liquid's comparisons do, dates by
// time; values of kinds that do not compare are equal.
func compareLiquid(a, b any) int {
	if ta, ok := timeValue(a); ok {
		if tb, ok := timeValue(b); ok {
			return ta.Compare(tb)
		}
		return 0
	}
	switch {
	case values.Less(a, b):
		return -1
	case values.Less(b, a):
		return 1
	}
	return 0
}
