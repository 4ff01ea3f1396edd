package site

import (
	"maps"
	"strings"
	"testing"
)

// retermSite is retimeSite with tracks, formats and levels: a note
// names the track Data before any talk, talk F spells the track Web
// otherwise; a keynote, and two breaks with a page of their own
// (Lunch, the opening).
func retermSite() map[string]string {
	files := maps.Clone(retimeSite)
	add := func(file, fields string) {
		files[file] = strings.Replace(files[file], "---\n", "---\n"+fields, 1)
	}
	add("content/notes/n.md", "track: Data\n")
	add("content/talks/a.md", "track: Web\nlevel: Beginner\nformat: talk\n")
	add("content/talks/b.md", "track: Ops\nlevel: Advanced\nformat: talk\n")
	add("content/talks/c.md", "format: keynote\n")
	add("content/talks/d.md", "track: Data\nlevel: Beginner\nformat: workshop\n")
	add("content/talks/loose.md", "track: Web\nlevel: All levels\n")
	files["content/talks/e.md"] = "---\ntitle: Lunch\nformat: break\npage: true\ndate: 2024-05-01 12:00\nend: 2024-05-01 13:00\nroom: Main\nevent: conf\n---\nFood.\n"
	files["content/talks/f.md"] = "---\ntitle: Talk F\ntrack: web\nlevel: Advanced\nformat: talk\ndate: 2024-05-02 11:00\nroom: Main\nevent: conf\nspeakers: [Bob]\n---\nF.\n"
	files["content/talks/g.md"] = "---\ntitle: Opening words\nformat: break\npage: true\ndate: 2024-05-02 08:30\nroom: Side\nevent: conf\n---\nDoors open.\n"
	files["content/talks/h.md"] = "---\ntitle: Hidden\ntrack: Web\ndate: 2024-05-01 15:00\nevent: conf\nhidden: true\n---\nH.\n"
	return files
}

