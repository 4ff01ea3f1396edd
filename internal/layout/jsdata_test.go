package layout

import (
	"reflect"
	"testing"
)

// A JavaScript data file's settings are read where written plainly: the
// texts of the exported object and of its objects one level down.
func TestJSData(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      map[string]any
	}{
		{"Eleventy's base blog", `export default {
	title: "Eleventy Base Blog v9",
	url: "https://example.com/",
	"language": 'en',
	description: "I am writing about my experiences as a naval navel-gazer.", // the tagline
	author: {
		name: "Your Name Here",
		email: "youremailaddress@example.com",
	},
	count: 3,
	build: () => { return "x" },
}
`, map[string]any{"title": "Eleventy Base Blog v9", "url": "https://example.com/", "language": "en",
			"description": "I am writing about my experiences as a naval navel-gazer.",
			"author":      map[string]any{"name": "Your Name Here", "email": "youremailaddress@example.com"}}},
		{"CommonJS", "module.exports = {\n  title: `Conf {2025}`,\n};\n", map[string]any{"title": "Conf {2025}"}},
		// Titles and descriptions hold apostrophes and quotes of the
		// other kind, or escaped ones, as AstroPaper's SITE object does.
		{"quotes of another kind inside a text", "export default {\n  title: \"Ada's Talks\", // the name\n  desc: 'On \"fast\" sites',\n  author: 'Ada\\'s',\n  tagline: `It's \"here\"`,\n};\n",
			map[string]any{"title": "Ada's Talks", "desc": `On "fast" sites`, "author": "Ada's", "tagline": `It's "here"`}},
		{"a function is no object", "export default function () { return { title: \"x\" } }\n", map[string]any{}},
		{"nothing exported", "const title = \"x\";\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := jsData([]byte(tc.src)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %#v\nwant %#v", got, tc.want)
			}
		})
	}
}
