package content

import "testing"

// TestBlockTalks: talks kept in a page builder's blocks are a warning at
// the first list of them, counting them; other blocks are not.
func TestBlockTalks(t *testing.T) {
	for _, tc := range []struct {
		name, fm string
		want     []string
	}{
		{"talks in a block", "title: Home\ncontent_blocks:\n  - _bookshop_name: sections/hero\n    title: Conf\n  - _bookshop_name: sections/schedule\n    talks:\n      - title: One\n        speakers:\n          - speaker: 8e33cfb2\n      - title: Two\n",
			[]string{"content/_index.md:7:5: warning: 2 talk-like mappings under content_blocks are not read: lectern does not run the templates that show a page builder's blocks; give each talk a file of its own (content/talks/<slug>.md with its title, speakers and date) to have it listed"}},
		{"one session", "title: Home\ncontent_blocks:\n  - sessions:\n      - title: One\n",
			[]string{"content/_index.md:4:5: warning: 1 talk-like mapping under content_blocks is not read: lectern does not run the templates that show a page builder's blocks; give each talk a file of its own (content/talks/<slug>.md with its title, speakers and date) to have it listed"}},
		{"other blocks", "title: Home\ncontent_blocks:\n  - _bookshop_name: sections/hero\n    links:\n      - title: Tickets\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantDiags(t, parseYAML("_index.md", tc.fm), tc.want...)
		})
	}
}
