package build

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The edits BenchmarkSessionEdit makes, and the files of the generated
// site it makes them to.

// retimed returns the talk src with, for edit i, its start 5 to 55
// minutes after the hour it was written at (kind "date"), another of
// benchRooms (kind "room") or one of benchTags before its tags (kind
// "tags") or a tag of its own, another for each i ("newtag"), whichever
// way its front matter writes the field; src when it has none.
func retimed(src []byte, kind string, i int) []byte {
	lines := bytes.SplitAfter(src, []byte("\n"))
	for k, line := range lines {
		text := string(line)
		switch kind {
		case "date":
			if !dateLine.MatchString(text) {
				continue
			}
			at := hourMinute.FindStringIndex(text)
			if at == nil {
				continue
			}
			lines[k] = []byte(fmt.Sprintf("%s:%02d%s", text[:at[0]+2], 5*(i%11+1), text[at[1]:]))
		case "room":
			key, value, ok := strings.Cut(text, "room")
			if !ok || key != "" || !strings.HasPrefix(value, ":") && !strings.HasPrefix(value, " =") {
				continue
			}
			var rooms []string
			for _, r := range benchRooms {
				if !strings.Contains(value, r) {
					rooms = append(rooms, r)
				}
			}
			lines[k] = []byte(strings.Replace(text, strings.TrimSpace(strings.TrimLeft(value, ":= ")), fmt.Sprintf("%q", rooms[i%2]), 1))
		case "tags", "newtag":
			key := tagsLine.FindString(text)
			if key == "" {
				continue
			}
			var tags []string
			for _, t := range benchTags {
				if !strings.Contains(text, t) {
					tags = append(tags, t)
				}
			}
			value, add := strings.TrimLeft(text[len(key):], " "), tags[i%2]
			if kind == "newtag" {
				add = fmt.Sprintf("Fresh %d", i)
			}
			switch {
			case strings.HasPrefix(value, "["):
				value = `["` + add + `", ` + value[1:]
			case strings.HasPrefix(value, `"`):
				value = `"` + add + ", " + value[1:]
			default:
				value = add + ", " + value
			}
			lines[k] = []byte(key + " " + value)
		}
		return bytes.Join(lines, nil)
	}
	return src
}

var (
	// dateLine is the line of a talk's start as sitegen's schemas write it.
	dateLine = regexp.MustCompile(`^(date|datetime|start_datetime)\s*[:=]`)
	// tagsLine is the start of the line of a talk's tags.
	tagsLine = regexp.MustCompile(`^(tags|keywords)\s*[:=]`)
	// hourMinute is the hour and minutes of a time.
	hourMinute = regexp.MustCompile(`\d\d:\d\d`)
)

// trackLine is the line of a talk's track as sitegen's schemas write it,
// with its value.
var trackLine = regexp.MustCompile(`^(track\s*[:=]\s*)(.*)$`)

// trackTalk returns the last talk file, by name, of the site in src that
// has a track, and the site's tracks as it names them: as the first
// talk in file order having each writes it.
func trackTalk(b *testing.B, src string) (file string, tracks []string) {
	seen := map[string]bool{}
	err := fs.WalkDir(os.DirFS(src), "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(p, "talks/") || !strings.HasSuffix(p, ".md") {
			return err
		}
		text, err := fs.ReadFile(os.DirFS(src), p)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(text), "\n") {
			if m := trackLine.FindStringSubmatch(line); m != nil {
				name := strings.Trim(strings.TrimSpace(m[2]), `"`)
				if !seen[strings.ToLower(name)] {
					seen[strings.ToLower(name)] = true
					tracks = append(tracks, name)
				}
				file = p
				break
			}
		}
		return nil
	})
	if err != nil || file == "" || len(tracks) < 2 {
		b.Fatalf("no talk with a track in %s: %v", src, err)
	}
	return file, tracks
}

// retracked returns the talk src with, for edit i, another of tracks
// than the one it was written with.
func retracked(src []byte, tracks []string, i int) []byte {
	lines := strings.Split(string(src), "\n")
	for k, line := range lines {
		m := trackLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		was := strings.ToLower(strings.Trim(strings.TrimSpace(m[2]), `"`))
		var others []string
		for _, t := range tracks {
			if strings.ToLower(t) != was {
				others = append(others, t)
			}
		}
		lines[k] = fmt.Sprintf("%s%q", m[1], others[i%len(others)])
		return []byte(strings.Join(lines, "\n"))
	}
	return src
}

// speakerLine is the line of a talk naming one speaker, as sitegen's
// schemas write it, with the name.
var speakerLine = regexp.MustCompile(`^speaker:\s*"([^"]+)"\s*$`)

