package content

import "testing"

// mendYAML rewrites only the lines YAML refuses whose meaning is plain,
// keeping every line in its place, and leaves block scalars' text alone.
func TestMendYAML(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		notes          int
	}{
		{"colon in a value", "title: Django: the good parts\nroom: A", "title: \"Django: the good parts\"\nroom: A", 1},
		{"a comment after it stays out", "title: A: B # draft", "title: \"A: B\"", 1},
		{"handle", "twitter: @ada", "twitter: \"@ada\"", 1},
		{"backquote", "code: `go test`", "code: \"`go test`\"", 1},
		{"list item", "speakers:\n  - name: Bob: the builder\n    twitter: @bob", "speakers:\n  - name: \"Bob: the builder\"\n    twitter: \"@bob\"", 2},
		{"single quotes inside", "title: 'It's'", "title: \"It's\"", 1},
		{"doubled single quotes are YAML's", "title: 'It''s'", "title: 'It''s'", 0},
		{"double quotes inside", `title: "Say "hi""`, `title: "Say \"hi\""`, 1},
		{"escaped double quotes are YAML's", `title: "Say \"hi\""`, `title: "Say \"hi\""`, 0},
		{"tabs", "speakers:\n\t- Ada\n\t\t- x", "speakers:\n  - Ada\n    - x", 2},
		{"block scalar text is text", "summary: |\n  Note: this\n  @here\nroom: A: B", "summary: |\n  Note: this\n  @here\nroom: \"A: B\"", 1},
		{"folded block too", "summary: >-\n  a: b\n", "summary: >-\n  a: b\n", 0},
		{"flow values are YAML's", "tags: [a: b]\nx: {a: b}", "tags: [a: b]\nx: {a: b}", 0},
		{"a URL is no colon", "url: https://example.org/a", "url: https://example.org/a", 0},
		{"a capitalised key", "Note: this is: odd", "Note: \"this is: odd\"", 1},
		{"markdown link", "by: [Ada L](https://x.org/@ada)", `by: "[Ada L](https://x.org/@ada)"`, 1},
		{"markdown link then text", "by: [Ada](https://x.org) and Bob # credit", `by: "[Ada](https://x.org) and Bob"`, 1},
		{"markdown link in a flow mapping", "background: {by: [Ada L](https://x.org/@ada), img: a.jpg}", `background: {by: "[Ada L](https://x.org/@ada)", img: a.jpg}`, 1},
		{"markdown links in a flow list", "credits: [[Ada](https://x.org), [Bob](b.html)]", `credits: ["[Ada](https://x.org)", "[Bob](b.html)"]`, 1},
		{"a quoted link is YAML's", `credits: ["[Ada](https://x.org)"]`, `credits: ["[Ada](https://x.org)"]`, 0},
		{"a link inside plain text is YAML's", "by: Photo by [Ada](https://x.org)", "by: Photo by [Ada](https://x.org)", 0},
		{"a key with spaces is no key line", "start time: 10: 00", "start time: 10: 00", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, notes := mendYAML([]byte(c.in))
			if string(got) != c.want || len(notes) != c.notes {
				t.Errorf("mendYAML(%q) = %q with %d notes, want %q with %d", c.in, got, len(notes), c.want, c.notes)
			}
		})
	}
}
