package site

import (
	"reflect"
	"slices"
	"time"

	"lectern/internal/content"
	"lectern/internal/markdown"
)

// What the patches compare of two documents and two bodies.

// sameLinks reports whether two bodies found the same reading items in
// prose, wherever they were written: all but the line is an item's.
func sameLinks(a, b []markdown.Link) bool {
	return slices.EqualFunc(a, b, func(x, y markdown.Link) bool {
		x.Line = y.Line
		return x == y
	})
}

// sameButBody reports whether two documents are equal in everything but
// their body and diagnostics (see equalBut).
func sameButBody(a, b *content.Document) bool {
	return equalBut(a, b, "Body", "Diags")
}

// equalBut reports whether two documents are equal in every field but
// those named. Times are equal when they are the same instant written in
// the same zone, since a time parsed twice has a zone of its own each
// time.
func equalBut(a, b *content.Document, names ...string) bool {
	x, y := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	if !fieldsEqualBut(x, y, names) {
		return false
	}
	// The fields few documents write are named as the document's own
	// are: a name leaves out the field wherever it is held.
	ea, eb := a.Extras(), b.Extras()
	return fieldsEqualBut(reflect.ValueOf(&ea).Elem(), reflect.ValueOf(&eb).Elem(), names)
}

// fieldsEqualBut reports whether two structs of one type are equal in
// every field but those named and Extra (see equalBut).
func fieldsEqualBut(x, y reflect.Value, names []string) bool {
	t := x.Type()
	for i := range t.NumField() {
		if name := t.Field(i).Name; name != "Extra" && !slices.Contains(names, name) && !equal(x.Field(i), y.Field(i)) {
			return false
		}
	}
	return true
}

var (
	timeType  = reflect.TypeFor[time.Time]()
	extraType = reflect.TypeFor[*content.Extra]()
)

// equal is reflect.DeepEqual for the values a document holds, but for
// times, compared by instant, zone name and offset.
func equal(a, b reflect.Value) bool {
	if a.IsValid() != b.IsValid() {
		return false
	}
	if !a.IsValid() {
		return true
	}
	if a.Type() != b.Type() {
		return false
	}
	if a.Type() == timeType {
		if !a.CanInterface() || !b.CanInterface() {
			return false
		}
		ta, tb := a.Interface().(time.Time), b.Interface().(time.Time)
		na, oa := ta.Zone()
		nb, ob := tb.Zone()
		return ta.Equal(tb) && na == nb && oa == ob && ta.Location().String() == tb.Location().String()
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if !equal(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		if a.Kind() == reflect.Slice && a.IsNil() != b.IsNil() {
			return false
		}
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !equal(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			if !equal(a.MapIndex(k), b.MapIndex(k)) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Interface:
		if a.Type() == extraType && (a.IsNil() || b.IsNil()) {
			// A document's rarely written fields are nil or
			// made when first written, even with a zero value.
			return (a.IsNil() || a.Elem().IsZero()) && (b.IsNil() || b.Elem().IsZero())
		}
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equal(a.Elem(), b.Elem())
	case reflect.String:
		return a.String() == b.String()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	}
	// Functions, channels and the like have no place in a document.
	return false
}