// speakerTalk returns the first talk file, by name, of the site in src
// naming one speaker who has a page of their own (so the person stays
// when the talk leaves them), and two other such people talks name.
func speakerTalk(b *testing.B, src string) (file string, people []string) {
	paged := map[string]bool{}
	var talks, names []string
	err := fs.WalkDir(os.DirFS(src), "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		speakers, talk := strings.Contains(p, "speakers/"), strings.Contains(p, "talks/")
		if !speakers && !talk {
			return nil
		}
		text, err := fs.ReadFile(os.DirFS(src), p)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(text), "\n") {
			if m := speakerPageName.FindStringSubmatch(line); m != nil && speakers {
				paged[m[1]] = true
				break
			}
			if m := speakerLine.FindStringSubmatch(line); m != nil && talk {
				talks, names = append(talks, p), append(names, m[1])
				break
			}
		}
		return nil
	})
	for i, n := range names {
		switch {
		case !paged[n] || slices.Contains(people, n):
		case file == "":
			file = talks[i]
		case len(people) < 2 && n != names[slices.Index(talks, file)]:
			people = append(people, n)
		}
	}
	if err != nil || file == "" || len(people) < 2 {
		b.Fatalf("no talk naming a speaker with a page in %s: %v", src, err)
	}
	return file, people
}

// companyLine is the line of a speaker's page giving their company.
var companyLine = regexp.MustCompile(`(?m)^company: .*$`)

// authorLine is the line of a note naming its author.
var authorLine = regexp.MustCompile(`(?m)^author: .*$`)

// firstNote returns the first note, by name, of the site in src.
func firstNote(b *testing.B, src string) string {
	notes, err := fs.Glob(os.DirFS(src), "content/notes/*.md")
	if err != nil || len(notes) == 0 {
		b.Fatalf("no note in %s: %v", src, err)
	}
	slices.Sort(notes)
	return notes[0]
}

// firstSpeakerPage returns the first speaker's page, by name, of the
// site in src.
func firstSpeakerPage(b *testing.B, src string) string {
	return firstMatch(b, src, "content/speakers/*.md")
}

// firstEventPage returns the first event page, by name, of the site in
// src.
func firstEventPage(b *testing.B, src string) string {
	return firstMatch(b, src, "content/events/*.md")
}

// firstMatch returns the first file, by name, of the site in src that
// pattern matches.
func firstMatch(b *testing.B, src, pattern string) string {
	pages, err := fs.Glob(os.DirFS(src), pattern)
	if err != nil || len(pages) == 0 {
		b.Fatalf("no file %s in %s: %v", pattern, src, err)
	}
	slices.Sort(pages)
	return pages[0]
}

// speakerPageName is the line of a speaker page's name.
var speakerPageName = regexp.MustCompile(`^name:\s*"([^"]+)"\s*$`)

// respoken returns the talk src naming, for edit i, people[i%2] as its
// speaker.
func respoken(src []byte, people []string, i int) []byte {
	lines := strings.Split(string(src), "\n")
	for k, line := range lines {
		if speakerLine.MatchString(line) {
			lines[k] = fmt.Sprintf("speaker: %q", people[i%2])
			break
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// withBooks writes a reading list of n books into data/books.yml of the
// site in src, and returns a function that removes it.
func withBooks(b *testing.B, src string, n int) func() {
	dir := filepath.Join(src, "data")
	_, err := os.Stat(dir)
	made := os.IsNotExist(err)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var books strings.Builder
	for i := range n {
		fmt.Fprintf(&books, "- title: \"Book number %d\"\n  author: \"Author %d\"\n  status: read\n  rating: %d\n", i, i%37, 1+i%5)
	}
	file := filepath.Join(dir, "books.yml")
	if err := os.WriteFile(file, []byte(books.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return func() {
		os.Remove(file)
		if made {
			os.Remove(dir)
		}
	}
}

// eventLine is a talk's event, as sitegen writes it in YAML or TOML:
// its name or slug.
var eventLine = regexp.MustCompile(`(?m)^(event|conference)(:| =) (.*)$`)

// withEmptyEvent writes into the site in src an event without talks, a
// copy of the page of the event of talk file (its dates, rooms and zone)
// given another name, and returns a function that removes it.
func withEmptyEvent(b *testing.B, src, file string) func() {
	text, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(file)))
	if err != nil {
		b.Fatal(err)
	}
	if !eventLine.Match(text) {
		b.Fatalf("%s names no event", file)
	}
	value := strings.Trim(string(eventLine.FindSubmatch(text)[3]), `"' `)
	page, err := os.ReadFile(filepath.Join(src, "content", "events", benchSlug(value)+".md"))
	if err != nil {
		b.Fatal(err)
	}
	page = regexp.MustCompile(`(?m)^name: .*$`).ReplaceAll(page, []byte(`name: "Bench Empty"`))
	target := filepath.Join(src, "content", "events", "bench-empty.md")
	if err := os.WriteFile(target, page, 0o644); err != nil {
		b.Fatal(err)
	}
	return func() { os.Remove(target) }
}

// otherEvent returns the name another talk of the site in src gives as
// its event, one with a page of its own, other than talk file's.
func otherEvent(b *testing.B, src, file string) string {
	own, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(file)))
	if err != nil {
		b.Fatal(err)
	}
	value := func(text []byte) string {
		m := eventLine.FindSubmatch(text)
		if m == nil {
			return ""
		}
		return strings.Trim(string(m[3]), `"' `)
	}
	mine := value(own)
	talks, err := fs.Glob(os.DirFS(src), "content/talks/*.md")
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(talks)
	for _, t := range talks {
		text, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(t)))
		if err != nil {
			b.Fatal(err)
		}
		if v := value(text); v != "" && benchSlug(v) != benchSlug(mine) {
			if _, err := os.Stat(filepath.Join(src, "content", "events", benchSlug(v)+".md")); err == nil {
				return v
			}
		}
	}
	b.Fatalf("no talk of %s names an event with a page other than %q", src, mine)
	return ""
}

