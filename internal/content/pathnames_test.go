package content

import "testing"

// TestPathNames: each tool's rule for a file's or folder's name in a
// URL, against what the tool publishes (docs/in-place.md).
func TestPathNames(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names PathNames
		in    string
		want  string
	}{
		{"lectern hyphenates an underscore", SlugNames, "my_first_post", "my-first-post"},
		{"lectern lowers and drops accents", SlugNames, "Café Talk", "cafe-talk"},
		{"hugo keeps an underscore", HugoNames, "my_first_post", "my_first_post"},
		{"hugo lowers the case", HugoNames, "Intro_Purr", "intro_purr"},
		{"hugo makes a run of blanks one hyphen", HugoNames, "my  first post", "my-first-post"},
		{"hugo drops what it does not keep", HugoNames, "R&D: notes!", "rd-notes"},
		{"hugo adds no hyphen beside one", HugoNames, "a - b", "a-b"},
		{"hugo keeps dots, tildes, plus and hash", HugoNames, "v1.2~c++#", "v1.2~c++#"},
		{"hugo keeps accents", HugoNames, "café", "café"},
		{"eleventy keeps the name as written", WrittenNames, "My_First Post", "My_First Post"},
		{"jekyll keeps a page's name as written", JekyllNames, "byTitle", "byTitle"},
		{"jekyll names a collection's folder by its label", JekyllNames, "_styleguide", "styleguide"},
		{"github-slugger keeps an underscore", GitHubNames, "intro_purr", "intro_purr"},
		{"github-slugger lowers and drops dots", GitHubNames, "Llama.cpp", "llamacpp"},
		{"github-slugger makes each space a hyphen", GitHubNames, "a  b & c", "a--b--c"},
		{"github-slugger keeps letters of any script", GitHubNames, "Привет 你好", "привет-你好"},
		{"quartz keeps the case, each blank a hyphen", QuartzNames, "Peak - Anders Ericsson, Robert Pool", "Peak---Anders-Ericsson,-Robert-Pool"},
		{"quartz spells & and %, drops ? and #", QuartzNames, "R&D 100% done? #1", "R-and-D-100-percent-done-1"},
		{"nothing left", HugoNames, "!!!", ""},
		{"only dots are no part", WrittenNames, "..", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.names.Part(tc.in); got != tc.want {
				t.Errorf("Part(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestPathNamesName: the last part of a page's URL is its file name
// without extension, or an index file's folder; its date prefix is
// dropped by the rules of tools that drop it (Jekyll, lectern, Hugo
// reading dates from file names) and kept by the others; a date suffix
// only by lectern's own rule.
func TestPathNamesName(t *testing.T) {
	for _, tc := range []struct {
		names      PathNames
		path, want string
	}{
		{HugoNames, "post/my_first_post.md", "my_first_post"},
		{HugoNames, "talk/intro_purr/index.md", "intro_purr"},
		{WrittenNames, "posts/2020-01-02-my_post.md", "2020-01-02-my_post"},
		{HugoNames, "post/2020-01-02-my_post.md", "2020-01-02-my_post"},
		{HugoNames, "talk/2020-01-02-purr/index.md", "2020-01-02-purr"},
		{GitHubNames, "blog/2020-01-02-My Post.md", "2020-01-02-my-post"},
		{HugoUndatedNames, "post/2020-01-02-my_post.md", "my_post"},
		{HugoUndatedNames, "talk/2020-01-02-purr/index.md", "purr"},
		{JekyllNames, "_talks/2020-01-02-my_post.md", "my_post"},
		{SlugNames, "posts/2020-01-02-my_post.md", "my-post"},
		{SlugNames, "post/my_first_post.md", "my-first-post"},
		// A date suffix goes where lectern's own rule reads it; Jekyll
		// and Hugo read none there and keep the name whole.
		{SlugNames, "ViennaJS-2013-11-27.md", "viennajs"},
		{SlugNames, "talks/kod.io_2014-03-01.md", "kod-io"},
		{SlugNames, "notes/release-2013-13-40.md", "release-2013-13-40"},
		{JekyllNames, "meetups/ViennaJS-2013-11-27.md", "ViennaJS-2013-11-27"},
		{HugoUndatedNames, "post/ViennaJS-2013-11-27.md", "viennajs-2013-11-27"},
		{HugoNames, "post/ViennaJS-2013-11-27.md", "viennajs-2013-11-27"},
	} {
		if got := tc.names.Name(tc.path); got != tc.want {
			t.Errorf("%d.Name(%q) = %q, want %q", tc.names, tc.path, got, tc.want)
		}
	}
}
