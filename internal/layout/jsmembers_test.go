package layout

import (
	"reflect"
	"testing"
)

// TestJSMembers: an object literal's properties as written, whatever
// strings and comments hold; spreads and shorthands skipped.
func TestJSMembers(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []jsMember
		ok        bool
	}{
		{"names and quoted keys", "{ root: { lang: 'en' }, 'zh-cn': {label: \"中文\"} }", []jsMember{{"root", "{ lang: 'en' }"}, {"zh-cn", `{label: "中文"}`}}, true},
		{"brackets in strings and comments", "{\n  // a, {b}\n  a: 'x, }', /* c: 1, */ b: [1, 2],\n}", []jsMember{{"a", "'x, }'"}, {"b", "[1, 2]"}}, true},
		{"spreads and shorthands", "{ ...enConfig, locales, lang: `ja` }", []jsMember{{"lang", "`ja`"}}, true},
		{"not closed", "{ a: 1", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := jsMembers(tc.src)
			if ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("jsMembers = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}
