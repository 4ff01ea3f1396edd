package build

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lectern/internal/render"
)

// The preview's contract is that after every rebuild it serves exactly
// what a fresh build of the same files serves. The randomized test below
// checks that contract the way an author breaks it: random edits of every
// front matter field, of bodies, of templates and of config.toml, files
// added, removed and renamed, each followed by a comparison of every
// output with a fresh build's.
var (
	diffEdits = flag.Int("diff.edits", 40, "edits made by TestDifferentialSessionMatchesFreshBuild (the benchmark machine runs thousands)")
	diffSeed  = flag.Uint64("diff.seed", 0, "seed of TestDifferentialSessionMatchesFreshBuild; 0 tries a few fixed seeds")
)

// diffFile is one page of the random site: front matter fields in the
// order written, and a body.
type diffFile struct {
	kind   string // talk, note, speaker, event, reading
	fields [][2]string
	body   string
}

func (f *diffFile) set(key, value string) {
	for i := range f.fields {
		if f.fields[i][0] == key {
			f.fields[i][1] = value
			return
		}
	}
	f.fields = append(f.fields, [2]string{key, value})
}

func (f *diffFile) unset(key string) {
	f.fields = slices.DeleteFunc(f.fields, func(kv [2]string) bool { return kv[0] == key })
}

func (f *diffFile) text() string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, kv := range f.fields {
		fmt.Fprintf(&b, "%s: %s\n", kv[0], kv[1])
	}
	b.WriteString("---\n")
	b.WriteString(f.body)
	return b.String()
}

