package content

import (
	"fmt"
	"testing"
)

// TestPublicationNoteFields covers what academic sites write on their
// publications and teaching pages (academicpages' _publications and
// _teaching, Hugo Academic's publications): read on a note, the named
// materials are its buttons and the venue where the work appeared.
func TestPublicationNoteFields(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"paperurl and bibtexurl are a note's buttons", "_publications/2009-10-01-reeds.md",
			"title: x\ncollection: publications\ndate: 2009-10-01\npaperurl: 'https://e.org/paper1.pdf'\nbibtexurl: 'https://e.org/bibtex1.bib'\nslidesurl: 'https://e.org/slides1.pdf'",
			func(d *Document) any {
				return fmt.Sprint(d.Kind, d.Links, d.Slides, d.Params["paperurl"], d.Params["bibtexurl"])
			}, "note[{Paper https://e.org/paper1.pdf} {BibTeX https://e.org/bibtex1.bib}]https://e.org/slides1.pdf<nil> <nil>"},
		{"Hugo Academic's url_pdf and url_code on a note", "notes/a.md", "title: x\nurl_pdf: 'https://e.org/a.pdf'\nurl_code: 'https://github.com/e/a'",
			func(d *Document) any { return fmt.Sprint(d.Links) }, "[{PDF https://e.org/a.pdf} {Code https://github.com/e/a}]"},
		{"a publication's venue is the note's", "_publications/2009-10-01-reeds.md", "title: x\ndate: 2009-10-01\nvenue: 'Journal of Wetlands'",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["venue"]) }, "Journal of Wetlands|<nil>"},
		{"a teaching page's venue, its location kept", "_teaching/2014-spring.md", "title: x\ndate: 2014-01-01\ntype: Undergraduate course\nvenue: Rivertown University\nlocation: Rivertown, Freedonia",
			func(d *Document) any { return d.Venue + "|" + d.Room + "|" + fmt.Sprint(d.Params["location"]) }, "Rivertown University||Rivertown, Freedonia"},
		{"a venue mapping on a note is its name and address", "notes/a.md", "title: x\nvenue: {name: The Studio, address: 1 Wharf Road}",
			func(d *Document) any { return d.Venue }, "The Studio, 1 Wharf Road"},
		{"a venue list on a note stays in Params", "notes/a.md", "title: x\nvenue: [a, b]",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["venue"]) }, "|[a b]"},
		{"a note's links list stays reading", "notes/a.md", "title: x\npaperurl: 'https://e.org/p.pdf'\nlinks:\n- {name: A read, url: 'https://r'}",
			func(d *Document) any { return fmt.Sprint(d.Links, len(d.Items)) }, "[{Paper https://e.org/p.pdf}] 1"},
		{"Hugo Academic's publication is the note's venue, as text", "notes/a.md", "title: x\npublication: '*Journal of Source Themes, 1*(1)'\npublication_short: ''",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["publication"]) }, "Journal of Source Themes, 1(1)|<nil>"},
		{"a publication mapping gives its name", "notes/a.md", "title: x\npublication:\n  name: 'IEEE Transactions on Rivers, to appear'",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["publication"]) }, "IEEE Transactions on Rivers, to appear|<nil>"},
		{"a venue beside publication wins", "notes/a.md", "title: x\nvenue: Journal A\npublication: Journal B",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["publication"]) }, "Journal A|Journal B"},
		{"an empty publication says nothing", "notes/a.md", "title: x\npublication: ''",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["publication"]) }, "|"},
		{"a publication switch stays in Params", "notes/a.md", "title: x\npublication: true",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["publication"]) }, "|true"},
		{"a talk's publication stays in Params", "talks/a.md", "title: x\ndate: 2020-01-01\npublication: Journal B",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["publication"]) }, "|Journal B"},
		{"a publication's doi is a DOI button", "notes/a.md", "title: x\nurl_pdf: 'https://e.org/a.pdf'\ndoi: '10.1000/xyz123'",
			func(d *Document) any { return fmt.Sprint(d.Links, d.Params["doi"]) }, "[{PDF https://e.org/a.pdf} {DOI https://doi.org/10.1000/xyz123}] <nil>"},
		{"a doi written as an address or with its scheme", "talks/a.md", "title: x\ndate: 2020-01-01\ndoi: 'https://doi.org/10.1000/abc'",
			func(d *Document) any { return fmt.Sprint(d.Links) }, "[{DOI https://doi.org/10.1000/abc}]"},
		{"a doi with its scheme", "notes/a.md", "title: x\ndoi: 'doi:10.1000/abc'",
			func(d *Document) any { return fmt.Sprint(d.Links) }, "[{DOI https://doi.org/10.1000/abc}]"},
		{"an empty doi adds nothing", "notes/a.md", "title: x\ndoi: ''",
			func(d *Document) any { return fmt.Sprint(d.Links, len(d.Diags), d.Params["doi"]) }, "[] 0 <nil>"},
		{"a speaker's doi stays in Params", "speakers/ada.md", "name: Ada\ndoi: '10.1000/abc'",
			func(d *Document) any { return fmt.Sprint(d.Links, d.Params["doi"]) }, "[]10.1000/abc"},
		{"a speaker page's venue stays in Params", "speakers/ada.md", "name: Ada\nvenue: Somewhere",
			func(d *Document) any { return d.Venue + "|" + fmt.Sprint(d.Params["venue"]) }, "|Somewhere"},
	})
}
