package render

import (
	"html/template"
	"slices"
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
// only the site's key (SiteKey), which every edit changes. mayReadOn
// tells which a page's templates read, from the templates themselves.

// Which page of a paginated list a walk assumes it runs for: any, the
// first, or one after it. A template that shows something on the first
// page alone ({{if eq .Pager.Number 1}}) reads it there alone.
const (
	anyPage = iota
	firstPage
	laterPage
)

// mayReadOn reports whether running the template name of set with a
// *Data as dot, for the page of a paginated list that pager says
// (anyPage, firstPage or laterPage), may read what reads matches: a
// field chain on dot or $ while they are the Data (reads is given the
// chain, at least one name, from the Data's field on: ["Site", "Talks"]
// for .Site.Talks), or the Data itself handed on to anything but a
// template or partial this analysis follows (a function, a printed
// action, a partial whose name is not a constant). The branches of a
// test of the page number against 1 that cannot run on the page are
// not walked. It answers true whenever it cannot tell, so false means
// nothing reads matches is ever read. partials is the set the partial
// function runs templates of.
func mayReadOn(set, partials *template.Template, name string, reads func(chain []string) bool, pager int) bool {
	a := &dataReads{set: set, partials: partials, reads: reads, seen: map[*parse.Tree]bool{}, pager: pager}
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

// readsTermPages matches what of .Taxonomies the taxonomies' key
// (TaxonomiesKey) does not cover: the pages of its terms and how many
// they are, or a part of it handed on whole (chains ending in
// wholeValue), which may be read to its pages. A list of the terms'
// names and links matches nothing.
func readsTermPages(chain []string) bool {
	return chain[0] == "Taxonomies" && readsBelow(chain, "Count")
}

// readsTaxonomyTerms matches the terms of the page's own taxonomy,
// .Taxonomy on term and taxonomy pages, which hold every term; its
// names and link are the chrome's (ChromeKey).
func readsTaxonomyTerms(chain []string) bool {
	return chain[0] == "Taxonomy" && (len(chain) == 1 || !taxonomyOwn[chain[1]])
}

// readsTaxonomyPages matches what of .Taxonomy the keys of its terms and
// their counts do not cover: the terms' pages.
func readsTaxonomyPages(chain []string) bool {
	return chain[0] == "Taxonomy" && readsBelow(chain, "")
}

// readsBelow reports whether chain reaches the pages of a term, or the
// field named also (not ""), or is a value handed on whole that may
// hold them.
func readsBelow(chain []string, also string) bool {
	if len(chain) < 2 {
		return false
	}
	if slices.Contains(chain, "Pages") || also != "" && slices.Contains(chain, also) {
		return true
	}
	n := len(chain)
	return chain[n-1] == wholeValue && !termLeaves[chain[n-2]] && chain[n-2] != also
}

// taxonomyOwn are the fields of view.Taxonomy that are not its terms.
var taxonomyOwn = map[string]bool{"Name": true, "Singular": true, "Title": true, "URL": true}

// termLeaves are the fields of view.Taxonomy and view.Term that hold
// no page: handed whole to a function ({{relURL .URL}}), they are read
// no deeper.
var termLeaves = map[string]bool{
	"Name": true, "Singular": true, "Title": true, "URL": true, "Slug": true, "AllLevels": true, "Count": true,
}

// wholeValue ends the chain of a value handed on whole, to a function,
// a template or a variable, or printed: whatever is below it may be read.
const wholeValue = "*"

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
	// pager is the page the walk assumes (see mayReadOn).
	pager int
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
// {{template}} runs, whether dot is the Data or a value reached from it
// by a chain of fields (in a range or with over .Taxonomies, each
// taxonomy: derived is ["Taxonomies"]), and which variables may hold
// the Data. Variables are never forgotten once they may hold the Data,
// which can only make the answer true more often.
type scope struct {
	set     *template.Template
	dot     bool
	derived []string
	vars    map[string]bool
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
		if first, ok := a.firstPageTest(s, n.Pipe); ok && a.pager != anyPage {
			// The page number is known: one branch runs, and the test
			// reads nothing the pager key does not say.
			if first == (a.pager == firstPage) {
				return a.list(s, n.List)
			}
			return a.list(s, n.ElseList)
		}
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
		if !a.isData(s, n.Pipe) {
			// The template runs on something else, which it may
			// read whole.
			return a.whole(s, n.Pipe)
		}
		return a.template(s.set, n.Name)
	case *parse.ListNode:
		return a.list(s, n)
	}
	// Text, comments, break and continue read nothing.
	return false
}

// firstPageTest reports whether p tests that the page is the first of
// its list, "eq .Pager.Number 1" (first true), or that it is not, "ne
// .Pager.Number 1" (first false), either way round, with .Pager the
// Data's (dot or $); ok is false for any other pipeline.
func (a *dataReads) firstPageTest(s scope, p *parse.PipeNode) (first, ok bool) {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 3 {
		return false, false
	}
	args := p.Cmds[0].Args
	fn, isFunc := args[0].(*parse.IdentifierNode)
	if !isFunc || fn.Ident != "eq" && fn.Ident != "ne" {
		return false, false
	}
	number := func(n parse.Node) bool {
		switch n := n.(type) {
		case *parse.FieldNode:
			return s.dot && slices.Equal(n.Ident, []string{"Pager", "Number"})
		case *parse.VariableNode:
			return s.vars[n.Ident[0]] && slices.Equal(n.Ident[1:], []string{"Pager", "Number"})
		}
		return false
	}
	one := func(n parse.Node) bool {
		k, isNumber := n.(*parse.NumberNode)
		return isNumber && k.IsInt && k.Int64 == 1
	}
	if number(args[1]) && one(args[2]) || one(args[1]) && number(args[2]) {
		return fn.Ident == "eq", true
	}
	return false, false
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
	inner.derived = nil
	if !inner.dot {
		inner.derived = a.chainOf(s, b.Pipe)
	}
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
		if i > 0 && len(p.Cmds[i-1].Args) == 1 && (a.isDataNode(s, p.Cmds[i-1].Args[0]) || a.whole(s, p.Cmds[i-1].Args[0])) {
			return true // the Data, or a value of it, handed to a function
		}
		if a.command(s, c, i > 0) {
			return true
		}
	}
	data := a.isData(s, p)
	if data && !quiet && len(p.Decl) == 0 {
		return true // {{.}} prints the Data
	}
	// A value printed, or kept in a variable, may be read whole.
	if last := p.Cmds[len(p.Cmds)-1]; (!quiet || len(p.Decl) > 0) && len(last.Args) == 1 && a.whole(s, last.Args[0]) {
		return true
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
			return a.whole(s, args[1]) // the partial runs on something else
		}
		return !ok || a.template(a.partials, name.Text)
	}
	if fn.Ident == "len" && len(args) == 1 {
		// len reads no field of its argument.
		return a.arg(s, args[0]) || a.isDataNode(s, args[0])
	}
	// Any other function may do anything with the Data or a value of it.
	return a.anyArg(s, args)
}

