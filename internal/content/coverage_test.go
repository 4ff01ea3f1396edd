package content

import (
	"fmt"
	"testing"
)

// TestTalkCoverage: pyvo-style meetup data writes a talk's recordings
// and slides as coverage, a list of one kind and one address an entry,
// and the talk's own addresses as urls: the video and slides are the
// talk's, the rest its named links; a list of another shape stays in
// Params.
func TestTalkCoverage(t *testing.T) {
	all := func(d *Document) any {
		return fmt.Sprint(d.Video, "|", d.Slides, "|", d.Links, "|", d.Params["coverage"], "|", d.Params["urls"], "|", len(d.Diags))
	}
	runFieldCases(t, []fieldCase{
		{"video, slides and a writeup", "talks/a.md", "title: x\ncoverage:\n- video: https://www.youtube.com/watch?v=abc\n- slides: https://example.org/a.pdf\n- writeup: https://example.org/post",
			all, "https://www.youtube.com/watch?v=abc|https://example.org/a.pdf|[{Writeup https://example.org/post}]|<nil>|<nil>|0"},
		{"a second video is a link", "talks/a.md", "title: x\nvideo: https://youtu.be/one\ncoverage:\n- video: https://youtu.be/two",
			all, "https://youtu.be/one||[{Video https://youtu.be/two}]|<nil>|<nil>|0"},
		{"the talk's own addresses", "talks/a.md", "title: x\nurls:\n- https://gitlab.com/x/talks/-/blob/master/a.ipynb\ncoverage: []",
			all, "||[{Link https://gitlab.com/x/talks/-/blob/master/a.ipynb}]|<nil>|<nil>|0"},
		{"coverage of another shape stays", "talks/a.md", "title: x\ncoverage:\n- {kind: video, note: soon}",
			all, "||[]|[map[kind:video note:soon]]|<nil>|0"},
		{"urls of words stay", "talks/a.md", "title: x\nurls: [soon]",
			all, "||[]|<nil>|[soon]|0"},
		{"on a note, coverage stays", "notes/a.md", "title: x\ncoverage:\n- video: https://youtu.be/x",
			all, "||[]|[map[video:https://youtu.be/x]]|<nil>|0"},
	})
}