// benchSlug is the slug of an event's name as the generated site's
// event pages are named: lower case, hyphens between words.
func benchSlug(name string) string {
	return strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(name), "-"), "-")
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// photoLine is a speaker page's photo, as sitegen writes it.
var photoLine = regexp.MustCompile(`(?m)^photo: .*$`)

// withPhotos writes two photos into static/img of the site in src (the
// "speakerphoto" edits' photos), and returns a function that removes
// them.
func withPhotos(b *testing.B, src string) func() {
	dir := filepath.Join(src, "static", "img")
	_, err := os.Stat(dir)
	made := os.IsNotExist(err)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var files []string
	for i := range 2 {
		file := filepath.Join(dir, fmt.Sprintf("bench-photo-%d.jpg", i))
		if err := os.WriteFile(file, []byte("a photo"), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, file)
	}
	return func() {
		for _, f := range files {
			os.Remove(f)
		}
		if made {
			os.Remove(dir)
		}
	}
}

// venueLine is an event page's venue, as sitegen writes it.
var venueLine = regexp.MustCompile(`(?m)^venue: .*$`)

// eventNameLine is an event page's name, as sitegen writes it.
var eventNameLine = regexp.MustCompile(`(?m)^name: .*$`)

// zoneLine is an event page's time zone, as sitegen writes it.
var zoneLine = regexp.MustCompile(`(?m)^timezone: .*$`)

// benchZones are the zones kind "eventzone" gives an event in turn: none
// is a zone the generated site's events are in.
var benchZones = []string{"Pacific/Chatham", "Asia/Kathmandu"}

// roomsLines are the first two rooms of an event page, as sitegen
// writes them.
var roomsLines = regexp.MustCompile(`(?m)^rooms:\n  - (.*)\n  - (.*)\n`)

// readingItem is the first item of a reading list in prose as sitegen
// writes a note's: a link, a dash and a note.
var readingItem = regexp.MustCompile(`(?m)^- \[[^\]]+\]\(https?://[^)]+\) — .*$`)

// withReadingLink returns the note src with, for edit i, a link of its
// own added before the first item of its reading list, or src when it
// has none.
func withReadingLink(src []byte, i int) []byte {
	at := readingItem.FindIndex(src)
	if at == nil {
		return src
	}
	item := fmt.Appendf(nil, "- [Further reading %d](https://reading.example.org/edit-%d) — worth reading\n", i, i)
	return slices.Concat(src[:at[0]], item, src[at[0]:])
}

// withMess writes into the site in src what real sites moved from
// Jekyll often have and the generated one does not: two pages writing
// one URL (a clash lectern resolves, with a warning) and a page with old
// URLs; it returns a function that removes them. Before 4 December
// either one made every move, addition and removal build the model.
func withMess(b *testing.B, src string) func() {
	files := map[string]string{
		"content/mess/first.md":  "---\ntitle: First\nurl: /same/\n---\nOne.\n",
		"content/mess/second.md": "---\ntitle: Second\nurl: /same/\n---\nTwo.\n",
		"content/mess/moved.md":  "---\ntitle: Moved\nredirect_from: [/old-place/]\n---\nHere now.\n",
	}
	dir := filepath.Join(src, "content", "mess")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return func() { os.RemoveAll(dir) }
}