// anyArg reports whether evaluating args reads the field or hands the
// Data on.
func (a *dataReads) anyArg(s scope, args []parse.Node) bool {
	for _, x := range args {
		if a.arg(s, x) || a.isDataNode(s, x) || a.whole(s, x) {
			return true
		}
	}
	return false
}

// arg reports whether evaluating the argument n reads the field.
func (a *dataReads) arg(s scope, n parse.Node) bool {
	switch n := n.(type) {
	case *parse.FieldNode:
		return s.dot && a.reads(n.Ident) || s.derived != nil && a.reads(concat(s.derived, n.Ident))
	case *parse.VariableNode:
		return s.vars[n.Ident[0]] && len(n.Ident) > 1 && a.reads(n.Ident[1:])
	case *parse.ChainNode:
		if a.arg(s, n.Node) || a.whole(s, n.Node) {
			return true
		}
		return a.isDataNode(s, n.Node) && len(n.Field) > 0 && a.reads(n.Field)
	case *parse.PipeNode:
		return a.pipe(s, n, true)
	}
	return false
}

// whole reports whether n is a value reached from the Data by a chain of
// fields whose whole value, handed on, matches: the chain ending in
// wholeValue. The Data itself handed on is isDataNode's.
func (a *dataReads) whole(s scope, n parse.Node) bool {
	var chain []string
	switch n := n.(type) {
	case *parse.PipeNode:
		chain = a.chainOf(s, n)
	default:
		chain = a.chainOfNode(s, n)
	}
	return chain != nil && a.reads(concat(chain, []string{wholeValue}))
}

