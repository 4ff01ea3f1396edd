package build

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The edits the randomized tests make (differential_test.go): one
// random edit of the site, and the kinds of edit it draws from that
// the preview answers other than by a build of the model.

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
	case n < 78: // add a file
		name, _ := d.newFile(pick(d.r, []string{"talk", "talk", "note", "speaker", "reading"}))
		d.write(name)
		return "add " + name, []string{name}
	case n < 83: // add a copy of a talk or note, to remove later
		return d.copyEdit()
	case n < 88: // remove a file, often a copy
		if len(d.files) < 4 {
			return "nothing", nil
		}
		name := d.anyFile()
		if copies := d.copies(); len(copies) > 0 && d.r.IntN(2) == 0 {
			name = pick(d.r, copies)
		}
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

// showFields are the fields whose edits, written where the field was,
// the session may patch in place (site.Site.Patch).
var showFields = []string{"title", "name", "summary", "slides", "video", "cover"}

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

// copyEdit adds a copy of a talk or note under another title, slug or
// URL left out: the copy shares its terms and event, and its people or
// (half of the talks) a person of its own, so that removing it, later,
// leaves them as they were or takes its person (site.Site.Remove).
func (d *diffSite) copyEdit() (string, []string) {
	var from []string
	for name, f := range d.files {
		if f.kind == "talk" || f.kind == "note" {
			from = append(from, name)
		}
	}
	if len(from) == 0 {
		return "nothing", nil
	}
	slices.Sort(from)
	src := pick(d.r, from)
	f := *d.files[src]
	f.fields = slices.Clone(f.fields)
	for _, field := range []string{"slug", "url", "aliases"} {
		f.unset(field)
	}
	d.next++
	f.set("title", fmt.Sprintf("%q", fmt.Sprintf("Copy %d of %s", d.next, pick(d.r, diffWords))))
	if f.kind == "talk" && d.r.IntN(2) == 0 {
		// A person new to the site, whom the copy alone names: made
		// with it, gone with it.
		f.set("speakers", fmt.Sprintf("[{name: %q, bio: %q%s}]", fmt.Sprintf("Guest %d", d.next), pick(d.r, diffWords), d.photo()))
	}
	name := strings.TrimSuffix(src, ".md") + fmt.Sprintf("-copy-%d.md", d.next)
	d.files[name] = &f
	d.write(name)
	return "copy " + src + " " + name, []string{name}
}

// copies are the copies copyEdit made that are still there, by name.
func (d *diffSite) copies() []string {
	var out []string
	for name := range d.files {
		if strings.Contains(name, "-copy-") {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}
