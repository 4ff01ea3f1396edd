package render

import (
	"path"
	"slices"
	"strings"
	"text/template/parse"

	"lectern/internal/site"
)

// Index maps the files of a site to the jobs whose outputs show them, so
// that a rebuild after an edit finds what to render again without looking
// at every job.
type Index struct {
	jobs   []Job
	byFile map[string][]int
	// body marks the jobs whose output may show what a page's body
	// decides (its HTML, the markdown itself); page those that run a
	// page template.
	body, page []bool
}

// Index indexes jobs, which r's Jobs returned for s. A file is shown by
// the jobs that list it in their Sources and by the feeds that carry its
// page's content.
func (r *Renderer) Index(s *site.Site, jobs []Job) *Index {
	x := &Index{jobs: jobs, byFile: map[string][]int{}, body: make([]bool, len(jobs)), page: make([]bool, len(jobs))}
	byPath := make(map[string]int, len(jobs))
	kinds := map[string]bool{}
	for i, j := range jobs {
		_, x.page[i] = r.pages[j.Kind+".html"]
		body, ok := kinds[j.Kind]
		if !ok {
			body = r.showsBodies(j.Kind)
			kinds[j.Kind] = body
		}
		// Of the files of a schedule, the calendar shows descriptions
		// only; the frab exports hold the talks' markdown.
		x.body[i] = body && !(j.Kind == "schedule-file" && path.Ext(j.Path) == ".ics")
		byPath[j.Path] = i
		for _, f := range j.Sources {
			if l := x.byFile[f]; len(l) == 0 || l[len(l)-1] != i {
				x.byFile[f] = append(l, i)
			}
		}
	}
	// Feeds list no sources, for any page may join them, yet each entry
	// holds its page's content: these are the entries feeds (pages.go)
	// gives them.
	feed := func(out string, pages []*site.Page) {
		i, ok := byPath[out]
		if !ok || jobs[i].Kind != "feed" {
			return
		}
		for _, p := range feedPages(pages) {
			x.byFile[p.File] = append(x.byFile[p.File], i)
		}
	}
	feed("feed.xml", append(s.Notes[:len(s.Notes):len(s.Notes)], s.Talks...))
	if s.Tags != nil {
		for _, t := range s.Tags.Terms {
			feed(outputPath(t.URL+"feed.xml"), t.Pages)
		}
	}
	for f, l := range x.byFile {
		slices.Sort(l)
		x.byFile[f] = slices.Compact(l)
	}
	return x
}

// Jobs returns the jobs indexed, as given to NewIndex.
func (x *Index) Jobs() []Job { return x.jobs }

// Showing returns the positions in Jobs, in order, of the jobs whose
// output shows the text of file, whether in its front matter or its body.
// The outputs that list pages (home, indexes, term pages) are not among
// them: they show only what Site.Patch keeps unchanged, unless the theme
// says otherwise (see Renderer.ListsShowBodies).
func (x *Index) Showing(file string) []int { return x.byFile[file] }

// Page reports whether the job at position i of Jobs renders an HTML page
// from a page template, rather than a feed, an export or a copied file.
func (x *Index) Page(i int) bool { return x.page[i] }

// ShowingBody is Showing narrowed to the jobs that may show what the
// page's body decides, beside its description and reading items: those
// to render again after an edit that Site.Patch took.
func (x *Index) ShowingBody(file string) []int {
	var out []int
	for _, i := range x.byFile[file] {
		if x.body[i] && (x.jobs[i].bodyOf == "" || x.jobs[i].bodyOf == file) {
			out = append(out, i)
		}
	}
	return out
}

// showsBodies reports whether the outputs of a kind of job may show what
// a page's body decides: for an HTML page, whether its templates name a
// field that the body decides; for the other outputs, what their code
// shows. An unknown kind may.
func (r *Renderer) showsBodies(kind string) bool {
	if e, ok := r.pages[kind+".html"]; ok {
		for _, t := range e.set.Templates() {
			if t.Tree != nil && namesBodyField(t.Tree.Root) {
				return true
			}
		}
		return false
	}
	switch kind {
	case "calendar", "static", "sitemap", "robots", "reading-export":
		// Calendars show descriptions, reading exports the site's
		// reading list, the others no page at all.
		return false
	}
	return true
}

// listLayouts are the page templates of outputs that list pages without
// naming their files in Sources.
var listLayouts = []string{"home.html", "list.html", "taxonomy.html", "term.html", "speakers.html", "reading-index.html", "sponsors.html", "404.html"}

// bodyFields are the fields of a page that its body decides, beside the
// description and the reading items that Site.Patch keeps unchanged.
var bodyFields = []string{"Content", "WordCount", "Math", "Headings", "Lists", "OwnItems", "Body", "BodyLine", "Diags"}

// ListsShowBodies reports whether the templates of the outputs that list
// pages (home, indexes, term pages), or the base and partial templates
// they share, name a field that a page's body decides, such as Content
// or WordCount. When they do, an edit of a body may change every list
// and only a whole build is sure to be right. The answer errs on the side
// of yes: a partial that only a talk page uses counts, as does a field of
// that name on another type.
func (r *Renderer) ListsShowBodies() bool {
	for _, name := range listLayouts {
		e, ok := r.pages[name]
		if !ok {
			return true
		}
		// The set holds the shared templates, the layout and the blocks
		// it defines: all that a list's output may run.
		for _, t := range e.set.Templates() {
			if t.Tree != nil && namesBodyField(t.Tree.Root) {
				return true
			}
		}
	}
	return false
}

// namesBodyField reports whether the template tree under n names one of
// bodyFields as a field or method.
func namesBodyField(n parse.Node) bool {
	found := false
	var walk func(n parse.Node)
	idents := func(ids []string) {
		for _, id := range ids {
			if slices.Contains(bodyFields, id) {
				found = true
			}
		}
	}
	walk = func(n parse.Node) {
		if n == nil || found {
			return
		}
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			if n == nil {
				return
			}
			for _, c := range n.Cmds {
				walk(c)
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.FieldNode:
			idents(n.Ident)
		case *parse.ChainNode:
			walk(n.Node)
			idents(n.Field)
		case *parse.VariableNode:
			idents(n.Ident)
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		}
	}
	walk(n)
	return found
}

// Chrome returns what every page shows of the site as a whole, beside
// its configuration: the navigation, which names the indexes the site
// has (notes, speakers, taxonomies, the reading list). When it changes,
// every page must be rendered again.
func Chrome(s *site.Site) string {
	var b strings.Builder
	for _, m := range menu(s) {
		b.WriteString(m.Name + "\x00" + m.URL + "\x00")
	}
	for _, t := range taxonomies(s) {
		b.WriteString("\x01" + t.Name + "\x00" + t.Title + "\x00" + t.URL)
	}
	return b.String()
}