// chainOf returns the chain of fields from the Data whose value is the
// value of p, or nil when it is not one (the Data itself, a function's
// result, a constant).
func (a *dataReads) chainOf(s scope, p *parse.PipeNode) []string {
	if p == nil || len(p.Cmds) == 0 {
		return nil
	}
	last := p.Cmds[len(p.Cmds)-1]
	if len(last.Args) != 1 {
		return nil
	}
	return a.chainOfNode(s, last.Args[0])
}

// chainOfNode is chainOf of one argument.
func (a *dataReads) chainOfNode(s scope, n parse.Node) []string {
	switch n := n.(type) {
	case *parse.FieldNode:
		if s.dot {
			return n.Ident
		}
		if s.derived != nil {
			return concat(s.derived, n.Ident)
		}
	case *parse.VariableNode:
		if s.vars[n.Ident[0]] && len(n.Ident) > 1 {
			return n.Ident[1:]
		}
	case *parse.DotNode:
		return s.derived
	case *parse.PipeNode:
		return a.chainOf(s, n)
	}
	return nil
}

// concat returns a new slice of a then b.
func concat(a, b []string) []string { return append(a[:len(a):len(a)], b...) }

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
	// taxonomies: Data.Taxonomies, the taxonomies with their terms;
	// termPages: the pages of those terms too, or their counts, not
	// only their names and links.
	taxonomies, termPages bool
	// taxonomyTerms: the terms of Data.Taxonomy, the page's taxonomy;
	// taxonomyPages: their pages too.
	taxonomyTerms, taxonomyPages bool
}

// pageTemplate is the name of the theme template that renders pages of
// kind: the one place a job's kind is mapped to its template.
func pageTemplate(kind Kind) string { return kind.String() + ".html" }

// readsOf is what the template rendering pages of kind may read:
// anything, for a kind the theme has no template of.
func (r *Renderer) readsOf(kind Kind) templateReads {
	return r.readsOn(kind, 0)
}

// readsOn is readsOf for page number of a paginated list, 0 for a page
// that is not one: a page after the first may read less.
func (r *Renderer) readsOn(kind Kind, number int) templateReads {
	if t, ok := r.reads[pageTemplate(kind)]; ok {
		if number > 1 {
			return r.readsLater[pageTemplate(kind)]
		}
		return t
	}
	return templateReads{wholeEvent: true, siteLists: true, taxonomies: true, termPages: true, taxonomyTerms: true, taxonomyPages: true}
}

// readsOfTemplate is what the template run, of set, may read on the
// page pager says (see mayReadOn).
func readsOfTemplate(set, partials *template.Template, run string, pager int) templateReads {
	return templateReads{
		wholeEvent:    mayReadOn(set, partials, run, readsEvent, pager),
		siteLists:     mayReadOn(set, partials, run, readsSiteLists, pager),
		taxonomies:    mayReadOn(set, partials, run, readsTaxonomies, pager),
		termPages:     mayReadOn(set, partials, run, readsTermPages, pager),
		taxonomyTerms: mayReadOn(set, partials, run, readsTaxonomyTerms, pager),
		taxonomyPages: mayReadOn(set, partials, run, readsTaxonomyPages, pager),
	}
}