// TestRetermGivesWhatBuildGives gives talks another track, format or
// level the site has, and compares the model (every list, the terms,
// the schedules laid out with their filters) and its diagnostics with a
// build of the edited files; Undo must put it back. The edits Move must
// leave to a build leave the model as it was.
func TestRetermGivesWhatBuildGives(t *testing.T) {
	files := retermSite()
	set := func(file, field, value string) string {
		text := files[file]
		if i := strings.Index(text, "\n"+field+": "); i >= 0 {
			j := i + 1 + strings.IndexByte(text[i+1:], '\n')
			if value == "" {
				return text[:i] + text[j:]
			}
			return text[:i+1] + field + ": " + value + text[j:]
		}
		return strings.Replace(text, "---\n", "---\n"+field+": "+value+"\n", 1)
	}
	for _, tc := range []struct {
		name, file, text string
		ok               bool
	}{
		{"a track joined", "content/talks/c.md", set("content/talks/c.md", "track", "Ops"), true},
		{"a track swapped, the schedule's filters losing one", "content/talks/d.md", set("content/talks/d.md", "track", "Ops"), true},
		{"a track joined, the schedule's filters gaining one", "content/talks/c.md", set("content/talks/c.md", "track", "Data"), true},
		{"a track removed", "content/talks/f.md", set("content/talks/f.md", "track", ""), true},
		{"a level swapped", "content/talks/f.md", set("content/talks/f.md", "level", "Beginner"), true},
		{"a level joined", "content/talks/c.md", set("content/talks/c.md", "level", "Advanced"), true},
		{"a level for everyone", "content/talks/f.md", set("content/talks/f.md", "level", "All levels"), true},
		{"a keynote, spanning every room", "content/talks/b.md", set("content/talks/b.md", "format", "keynote"), true},
		{"a format the page alone has, let go", "content/talks/c.md", set("content/talks/c.md", "format", "talk"), true},
		{"a format new to the site, the last keynote's", "content/talks/c.md", set("content/talks/c.md", "format", "Panel"), true},
		{"a format new to the site, making a break", "content/talks/b.md", set("content/talks/b.md", "format", "Coffee break"), false},
		{"a level new to the site", "content/talks/d.md", set("content/talks/d.md", "level", "Intermediate"), true},
		{"a level new to the site, sorted before the others", "content/talks/c.md", set("content/talks/c.md", "level", "Aardvark"), true},
		{"a level another talk named, swapped for a new one", "content/talks/f.md", set("content/talks/f.md", "level", "Expert"), true},
		{"a track new to the site on a hidden talk", "content/talks/h.md", set("content/talks/h.md", "track", "Design"), false},
		{"a track new to the site and a new tag", "content/talks/d.md", strings.Replace(set("content/talks/d.md", "track", "Design"), "tags: [x]", "tags: [x, brand-new]", 1), true},
		{"a track new to the site and a time", "content/talks/c.md", strings.Replace(set("content/talks/c.md", "track", "Design"), "10:00\nend: 2024-05-01 10:45", "14:00\nend: 2024-05-01 14:45", 1), true},
		{"a break with a page made a talk", "content/talks/g.md", set("content/talks/g.md", "format", "talk"), true},
		{"the talk of no event", "content/talks/loose.md", set("content/talks/loose.md", "track", "Ops"), true},
		{"a track a note named first, a talk spelling it alike", "content/notes/n.md", strings.Replace(files["content/notes/n.md"], "track: Data\n", "track: Web\n", 1), true},
		{"a track and a time", "content/talks/d.md", strings.Replace(set("content/talks/d.md", "track", "Web"), "09:30", "11:00", 1), true},
		{"a track and a tag", "content/talks/d.md", strings.Replace(set("content/talks/d.md", "level", "Advanced"), "tags: [x]", "tags: []", 1), true},
		{"a format and a slug", "content/talks/b.md", "---\nslug: zz\n" + strings.TrimPrefix(set("content/talks/b.md", "format", "workshop"), "---\n"), true},
		{"a track the page named first, the next talk spelling it otherwise", "content/talks/a.md", set("content/talks/a.md", "track", "Ops"), false},
		{"a level the page named first, the next talk spelling it alike", "content/talks/b.md", set("content/talks/b.md", "level", "Beginner"), true},
		{"a track the page alone has, let go", "content/talks/b.md", set("content/talks/b.md", "track", "Web"), true},
		{"a track the page alone has, removed", "content/talks/b.md", set("content/talks/b.md", "track", ""), true},
		{"a track new to the site", "content/talks/d.md", set("content/talks/d.md", "track", "Design"), true},
		{"a track given a display name", "content/talks/d.md", set("content/talks/d.md", "trackName", "Data Science"), false},
		{"a display name alone, a track new to the site", "content/talks/b.md", strings.Replace(files["content/talks/b.md"], "track: Ops\n", "trackName: Design\n", 1), true},
		{"a track new to the site, the last of its old one", "content/talks/b.md", set("content/talks/b.md", "track", "Zebra"), true},
		{"a track of the site spelled otherwise, its name an earlier file's", "content/talks/d.md", set("content/talks/d.md", "track", "OPS!"), true},
		{"a track spelled otherwise, named by an earlier file", "content/talks/d.md", set("content/talks/d.md", "track", "web"), true},
		{"a track spelled otherwise by the file naming it", "content/talks/a.md", set("content/talks/a.md", "track", "web"), false},
		{"a level spelled otherwise by the file naming it", "content/talks/a.md", set("content/talks/a.md", "level", "BEGINNER"), false},
		{"a track without letters", "content/talks/d.md", set("content/talks/d.md", "track", "\"???\""), false},
		{"a format making a break, which has no page", "content/talks/b.md", set("content/talks/b.md", "format", "break"), false},
		{"a hidden talk", "content/talks/h.md", set("content/talks/h.md", "track", "Ops"), false},
		{"a hidden talk given a level", "content/talks/h.md", set("content/talks/h.md", "level", "Beginner"), false},
		{"a track and a speaker", "content/talks/d.md", strings.Replace(set("content/talks/d.md", "track", "Ops"), "[Cy]", "[Ada]", 1), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edited := maps.Clone(files)
			edited[tc.file] = tc.text
			checkMoveInTime(t, files, edited, tc.file, tc.ok)
		})
	}
}
