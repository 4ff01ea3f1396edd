package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"lectern/internal/build"
	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
	"lectern/internal/site"
)

func runInspect(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("inspect", "[--source DIR] [--drafts] [--json] [FILE…]", stderr)
	source := fs.String("source", ".", "the site's folder, holding config.toml and content/")
	drafts := fs.Bool("drafts", false, "treat draft pages as built")
	asJSON := fs.Bool("json", false, "print a JSON array with one object per page")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	fsys, closeSource, err := build.OpenSource(*source)
	if err != nil {
		fmt.Fprintf(stderr, "lectern inspect: %v\n", err)
		return exitError
	}
	defer closeSource()
	m, diags := build.LoadModel(ctx, fsys, build.ModelOptions{Drafts: *drafts})
	views := inspectViews(m, diags, fs.Args())
	if l := m.Layout.Describe(); l != "" {
		// Not on stdout with --json, which must stay one JSON value.
		out := stdout
		if *asJSON {
			out = stderr
		}
		fmt.Fprintln(out, l)
	}

	// Only the named files' diagnostics: inspecting one page shows its
	// own warnings, not the whole site's.
	printed := namedDiags(m, diags, fs.Args()).Strings()
	switch {
	case *asJSON:
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(views); err != nil {
			fmt.Fprintln(stderr, "lectern:", err)
			return exitError
		}
		stdout.Write(escapeJSON(buf.Bytes()))
	case len(fs.Args()) > 0:
		for i, v := range views {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			printDetail(stdout, v)
		}
		// Each entry shows its own diagnostics; printed again after
		// it, every warning would be shown twice.
		printed = unshown(printed, views)
	default:
		printTable(stdout, views)
	}
	printDiags(stderr, printed)
	if diags.HasErrors() {
		return exitError
	}
	return exitOK
}

// pageView is what inspect shows of one page; its JSON form is documented
// in docs/commands.md.
type pageView struct {
	File  string       `json:"file"`
	Kind  content.Kind `json:"kind"`
	Title string       `json:"title"`
	Slug  string       `json:"slug"`
	URL   string       `json:"url,omitempty"`
	// NoPage reports a page never written: URL is then only its
	// identifier, and External where lists link it instead, if anywhere.
	NoPage   bool           `json:"no_page,omitempty"`
	External string         `json:"external,omitempty"`
	Date     string         `json:"date,omitempty"`
	End      string         `json:"end,omitempty"`
	Speakers []personView   `json:"speakers"`
	Tags     []string       `json:"tags"`
	Track    string         `json:"track"`
	Format   string         `json:"format"`
	Level    string         `json:"level"`
	Tier     string         `json:"tier,omitempty"`
	Logo     string         `json:"logo,omitempty"`
	Link     string         `json:"link,omitempty"`
	Room     string         `json:"room"`
	Event    string         `json:"event"`
	Slides   string         `json:"slides"`
	Links    []linkView     `json:"materials,omitempty"`
	Video    string         `json:"video"`
	Image    string         `json:"image,omitempty"`
	Cover    bool           `json:"cover,omitempty"`
	Summary  string         `json:"summary"`
	Abstract string         `json:"abstract,omitempty"`
	Draft    bool           `json:"draft"`
	Hidden   bool           `json:"hidden"`
	Items    []itemView     `json:"items"`
	Lists    []listView     `json:"lists"`
	Params   map[string]any `json:"params"`
	Warnings []string       `json:"warnings"`
	Errors   []string       `json:"errors"`
}

// linkView is one of a talk's materials.
type linkView struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type personView struct {
	Name    string `json:"name"`
	Slug    string `json:"slug"`
	Bio     string `json:"bio"`
	Company string `json:"company"`
	Twitter string `json:"twitter"`
	Github  string `json:"github"`
	URL     string `json:"url"`
	Photo   string `json:"photo"`
}

// itemView is one reading item as the page wrote it; Source is "front
// matter" or the line of a list in prose ("line 12").
type itemView struct {
	Title   string  `json:"title"`
	URL     string  `json:"url"`
	Author  string  `json:"author"`
	Note    string  `json:"note"`
	Status  string  `json:"status"`
	Rating  float64 `json:"rating"`
	Year    int     `json:"year,omitempty"`
	Date    string  `json:"date,omitempty"`
	Started string  `json:"started,omitempty"`
	// DateText is when it was read as written, naming no day.
	DateText string   `json:"date_text,omitempty"`
	ISBN     string   `json:"isbn,omitempty"`
	Tags     []string `json:"tags"`
	Source   string   `json:"source"`
}

// listView is a list of the body with links, and whether it was taken as
// a reading list; Reason says why not.
type listView struct {
	Line    int    `json:"line"`
	Items   int    `json:"items"`
	Links   int    `json:"links"`
	Reading int    `json:"reading"`
	Taken   bool   `json:"taken"`
	Reason  string `json:"reason,omitempty"`
}

