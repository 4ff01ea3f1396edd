package site

import (
	"maps"
	"strings"
	"testing"
)

// TestRetagGivesWhatBuildGives gives pages other tags of the site, and
// compares the model and its diagnostics with a build of the edited
// files; Undo must put it back. The edits Move must leave to a build
// leave the model as it was.
func TestRetagGivesWhatBuildGives(t *testing.T) {
	files := maps.Clone(retimeSite)
	files["content/talks/c.md"] = strings.Replace(files["content/talks/c.md"], "speakers: [Bob]\n", "speakers: [Bob]\ntags: [y]\n", 1)
	files["content/talks/d.md"] = strings.Replace(files["content/talks/d.md"], "tags: [x]", "tags: [x, y]", 1)
	files["content/talks/loose.md"] = strings.Replace(files["content/talks/loose.md"], "speakers: [Cy]\n", "speakers: [Cy]\ntags: [solo]\n", 1)
	// A talk tied with talk A in the lists sorted newest first, whose
	// URL sorts before A's and its file after.
	files["content/talks/e.md"] = "---\ntitle: Talk A\nslug: 0e\ndate: 2024-05-01 10:00\nroom: Side\nevent: conf\ntags: [y]\n---\nE.\n"
	files["content/talks/h.md"] = "---\ntitle: Hidden\ndate: 2024-05-01 15:00\nevent: conf\nhidden: true\ntags: [x, secret]\n---\nH.\n"
	files["content/talks/b.md"] = strings.Replace(files["content/talks/b.md"], "tags: [x]", "tags: [x, \"x!\"]", 1)
	retag := func(file, tags string) string {
		text := files[file]
		if strings.Contains(text, "tags: ") {
			i := strings.Index(text, "tags: ")
			j := i + strings.IndexByte(text[i:], '\n')
			return text[:i] + "tags: " + tags + text[j:]
		}
		return strings.Replace(text, "---\n", "---\ntags: "+tags+"\n", 1)
	}
	for _, tc := range []struct {
		name, file, text string
		ok               bool
	}{
		{"a tag joined", "content/talks/a.md", retag("content/talks/a.md", "[x, y]"), true},
		{"a tag put first", "content/talks/d.md", retag("content/talks/d.md", "[y, x]"), true},
		{"a tag left that an earlier file names", "content/talks/a.md", retag("content/talks/a.md", "[]"), true},
		{"a tag swapped for another", "content/talks/d.md", retag("content/talks/d.md", "[x]"), true},
		{"the talk of no event tagged", "content/talks/loose.md", retag("content/talks/loose.md", "[y, solo, x]"), true},
		{"a note retagged", "content/notes/n.md", retag("content/notes/n.md", "[y]"), true},
		{"a tag and a time", "content/talks/a.md", strings.Replace(retag("content/talks/a.md", "[y]"), "10:00\nend: 2024-05-01 10:45", "16:00\nend: 2024-05-01 16:45", 1), true},
		{"a tag and a slug", "content/talks/d.md", "---\nslug: zz\n" + strings.TrimPrefix(retag("content/talks/d.md", "[y]"), "---\n"), true},
		{"a tag and a slug, tied by URL", "content/talks/a.md", "---\nslug: zz\n" + strings.TrimPrefix(retag("content/talks/a.md", "[y]"), "---\n"), false},
		{"a tag left that the page named first, the next page spelling it alike", "content/notes/m.md", retag("content/notes/m.md", "[]"), true},
		{"a tag left that no other page has", "content/talks/loose.md", retag("content/talks/loose.md", "[x]"), true},
		{"a tag only a hidden page has", "content/talks/d.md", retag("content/talks/d.md", "[x, y, secret]"), true},
		{"a tag only a hidden page has, spelled otherwise", "content/talks/d.md", retag("content/talks/d.md", "[x, y, Secret]"), false},
		{"the last tag left, a new one taken", "content/talks/loose.md", retag("content/talks/loose.md", "[Apple]"), true},
		{"a tag left that a later file names alike", "content/talks/c.md", retag("content/talks/c.md", "[x]"), true},
		{"a hidden talk", "content/talks/h.md", retag("content/talks/h.md", "[x, y]"), false},
		{"a tag the site does not have", "content/talks/a.md", retag("content/talks/a.md", "[x, z]"), true},
		{"new tags first and last among the tags", "content/notes/n.md", retag("content/notes/n.md", "[Zebra, \"0 day\", y]"), true},
		{"a tag spelled otherwise, named by an earlier file", "content/talks/a.md", retag("content/talks/a.md", "[X]"), true},
		{"a tag spelled otherwise by the file naming it", "content/notes/m.md", retag("content/notes/m.md", "[X]"), false},
		{"a tag given twice", "content/talks/a.md", retag("content/talks/a.md", "[x, \"x!\"]"), false},
		{"a tag that was given twice", "content/talks/b.md", retag("content/talks/b.md", "[x]"), false},
		{"a tag without letters", "content/talks/a.md", retag("content/talks/a.md", "[x, \"???\"]"), false},
		{"the site's first track", "content/talks/a.md", strings.Replace(files["content/talks/a.md"], "tags: [x]", "tags: [x]\ntrack: Web", 1), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edited := maps.Clone(files)
			edited[tc.file] = tc.text
			checkMoveInTime(t, files, edited, tc.file, tc.ok)
		})
	}
}

// TestRetagKeepsTheFirstSpelling: a tag is named as the first page in
// file order writes it; that page leaving it, even when later pages
// keep it, renames it, which Move leaves to a build.
func TestRetagKeepsTheFirstSpelling(t *testing.T) {
	files := map[string]string{
		"content/notes/a.md": "---\ntitle: A\ndate: 2024-06-01\ntags: [Go]\n---\nA.\n",
		"content/notes/b.md": "---\ntitle: B\ndate: 2024-06-02\ntags: [go]\n---\nB.\n",
	}
	edited := maps.Clone(files)
	edited["content/notes/a.md"] = strings.Replace(files["content/notes/a.md"], "[Go]", "[]", 1)
	checkMoveInTime(t, files, edited, "content/notes/a.md", false)
}
