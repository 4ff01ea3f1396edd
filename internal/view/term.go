package view

// TermRef is what a page shows of one of its tags, its track, format or
// level: a link.
type TermRef struct {
	Name string
	Slug string
	URL  string
	// AllLevels reports a level meaning every level ("All levels"), which
	// the schedule's level filter never hides.
	AllLevels bool
}

// Term is a term's own page and an entry of its taxonomy's index.
type Term struct {
	Name      string
	Slug      string
	URL       string
	AllLevels bool
	// Pages are sorted newest first, undated last, hidden ones included;
	// Count is how many are not hidden.
	Pages []*Entry
	Count int
}

// Taxonomy is one way of grouping pages: tags, tracks, formats or levels.
type Taxonomy struct {
	// Name is the plural key ("tags"), Singular is "tag", Title the index
	// page's heading ("Tags"), URL its path ("/tags/").
	Name     string
	Singular string
	Title    string
	URL      string
	// Terms are sorted by name, case-insensitively.
	Terms []*Term
}
