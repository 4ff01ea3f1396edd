package content

import (
	"slices"
	"testing"
)

// TestFranklinPostList: a Franklin page whose line is only a call of a
// function listing posts ({{blogposts}}) introduces the list of its
// folder, and the call goes; another function, or the call in code or
// in a sentence, stays.
func TestFranklinPostList(t *testing.T) {
	tests := []struct {
		name, file, src string
		intro           bool
		dirs            []string
		body            string
	}{
		{"an index lists its folder", "blog/index.md", "@def title = \"Blog\"\n\n{{blogposts}}\n", true, nil, "\n\n\n"},
		{"a page lists the folder of its name", "blog.md", "@def title = \"Blog\"\n\n{{ recent_posts 5 }}\n", true, []string{"blog"}, "\n\n\n"},
		{"another function stays", "blog/index.md", "@def title = \"Blog\"\n\n{{talks}}\n", false, nil, "\n\n{{talks}}\n"},
		{"in a sentence it stays", "blog/index.md", "@def title = \"Blog\"\n\nSee {{blogposts}}\n", false, nil, "\n\nSee {{blogposts}}\n"},
		{"in code it stays", "blog/index.md", "@def title = \"Blog\"\n\n```\n{{blogposts}}\n```\n", false, nil, "\n\n```\n{{blogposts}}\n```\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.file, []byte(tt.src), Options{Franklin: true})
			if d.Intro != tt.intro || !slices.Equal(d.Extras().ListDirs, tt.dirs) || string(d.Body) != tt.body {
				t.Errorf("intro %v, dirs %q, body %q; want %v, %q, %q", d.Intro, d.Extras().ListDirs, d.Body, tt.intro, tt.dirs, tt.body)
			}
		})
	}
}
