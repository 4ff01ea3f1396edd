package render

import (
	"html/template"
	"text/template/parse"
)

// A page's event is handed to its templates twice: as .Page.Event, the
// view.EventRef that the page's own key (PageKey) covers, and as .Event,
// the whole event with its talks and schedule, which only the event's
// key (EventKey) covers. That key changes whenever any talk of the event
// moves, so a page that reads it is rendered again after every moving
// edit of a sibling; a page whose templates never read .Event need not
// read the key. The same holds of .Site: its chrome (the title, the
// menu, the counts) has a key of its own that rarely changes, its lists
// only the site's key (SiteKey), which every edit changes. mayRead tells
// which a page's templates read, from the templates themselves.

// mayRead reports whether running the template name of set with a *Data
// as dot may read what reads matches: a field chain on dot or $ while
// they are the Data (reads is given the chain, at least one name, from
// the Data's field on: ["Site", "Talks"] for .Site.Talks), or the Data
// itself handed on to anything but a template or partial this analysis
// follows (a function, a printed action, a partial whose name is not a
// constant). It answers true whenever it cannot tell, so false means
// nothing reads matches is ever read. partials is the set the partial
// function runs templates of.
func mayRead(set, partials *template.Template, name string, reads func(chain []string) bool) bool {
	a := &dataReads{set: set, partials: partials, reads: reads, seen: map[*parse.Tree]bool{}}
	return a.template(set, name)
}

// readsEvent matches the whole event, .Event.
func readsEvent(chain []string) bool { return chain[0] == "Event" }

// readsSiteLists matches what of .Site the chrome's key (ChromeKey) does
// not cover: the site's lists of pages, people, events, terms and
// reading, which change with any page, or .Site itself handed on. The
// data files are not among them: a change to one renders every page.
func readsSiteLists(chain []string) bool {
	return chain[0] == "Site" && (len(chain) == 1 || !siteChrome[chain[1]])
}

// readsTaxonomies matches the site's taxonomies with their terms and
// pages, .Taxonomies.
func readsTaxonomies(chain []string) bool { return chain[0] == "Taxonomies" }

// siteChrome are the fields of view.Site that view.Site.Chrome hashes,
// or that only a change rendering every page changes (Data).
var siteChrome = map[string]bool{
	"Config": true, "Menu": true, "Data": true,
	"SpeakersURL": true, "NotesURL": true, "ReadingURL": true, "TalksURL": true, "EventsURL": true,
	"NoteCount": true, "TalkCount": true, "SpeakerCount": true, "ReadingCount": true, "EventCount": true,
}

// dataReads walks templates that run with the Data as dot.
type dataReads struct {
	set, partials *template.Template
	reads         func(chain []string) bool
	// seen are the templates already walked with the Data as dot.
	seen map[*parse.Tree]bool
}

// template walks the template name of set, run with the Data as dot.
// A name set does not hold fails when run, reading nothing.
func (a *dataReads) template(set *template.Template, name string) bool {
	t := set.Lookup(name)
	if t == nil || t.Tree == nil || t.Tree.Root == nil {
		return false
	}
	if a.seen[t.Tree] {
		return false
	}
	a.seen[t.Tree] = true
	s := scope{set: set, dot: true, vars: map[string]bool{"$": true}}
	return a.list(s, t.Tree.Root)
}

// scope is what the walk knows at a node: the set whose templates
// {{template}} runs, whether dot is the Data, and which variables may
// hold it. Variables are never forgotten once they may hold the Data,
// which can only make the answer true more often.
type scope struct {
	set  *template.Template
	dot  bool
	vars map[string]bool
}

func (a *dataReads) list(s scope, l *parse.ListNode) bool {
	if l == nil {
		return false
	}
	for _, n := range l.Nodes {
		if a.node(s, n) {
			return true
		}
	}
	return false
}

func (a *dataReads) node(s scope, n parse.Node) bool {
	switch n := n.(type) {
	case *parse.ActionNode:
		// An action's value is printed: the Data printed is every
		// field of it.
		return a.pipe(s, n.Pipe, false)
	case *parse.IfNode:
		return a.pipe(s, n.Pipe, true) || a.list(s, n.List) || a.list(s, n.ElseList)
	case *parse.WithNode:
		return a.branch(s, &n.BranchNode)
	case *parse.RangeNode:
		return a.branch(s, &n.BranchNode)
	case *parse.TemplateNode:
		if n.Pipe == nil {
			return false
		}
		if a.pipe(s, n.Pipe, true) {
			return true
		}
		return a.isData(s, n.Pipe) && a.template(s.set, n.Name)
	case *parse.ListNode:
		return a.list(s, n)
	}
	// Text, comments, break and continue read nothing.
	return false
}