// inspectViews makes a view of every document, or of those named by
// filters (a path or part of one). diags are the whole run's: a page
// shows those at its file too, so one that moved or was left out in a URL
// clash says why, though its own file was read without fault; a record
// shows only those at its own places in its file (diagIndex).
func inspectViews(m *build.Model, diags diag.List, filters []string) []pageView {
	// By identity: records of one data file share its name, and can
	// share a line too (a JSON file written on one line). LoadModel keeps
	// the loaded documents (it releases no bodies), so Loaded is never
	// nil here.
	pages := map[*content.Document]*site.Page{}
	for _, p := range m.Site.Pages {
		pages[p.Loaded()] = p
	}
	own := newDiagIndex(diags)
	views := []pageView{}
	for _, d := range namedDocs(m.Docs, filters) {
		views = append(views, viewOf(d, pages[d], own.of(d)))
	}
	return views
}

// viewOf is the view of d, built as p (nil when it was not), with the
// diagnostics about it from later stages, model (a URL clash lost).
func viewOf(d *content.Document, p *site.Page, model diag.List) pageView {
	all := append(slices.Clone(d.Diags), model...)
	file := shownPath(d)
	if d.Line > 0 {
		// A record of a data file is shown as the file and its line.
		file = fmt.Sprintf("%s:%d", d.File, d.Line)
	}
	v := pageView{
		File: file, Kind: d.Kind, Title: d.Title, Slug: d.Slug,
		Date: rfc3339(d.Date), End: rfc3339(d.End),
		Speakers: []personView{}, Tags: nonNil(d.Tags), Track: d.Track, Format: d.Format, Level: d.Level, Tier: d.Extras().Tier, Logo: d.Logo, Link: d.Link,
		Room: d.Room, Event: d.Event, Slides: d.Slides, Video: d.Video, Summary: d.Summary, Abstract: d.Extras().Abstract, Image: d.Image, Cover: d.Cover,
		Draft: d.Draft, Hidden: d.Hidden, Items: []itemView{}, Lists: []listView{}, Params: d.Params,
		Warnings: nonNil(all.Warnings().Strings()), Errors: nonNil(all.Errors().Strings()),
	}
	for _, l := range d.Links {
		v.Links = append(v.Links, linkView{Name: l.Name, URL: l.URL})
	}
	if v.Params == nil {
		v.Params = map[string]any{}
	}
	people := d.Speakers
	if d.Kind == content.KindNote {
		people = d.Authors
	}
	for _, s := range people {
		v.Speakers = append(v.Speakers, personView{s.Name, s.Slug, s.Bio, s.Company, s.Twitter, s.Github, s.URL, s.Photo})
	}
	// A page shows what it wrote itself, not the site-wide entries that
	// other pages' items were merged into.
	var items []site.PageItem
	for _, it := range d.Items {
		items = append(items, site.PageItem{Item: it})
	}
	if p != nil {
		v.URL = p.URL
		if p.Pageless {
			v.NoPage, v.External = true, p.Doc.Extras().External
		}
		v.Date, v.End = rfc3339(p.Doc.Date), rfc3339(p.Doc.End)
		if p.Event != nil {
			v.Event = p.Event.Name
		}
		items = p.OwnItems
		for _, l := range p.Lists {
			v.Lists = append(v.Lists, listOf(l, optOut(&p.Doc)))
		}
	}
	for _, it := range items {
		v.Items = append(v.Items, itemView{it.Title, it.URL, it.Author, it.Note, it.Status, it.Rating, it.Year, rfc3339(it.Date), rfc3339(it.Started), it.DateText, it.ISBN, nonNil(it.Tags), it.Source()})
	}
	return v
}

// listOf says whether a list with links was taken as a reading list, and
// why not; optOut is why the page keeps its lists out, if it does.
func listOf(l markdown.LinkList, optOut string) listView {
	v := listView{Line: l.Line, Items: l.Items, Links: l.Links, Reading: l.Reading, Taken: l.Taken && optOut == "", Reason: l.Reason}
	if optOut != "" && l.Taken {
		v.Reason = optOut
	}
	return v
}

// optOut says why the page d keeps the lists of its prose out of the
// reading list, or is empty when it does not.
func optOut(d *content.Document) string {
	switch {
	case d.UsesPage:
		return "the page is a uses page: its lists are the tools its author uses, not things to read; write reading: true to take them"
	case d.NoReading:
		return "the page has reading: false"
	}
	return ""
}