// Pools of values are small so that edits collide: two talks in one room
// at one time, a speaker named on a talk and given their own page, a tag
// shared by a note and a talk.
var (
	diffNames   = []string{"Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "ada lovelace"}
	diffTags    = []string{"go", "rust", "Go", "ops", "data", "python"}
	diffRooms   = []string{"Main hall", "Room 2", "Room 3", "full"}
	diffTracks  = []string{"Web", "Ops", "Data"}
	diffLevels  = []string{"Beginner", "Intermediate", "Advanced", "All levels"}
	diffFormats = []string{"talk", "keynote", "workshop", "lightning", "break"}
	diffWords   = []string{"systems", "incidents", "queues", "memory", "latency", "types", "tests", "graphs"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func diffList(r *rand.Rand, pool []string) string {
	n := 1 + r.IntN(2)
	var xs []string
	for range n {
		xs = append(xs, fmt.Sprintf("%q", pick(r, pool)))
	}
	return "[" + strings.Join(xs, ", ") + "]"
}

func diffDate(r *rand.Rand) string {
	return fmt.Sprintf("2026-06-%02d %02d:%02d", 11+r.IntN(2), 9+r.IntN(8), 15*r.IntN(4))
}

func diffSentence(r *rand.Rand) string {
	return fmt.Sprintf("On %s and %s, %d.", pick(r, diffWords), pick(r, diffWords), r.IntN(100))
}

func diffBody(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString(diffSentence(r) + "\n\n")
	if r.IntN(3) == 0 {
		for i := range 1 + r.IntN(3) {
			fmt.Fprintf(&b, "- [%s](https://example.org/%s/%d) — %s\n", pick(r, diffWords), pick(r, diffWords), i, pick(r, diffWords))
		}
		b.WriteString("\n")
	}
	if r.IntN(4) == 0 {
		b.WriteString("```go\nfunc main() {}\n```\n")
	}
	return b.String()
}

// diffValue returns a random value for field on a page of kind.
func diffValue(r *rand.Rand, kind, field string) string {
	switch field {
	case "title", "name":
		w := pick(r, diffWords)
		return fmt.Sprintf("%q", strings.ToUpper(w[:1])+w[1:]+" "+pick(r, diffWords))
	case "date", "start":
		return diffDate(r)
	case "end":
		return "2026-06-12 18:00"
	case "duration":
		return pick(r, []string{"30", "45m", "1h"})
	case "speakers", "author":
		return diffList(r, diffNames)
	case "tags":
		return diffList(r, diffTags)
	case "room":
		return pick(r, diffRooms)
	case "track":
		return pick(r, diffTracks)
	case "level":
		return pick(r, diffLevels)
	case "format":
		return pick(r, diffFormats)
	case "summary":
		return fmt.Sprintf("%q", diffSentence(r))
	case "hidden", "draft":
		return pick(r, []string{"true", "false"})
	case "slides", "video", "url":
		if field == "url" {
			return fmt.Sprintf("/%s/%s/", kind, pick(r, diffWords))
		}
		return "https://example.org/" + field + "/" + pick(r, diffWords)
	case "slug":
		return pick(r, diffWords) + "-" + pick(r, diffWords)
	case "company":
		return pick(r, []string{"Fernweh", "Northwind", "Acme"})
	case "twitter", "github":
		return pick(r, diffWords)
	case "photo":
		return "https://example.org/photo/" + pick(r, diffWords) + ".jpg"
	case "venue":
		return pick(r, []string{"Lisbon", "Porto"})
	case "timezone":
		return pick(r, []string{"Europe/Lisbon", "America/New_York", "UTC"})
	case "rooms":
		return diffList(r, diffRooms[:3])
	case "books":
		return fmt.Sprintf("[{title: %q, author: %q, status: %s, rating: %d}]", pick(r, diffWords), pick(r, diffNames), pick(r, []string{"read", "reading", "to-read"}), 1+r.IntN(5))
	case "event":
		return pick(r, []string{"Conf", "conf", "Other Conf"})
	case "aliases":
		return fmt.Sprintf("[/old/%s/, %s.html]", pick(r, diffWords), pick(r, diffWords))
	}
	panic("no values for " + field)
}

var diffFields = map[string][]string{
	"talk":    {"title", "date", "duration", "speakers", "tags", "room", "track", "level", "format", "summary", "hidden", "draft", "slides", "video", "slug", "event", "url", "aliases"},
	"note":    {"title", "date", "author", "tags", "summary", "hidden", "draft", "slug", "aliases"},
	"speaker": {"name", "company", "twitter", "github", "photo"},
	"event":   {"name", "start", "end", "venue", "timezone", "rooms"},
	"reading": {"title", "books", "tags", "date"},
}

var diffFolders = map[string]string{"talk": "talks", "note": "notes", "speaker": "speakers", "event": "events", "reading": "reading"}

// diffSite is the random site in memory and on disk.
type diffSite struct {
	t     *testing.T
	dir   string
	r     *rand.Rand
	files map[string]*diffFile // by path from the site folder
	next  int
}

func (d *diffSite) newFile(kind string) (string, *diffFile) {
	d.next++
	folder := diffFolders[kind]
	if (kind == "talk" || kind == "note") && d.r.IntN(3) == 0 {
		// Listed by the folder's _index.md (startDiffSite) as well.
		folder += "/series"
	}
	name := fmt.Sprintf("content/%s/%s-%d.md", folder, pick(d.r, diffWords), d.next)
	f := &diffFile{kind: kind, body: diffBody(d.r)}
	for _, field := range diffFields[kind] {
		if field == "url" || field == "draft" || field == "hidden" || field == "slug" || field == "aliases" {
			continue // rare on purpose: set only by edits
		}
		if d.r.IntN(3) > 0 {
			f.set(field, diffValue(d.r, kind, field))
		}
	}
	if kind == "speaker" {
		f.set("name", fmt.Sprintf("%q", pick(d.r, diffNames)))
	}
	d.files[name] = f
	return name, f
}

func (d *diffSite) write(name string) {
	d.t.Helper()
	edit(d.t, d.dir, name, d.files[name].text())
}

func (d *diffSite) remove(name string) {
	d.t.Helper()
	if err := os.Remove(filepath.Join(d.dir, filepath.FromSlash(name))); err != nil {
		d.t.Fatal(err)
	}
	delete(d.files, name)
}

func (d *diffSite) anyFile() string {
	names := make([]string, 0, len(d.files))
	for n := range d.files {
		names = append(names, n)
	}
	slices.Sort(names)
	return pick(d.r, names)
}

// step makes one random edit and returns what it did and the files it
// changed.
func (d *diffSite) step() (string, []string) {
	switch n := d.r.IntN(120); {
	case n >= 110: // move a page to another URL
		return d.moveEdit()
	case n >= 100: // move a page in time or room, give it other terms
		return d.timeEdit()
	case n < 25: // change what a page shows, where it is written
		return d.showEdit()
	case n < 45: // set a field
		name := d.anyFile()
		f := d.files[name]
		field := pick(d.r, diffFields[f.kind])
		v := diffValue(d.r, f.kind, field)
		f.set(field, v)
		d.write(name)
		return fmt.Sprintf("set %s %s: %s", name, field, v), []string{name}
	case n < 55: // remove a field
		name := d.anyFile()
		f := d.files[name]
		field := pick(d.r, diffFields[f.kind])
		f.unset(field)
		d.write(name)
		return fmt.Sprintf("unset %s %s", name, field), []string{name}
	case n < 75: // edit a body
		name := d.anyFile()
		d.files[name].body = diffBody(d.r)
		d.write(name)
		return "body " + name, []string{name}
	case n < 83: // add a file
		name, _ := d.newFile(pick(d.r, []string{"talk", "talk", "note", "speaker", "reading"}))
		d.write(name)
		return "add " + name, []string{name}
	case n < 88: // remove a file
		if len(d.files) < 4 {
			return "nothing", nil
		}
		name := d.anyFile()
		d.remove(name)
		return "remove " + name, []string{name}
	case n < 93: // rename a file
		name := d.anyFile()
		f := d.files[name]
		d.next++
		to := fmt.Sprintf("content/%s/renamed-%d.md", diffFolders[f.kind], d.next)
		if err := os.Rename(filepath.Join(d.dir, filepath.FromSlash(name)), filepath.Join(d.dir, filepath.FromSlash(to))); err != nil {
			d.t.Fatal(err)
		}
		delete(d.files, name)
		d.files[to] = f
		return "rename " + name + " " + to, []string{name, to}
	case n < 97: // a template
		const footer = "layouts/partials/footer.html"
		p := filepath.Join(d.dir, footer)
		if _, err := os.Stat(p); err == nil && d.r.IntN(2) == 0 {
			if err := os.Remove(p); err != nil {
				d.t.Fatal(err)
			}
			return "remove " + footer, []string{footer}
		}
		// What the footer shows of the site decides what every page
		// reads: its chrome, or lists of other pages, or the event.
		shows := pick(d.r, []string{
			"{{.Site.Config.Title}}",
			"{{range .Site.Talks}}{{.Title}}; {{end}}",
			"{{range .Site.Speakers}}{{.Name}} ({{len .Talks}}); {{end}}",
			"{{with .Event}}{{range .Talks}}{{.Title}}; {{end}}{{end}}",
			"{{range .Taxonomies}}{{.Title}}: {{range .Terms}}{{.Name}}, {{end}}{{end}}",
			"{{range .Taxonomies}}{{range .Terms}}{{.Name}} {{.Count}} {{range .Pages}}{{.Title}}; {{end}}{{end}}{{end}}",
			"{{with .Taxonomy}}{{range .Terms}}{{.Name}} {{.Count}}; {{end}}{{end}}",
		})
		edit(d.t, d.dir, footer, fmt.Sprintf("<footer><p>%s · %s</p></footer>\n", diffSentence(d.r), shows))
		return "write " + footer, []string{footer}
	default: // config.toml
		title := pick(d.r, diffWords)
		edit(d.t, d.dir, "config.toml", fmt.Sprintf("title = %q\ntimezone = \"Europe/Lisbon\"\n", title))
		return "config title " + title, []string{"config.toml"}
	}
}

// startDiffSite writes a random site of an event and one file of each of
// kinds, with config as its config.toml, and builds it in a session.
func startDiffSite(t *testing.T, src rand.Source, config string, kinds ...string) (*diffSite, *Session) {
	t.Helper()
	d := &diffSite{t: t, dir: t.TempDir(), r: rand.New(src), files: map[string]*diffFile{}}
	edit(t, d.dir, "config.toml", config)
	// Folders whose _index.md lists their pages (render's folder lists).
	edit(t, d.dir, "content/talks/series/_index.md", "---\ntitle: A series\n---\nTalks of the series.\n")
	edit(t, d.dir, "content/notes/series/_index.md", "---\ntitle: Notes of a series\n---\n")
	ev, f := d.newFile("event")
	f.set("name", "Conf")
	f.set("start", "2026-06-11 09:00")
	f.set("end", "2026-06-12 18:00")
	d.write(ev)
	for _, kind := range kinds {
		name, _ := d.newFile(kind)
		d.write(name)
	}
	s := NewSession(Options{Source: d.dir})
	if _, diags := s.Rebuild(context.Background(), nil); diags.HasErrors() {
		t.Fatalf("first build: %v", diags.Err())
	}
	return d, s
}

// showFields are the fields whose edits, written where the field was,
// the session may patch in place (site.Site.Patch).
var showFields = []string{"title", "name", "summary", "slides", "video"}

// showEdit changes a field that pages show, in place when the page has
// it: often to the title of another page, so that lists sorted by title
// meet ties, and sometimes to a break's, which has no page.
func (d *diffSite) showEdit() (string, []string) {
	name := d.anyFile()
	f := d.files[name]
	var fields []string
	for _, kv := range f.fields {
		if slices.Contains(showFields, kv[0]) {
			fields = append(fields, kv[0])
		}
	}
	if len(fields) == 0 {
		fields = []string{"title"}
	}
	field := pick(d.r, fields)
	v := diffValue(d.r, f.kind, field)
	if field == "title" || field == "name" {
		switch d.r.IntN(4) {
		case 0: // another page's title: a tie
			other := d.files[d.anyFile()]
			for _, kv := range other.fields {
				if kv[0] == "title" || kv[0] == "name" {
					v = kv[1]
				}
			}
		case 1:
			v = pick(d.r, []string{`"Coffee break"`, `"Lunch"`, `"A"`, `"zz top"`})
		}
	}
	f.set(field, v)
	d.write(name)
	return fmt.Sprintf("show %s %s: %s", name, field, v), []string{name}
}

func TestDifferentialSessionMatchesFreshBuild(t *testing.T) {
	seeds := []uint64{1, 2, 3}
	if *diffSeed != 0 {
		seeds = []uint64{*diffSeed}
	}
	edits := *diffEdits
	if testing.Short() {
		edits = min(edits, 10)
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			d, s := startDiffSite(t, rand.NewPCG(seed, 0), "title = \"Random\"\ntimezone = \"Europe/Lisbon\"\n",
				"talk", "talk", "talk", "talk", "note", "note", "speaker", "speaker", "reading")
			ctx := context.Background()
			var log []string
			fast, moves := 0, 0
			defer func() {
				t.Logf("%d of %d edits patched in place, %d of them moves", fast, edits/len(seeds), moves)
			}()
			for i := range edits / len(seeds) {
				what, changed := d.step()
				log = append(log, what)
				rb, diags := s.Rebuild(ctx, changed)
				if diags.HasErrors() {
					t.Fatalf("edit %d (%s): %v", i, what, diags.Err())
				}
				if patched(rb) {
					fast++
				}
				if moved(rb) {
					moves++
				}
				sameAsFullBuild(t, s, d.dir, diags)
				// The fingerprints a patch computed again, and those it
				// kept, must be what the whole site's give.
				if want := render.Fingerprints(s.model); !maps.Equal(s.prints, want) {
					for k, v := range want {
						if w, ok := s.prints[k]; !ok || w != v {
							t.Errorf("fingerprint of %s kept stale", k)
						}
					}
				}
				if t.Failed() {
					t.Fatalf("after edit %d of seed %d; the edits were:\n  %s\nrerun with -run %s -diff.seed %d", i, seed, strings.Join(log, "\n  "), t.Name()[:strings.Index(t.Name(), "/")], seed)
				}
			}
		})
	}
}

// The stale pages issue 16 found, each now also covered by the random
// edits above: an edit that changes how a person is shown must reach
// every list that shows them.
func TestSessionEditsReachEveryPageShowingThem(t *testing.T) {
	const site = `
-- config.toml --
title = "Stale"
-- content/notes/n.md --
---
title: A note
date: 2026-01-02
author: Ada Lovelace
tags: [x]
---
Body.
-- content/talks/t.md --
---
title: A talk
speakers: [Grace Hopper]
---
Body.
-- content/speakers/grace.md --
---
name: Grace Hopper
company: Navy
---
Bio.
`
	for _, tc := range []struct{ file, text string }{
		{"content/notes/n.md", "---\ntitle: A note\ndate: 2026-01-02\nauthor: Alan Turing\ntags: [x]\n---\nBody.\n"},
		{"content/speakers/grace.md", "---\nname: Grace Hopper\ncompany: Univac\n---\nBio.\n"},
		{"content/talks/t.md", "---\ntitle: A talk\nspeakers: [grace hopper]\n---\nBody.\n"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			dir, s := startSession(t, site)
			ctx := context.Background()
			edit(t, dir, tc.file, tc.text)
			_, diags := s.Rebuild(ctx, []string{tc.file})
			sameAsFullBuild(t, s, dir, diags)
		})
	}
}

// moveEdit gives a talk or a note another slug, which moves its page
// (site.Site.Move): often a slug another page has (a clash), sometimes
// with a new title or none at all.
func (d *diffSite) moveEdit() (string, []string) {
	name := d.anyFile()
	f := d.files[name]
	if f.kind != "talk" && f.kind != "note" {
		return d.showEdit()
	}
	what := "move " + name
	switch d.r.IntN(4) {
	case 0:
		f.unset("slug")
		what += " slug unset"
	case 1: // another page's slug or file name
		other := d.anyFile()
		v := strings.TrimSuffix(other[strings.LastIndex(other, "/")+1:], ".md")
		for _, kv := range d.files[other].fields {
			if kv[0] == "slug" {
				v = kv[1]
			}
		}
		f.set("slug", v)
		what += " slug " + v
	default:
		v := diffValue(d.r, f.kind, "slug")
		f.set("slug", v)
		what += " slug " + v
	}
	if d.r.IntN(4) == 0 {
		v := diffValue(d.r, f.kind, "title")
		f.set("title", v)
		what += " title " + v
	}
	d.write(name)
	return what, []string{name}
}
