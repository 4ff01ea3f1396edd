package markdown

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Hugo's collection functions that shortcodes use on their arguments
// (isset .Params "class", in, split, delimit): they need only their
// arguments, and what they make is bounded as other texts are.

// isset is Hugo's isset: whether a map has the key, or a list the
// index.
func isset(c any, key any) bool {
	v := reflect.ValueOf(c)
	switch v.Kind() {
	case reflect.Map:
		k := reflect.ValueOf(key)
		if !k.IsValid() {
			return false
		}
		if !k.Type().AssignableTo(v.Type().Key()) {
			if !k.Type().ConvertibleTo(v.Type().Key()) || k.Kind() != v.Type().Key().Kind() {
				return false
			}
			k = k.Convert(v.Type().Key())
		}
		return v.MapIndex(k).IsValid()
	case reflect.Slice, reflect.Array:
		i, ok := key.(int)
		return ok && i >= 0 && i < v.Len()
	}
	return false
}

// in is Hugo's in: whether a list holds v, or a text holds v's text.
func in(set any, v any) bool {
	if s, ok := set.(string); ok {
		return strings.Contains(s, fmt.Sprint(v))
	}
	l := reflect.ValueOf(set)
	if l.Kind() != reflect.Slice && l.Kind() != reflect.Array {
		return false
	}
	want := fmt.Sprint(v)
	for i := range l.Len() {
		if fmt.Sprint(l.Index(i).Interface()) == want {
			return true
		}
	}
	return false
}

// split is Hugo's split: a text cut at each sep.
func split(s any, sep string) []string { return strings.Split(fmt.Sprint(s), sep) }

// delimit is Hugo's delimit: a list's items (a map's values, by their
// keys' order) joined by sep, the last two by last when given.
func delimit(list any, sep string, last ...string) (string, error) {
	v := reflect.ValueOf(list)
	var items []string
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			items = append(items, fmt.Sprint(v.Index(i).Interface()))
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		for _, k := range keys {
			items = append(items, fmt.Sprint(v.MapIndex(k).Interface()))
		}
	default:
		return "", fmt.Errorf("delimit takes a list, not %T", list)
	}
	if len(last) > 0 && len(items) > 1 {
		return capText(strings.Join(items[:len(items)-1], sep) + last[0] + items[len(items)-1])
	}
	return capText(strings.Join(items, sep))
}