// branch walks a with or range: its body runs with dot the pipeline's
// value (a range's elements, the Data when the Data is ranged over), its
// else branch with dot as it was.
func (a *dataReads) branch(s scope, b *parse.BranchNode) bool {
	if a.pipe(s, b.Pipe, true) {
		return true
	}
	inner := s
	inner.dot = a.isData(s, b.Pipe)
	return a.list(inner, b.List) || a.list(s, b.ElseList)
}

// pipe reports whether evaluating p may read the field; quiet is set
// where the pipeline's value is tested or handed on, not printed. The
// variables p declares may then hold the Data when its value may be it.
func (a *dataReads) pipe(s scope, p *parse.PipeNode, quiet bool) bool {
	if p == nil {
		return false
	}
	for i, c := range p.Cmds {
		if i > 0 && len(p.Cmds[i-1].Args) == 1 && a.isDataNode(s, p.Cmds[i-1].Args[0]) {
			return true // the Data handed to a function
		}
		if a.command(s, c, i > 0) {
			return true
		}
	}
	data := a.isData(s, p)
	if data && !quiet && len(p.Decl) == 0 {
		return true // {{.}} prints the Data
	}
	if data {
		for _, v := range p.Decl {
			s.vars[v.Ident[0]] = true
		}
	}
	return false
}

// command reports whether c may read the field. piped says that the
// value of the command before it is c's last argument.
func (a *dataReads) command(s scope, c *parse.CommandNode, piped bool) bool {
	if len(c.Args) == 0 {
		return false
	}
	fn, isFunc := c.Args[0].(*parse.IdentifierNode)
	if !isFunc {
		// A value, perhaps a chain of fields, used as it is.
		return len(c.Args) == 1 && a.arg(s, c.Args[0]) || len(c.Args) > 1 && a.anyArg(s, c.Args)
	}
	args := c.Args[1:]
	if fn.Ident == "partial" && len(args) == 2 && !piped {
		name, ok := args[0].(*parse.StringNode)
		if a.arg(s, args[0]) || a.arg(s, args[1]) {
			return true
		}
		if !a.isDataNode(s, args[1]) {
			return false // the partial runs on something else
		}
		return !ok || a.template(a.partials, name.Text)
	}
	// Any other function may do anything with the Data.
	return a.anyArg(s, args)
}

// anyArg reports whether evaluating args reads the field or hands the
// Data on.
func (a *dataReads) anyArg(s scope, args []parse.Node) bool {
	for _, x := range args {
		if a.arg(s, x) || a.isDataNode(s, x) {
			return true
		}
	}
	return false
}

// arg reports whether evaluating the argument n reads the field.
func (a *dataReads) arg(s scope, n parse.Node) bool {
	switch n := n.(type) {
	case *parse.FieldNode:
		return s.dot && a.reads(n.Ident)
	case *parse.VariableNode:
		return s.vars[n.Ident[0]] && len(n.Ident) > 1 && a.reads(n.Ident[1:])
	case *parse.ChainNode:
		if a.arg(s, n.Node) {
			return true
		}
		return a.isDataNode(s, n.Node) && len(n.Field) > 0 && a.reads(n.Field)
	case *parse.PipeNode:
		return a.pipe(s, n, true)
	}
	return false
}

// isData reports whether the value of p may be the Data: its last
// command is a value that may be, or a function given the Data (which
// the walk has already counted as a read).
func (a *dataReads) isData(s scope, p *parse.PipeNode) bool {
	if p == nil || len(p.Cmds) == 0 {
		return false
	}
	last := p.Cmds[len(p.Cmds)-1]
	return len(last.Args) == 1 && a.isDataNode(s, last.Args[0])
}

// isDataNode reports whether the value of n may be the Data itself.
func (a *dataReads) isDataNode(s scope, n parse.Node) bool {
	switch n := n.(type) {
	case *parse.DotNode:
		return s.dot
	case *parse.VariableNode:
		return s.vars[n.Ident[0]] && len(n.Ident) == 1
	case *parse.PipeNode:
		return a.isData(s, n)
	}
	return false
}

// templateReads is what one page template may read beyond what its job's
// data declares; the job list adds the keys those reads need.
type templateReads struct {
	// wholeEvent: Data.Event, the event with its talks and schedule, not
	// only the reference in .Page.Event.
	wholeEvent bool
	// siteLists: the site's lists (.Site.Talks, .Site.Speakers…), not
	// only its chrome.
	siteLists bool
	// taxonomies: Data.Taxonomies, the taxonomies with their terms.
	taxonomies bool
}

// pageTemplate is the name of the theme template that renders pages of
// kind: the one place a job's kind is mapped to its template.
func pageTemplate(kind string) string { return kind + ".html" }

// readsOf is what the template rendering pages of kind may read:
// anything, for a kind the theme has no template of.
func (r *Renderer) readsOf(kind string) templateReads {
	if t, ok := r.reads[pageTemplate(kind)]; ok {
		return t
	}
	return templateReads{wholeEvent: true, siteLists: true, taxonomies: true}
}