// itemLine is one reading item on one line: title, author, URL, what the
// page said of it, then its note.
func itemLine(it itemView) string {
	desc := it.Title
	if it.Author != "" {
		desc += " by " + it.Author
	}
	if it.Year != 0 {
		desc += fmt.Sprintf(" (%d)", it.Year)
	}
	if it.URL != "" {
		desc += " <" + it.URL + ">"
	}
	var facts []string
	if it.Status != "" {
		facts = append(facts, it.Status)
	}
	if it.Rating > 0 {
		facts = append(facts, content.FormatRating(it.Rating)+"/5")
	}
	switch {
	case it.Started != "" && it.Date != "":
		facts = append(facts, "read "+shortDate(it.Started)+" to "+shortDate(it.Date))
	case it.Date != "":
		facts = append(facts, "read "+shortDate(it.Date))
	case it.Started != "":
		facts = append(facts, "started "+shortDate(it.Started))
	case it.DateText != "":
		facts = append(facts, "read "+it.DateText)
	}
	for _, t := range it.Tags {
		facts = append(facts, "#"+t)
	}
	if len(facts) > 0 {
		desc += " [" + strings.Join(facts, ", ") + "]"
	}
	if it.Note != "" {
		desc += " — " + it.Note
	}
	return desc
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// printTable prints one line per page, with what is worth a second look.
func printTable(w io.Writer, views []pageView) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tKIND\tDATE\tTITLE\tURL\tNOTES")
	for _, v := range views {
		url := v.URL
		switch {
		case url == "":
			url = "(not built)"
		case v.External != "":
			url = "(no page) " + v.External
		case v.NoPage:
			url = "(no page)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", diag.Escape(v.File), v.Kind, shortDate(v.Date), diag.Escape(clip(v.Title, 48)), diag.Escape(url), notes(v))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d pages. Run \"lectern inspect FILE\" for everything lectern read from one file, or --json.\n", len(views))
}

// urlRow is a page's URL, said not to be written when the page has no
// page of its own (the URL then only names it), with where lists link it.
func urlRow(v pageView) string {
	switch {
	case v.URL == "" || !v.NoPage:
		return v.URL
	case v.External != "":
		return v.URL + " (no page written; lists link " + v.External + ")"
	}
	return v.URL + " (no page written)"
}

func notes(v pageView) string {
	var parts []string
	count := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	count(len(v.Speakers), "person", "people")
	count(len(v.Tags), "tag", "tags")
	count(len(v.Items), "reading item", "reading items")
	if v.Draft {
		parts = append(parts, "draft")
	}
	if v.Hidden {
		parts = append(parts, "hidden")
	}
	count(len(v.Warnings), "warning", "warnings")
	count(len(v.Errors), "ERROR", "ERRORS")
	return strings.Join(parts, ", ")
}

func shortDate(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return "-"
	}
	if t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// printDetail prints every field lectern read from one file, skipping the
// empty ones.
func printDetail(w io.Writer, v pageView) {
	fmt.Fprintf(w, "%s\n", diag.Escape(v.File))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	// Every value was written by the site's author; escaped, a title
	// holding a terminal escape sequence is shown, not obeyed.
	row := func(k, val string) {
		if val != "" {
			fmt.Fprintf(tw, "  %s\t%s\n", diag.Escape(k), diag.Escape(val))
		}
	}
	row("kind", string(v.Kind))
	row("title", v.Title)
	row("slug", v.Slug)
	row("url", urlRow(v))
	row("date", v.Date)
	row("end", v.End)
	for _, s := range v.Speakers {
		extra := []string{s.Slug}
		for _, x := range []string{s.Company, s.Twitter, s.URL} {
			if x != "" {
				extra = append(extra, x)
			}
		}
		row("person", fmt.Sprintf("%s (%s)", s.Name, strings.Join(extra, ", ")))
	}
	row("tags", strings.Join(v.Tags, ", "))
	row("track", v.Track)
	row("format", v.Format)
	row("level", v.Level)
	row("tier", v.Tier)
	row("logo", v.Logo)
	row("link", v.Link)
	row("room", v.Room)
	row("event", v.Event)
	row("slides", v.Slides)
	for _, l := range v.Links {
		row("material", l.Name+" <"+l.URL+">")
	}
	row("video", v.Video)
	if v.Cover {
		row("cover", v.Image)
	} else {
		row("image", v.Image)
	}
	row("summary", clip(strings.Join(strings.Fields(v.Summary), " "), 100))
	row("abstract", clip(strings.Join(strings.Fields(v.Abstract), " "), 100))
	if v.Draft {
		row("draft", "yes")
	}
	if v.Hidden {
		row("hidden", "yes")
	}
	for _, it := range v.Items {
		row("item ("+it.Source+")", itemLine(it))
	}
	for _, l := range v.Lists {
		if l.Taken {
			msg := fmt.Sprintf("taken as a reading list: %d of %d items are reading items", l.Reading, l.Items)
			if l.Reason != "" {
				msg += "; " + l.Reason
			}
			row(fmt.Sprintf("list (line %d)", l.Line), msg)
		} else {
			row(fmt.Sprintf("list (line %d)", l.Line), "not a reading list: "+l.Reason)
		}
	}
	for k, val := range sortedParams(v.Params) {
		row("param "+k, val)
	}
	tw.Flush()
	for _, d := range append(v.Errors, v.Warnings...) {
		fmt.Fprintf(w, "  %s\n", d)
	}
}

// escapeJSON writes the C1 controls and bidirectional overrides of JSON
// text as \u escapes. encoding/json escapes C0 controls itself but passes
// these through, and some terminals act on them when the JSON is read
// there. They can only occur inside strings, where the escape stands for
// the same character, so the value decoded is unchanged.
func escapeJSON(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			out = append(out, b[last:i]...)
			out = fmt.Appendf(out, `\u%04x`, r)
			last = i + size
		}
		i += size
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}
