package markdown

import (
	"net/url"
	"path"
	"strings"
)

// A repository read in place often links its own files by their address
// on the code host rather than by a relative path: a papers-we-love
// chapter's README links https://github.com/o/chapter/blob/master/events.md
// and its slides PDF there, as GitHub shows them. Such a link names a
// file the site has; sourceLinks points it at that file's page, or at
// where the file is published, as it does a relative link. An address of
// another repository, or of a file the site does not have, is left as
// written: it is a page on the code host, not a broken link.

// ownRepoTarget returns the Ref of the file that dest, an address of a
// file or folder of repository repo on GitHub or GitLab (…/blob/REF/PATH,
// …/tree/REF/PATH, …/raw/REF/PATH, raw.githubusercontent.com/…/REF/PATH),
// names, and its "#fragment"; false for any other destination. repo is
// Tags.Repository: "owner/name" as the clone's git remote names it,
// else "name" or "owner__name" as a folder is named, matched without
// regard to case.
func ownRepoTarget(dest, repo string) (ref Ref, frag string, ok bool) {
	if repo == "" || !strings.HasPrefix(dest, "http") {
		return Ref{}, "", false
	}
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "https" && u.Scheme != "http" {
		return Ref{}, "", false
	}
	switch u.RawQuery {
	case "", "raw=true", "plain=1", "ref_type=heads":
	default:
		return Ref{}, "", false
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	var owner, name string
	var rest []string
	switch strings.TrimPrefix(strings.ToLower(u.Host), "www.") {
	case "github.com":
		// owner/name/blob/REF/PATH…
		if len(segs) < 5 || !treeWord(segs[2]) {
			return Ref{}, "", false
		}
		owner, name, rest = segs[0], segs[1], segs[4:]
	case "raw.githubusercontent.com":
		// owner/name/REF/PATH…
		if len(segs) < 4 {
			return Ref{}, "", false
		}
		owner, name, rest = segs[0], segs[1], segs[3:]
	case "gitlab.com":
		// group…/name/-/blob/REF/PATH…
		i := indexOf(segs, "-")
		if i < 2 || len(segs) < i+4 || !treeWord(segs[i+1]) {
			return Ref{}, "", false
		}
		owner, name, rest = segs[i-2], segs[i-1], segs[i+3:]
	default:
		return Ref{}, "", false
	}
	if !sameRepo(owner, name, repo) {
		return Ref{}, "", false
	}
	p := path.Clean(strings.Join(rest, "/"))
	if p == "." || strings.HasPrefix(p, "../") || p == ".." {
		return Ref{}, "", false
	}
	if u.Fragment != "" {
		frag = "#" + u.EscapedFragment()
	}
	kind := RefFile
	switch ext := strings.ToLower(path.Ext(p)); {
	case ext == ".md" || ext == ".markdown":
		kind = RefLink
	case ext == "":
		kind = RefFolder
	case !documentExts[ext] && !mediaExts[ext]:
		// A data file or source code (…/blob/master/content/_meta.toml)
		// is linked to be read on the code host, highlighted: the
		// site's copy of it is raw text.
		return Ref{}, "", false
	}
	return Ref{Kind: kind, Target: p}, frag, true
}

// mediaExts are the extensions of images and recordings, read the same
// from the site as from the code host, as documents (documentExts) are.
var mediaExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".webp": true,
	".mp3": true, ".mp4": true, ".webm": true, ".odp": true,
}

// treeWord reports whether s is the part of a code host's address that
// says a file (blob, raw) or a folder (tree) follows.
func treeWord(s string) bool {
	return s == "blob" || s == "tree" || s == "raw"
}

// sameRepo reports whether owner/name is repo: "owner/name",
// "owner__name" or "name".
func sameRepo(owner, name, repo string) bool {
	for _, sep := range []string{"/", "__"} {
		if o, n, ok := strings.Cut(repo, sep); ok {
			return strings.EqualFold(o, owner) && strings.EqualFold(n, name)
		}
	}
	return strings.EqualFold(repo, name)
}

// indexOf is the index of the first s in segs, or -1.
func indexOf(segs []string, s string) int {
	for i, x := range segs {
		if x == s {
			return i
		}
	}
	return -1
}
