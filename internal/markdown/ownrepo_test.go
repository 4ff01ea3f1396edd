package markdown

import "testing"

// TestOwnRepoTarget: the addresses of a repository's own files on GitHub
// and GitLab name those files by their path from the site's folder;
// other repositories' addresses, and the repository's own home, name
// none.
func TestOwnRepoTarget(t *testing.T) {
	for _, tc := range []struct {
		dest, repo string
		want       Ref
		frag       string
		ok         bool
	}{
		{"https://github.com/pwl/seattle/blob/master/events.md", "seattle", Ref{Kind: RefLink, Target: "events.md"}, "", true},
		{"https://github.com/pwl/seattle/blob/master/chain/slides.pdf", "pwl__seattle", Ref{Kind: RefFile, Target: "chain/slides.pdf"}, "", true},
		{"https://github.com/pwl/seattle/blob/master/plt/a.pdf?raw=true", "seattle", Ref{Kind: RefFile, Target: "plt/a.pdf"}, "", true},
		{"https://github.com/pwl/seattle/tree/master/chain", "seattle", Ref{Kind: RefFolder, Target: "chain"}, "", true},
		{"https://raw.githubusercontent.com/pwl/seattle/master/a/b.png", "seattle", Ref{Kind: RefFile, Target: "a/b.png"}, "", true},
		{"https://gitlab.com/group/sub/seattle/-/blob/main/notes/a.md#x", "seattle", Ref{Kind: RefLink, Target: "notes/a.md"}, "#x", true},
		{"https://github.com/pwl/seattle/blob/master/content/atoms/_meta.toml", "seattle", Ref{}, "", false},
		{"https://github.com/pwl/seattle/blob/master/crdts/Code/GSet.cs", "seattle", Ref{}, "", false},
		{"https://github.com/pwl/seattle/blob/master/events.md", "other__seattle", Ref{}, "", false},
		{"https://github.com/pwl/papers/blob/master/events.md", "seattle", Ref{}, "", false},
		{"https://github.com/pwl/seattle", "seattle", Ref{}, "", false},
		{"https://github.com/pwl/seattle/issues/3", "seattle", Ref{}, "", false},
		{"https://github.com/pwl/seattle/blob/master/events.md", "", Ref{}, "", false},
		{"https://example.org/pwl/seattle/blob/master/events.md", "seattle", Ref{}, "", false},
	} {
		ref, frag, ok := ownRepoTarget(tc.dest, tc.repo)
		if ref != tc.want || frag != tc.frag || ok != tc.ok {
			t.Errorf("ownRepoTarget(%q, %q) = %+v, %q, %v; want %+v, %q, %v", tc.dest, tc.repo, ref, frag, ok, tc.want, tc.frag, tc.ok)
		}
	}
}
