package view

import "lectern/internal/site"

// The functions below make one view, and the views it holds, with a
// Builder of their own: for a caller that needs a single view, such as a
// test or a planner fingerprinting one page. A build makes its views
// through one Builder, so that each is made once and shared.

// EntryOf returns what lists show of p; see Builder.Entry.
func EntryOf(p *site.Page) *Entry { return new(Builder).Entry(p) }

// PageOf returns what p's own output shows of it; see Builder.PageOf.
func PageOf(p *site.Page) *Page { return new(Builder).PageOf(p) }

// PersonRefOf returns what other pages show of sp; see Builder.PersonRef.
func PersonRefOf(sp *site.Speaker) *PersonRef { return new(Builder).PersonRef(sp) }

// PersonOf returns sp as the speakers index shows them; see
// Builder.Person.
func PersonOf(sp *site.Speaker) *Person { return new(Builder).Person(sp) }

// EventRefOf returns what other pages show of e; see Builder.EventRef.
func EventRefOf(e *site.Event) *EventRef { return new(Builder).EventRef(e) }

// EventOf returns e with its talks and schedule; see Builder.Event.
func EventOf(e *site.Event) *Event { return new(Builder).Event(e) }

// TermRefOf returns what a page shows of t; see Builder.TermRef.
func TermRefOf(t *site.Term) *TermRef { return new(Builder).TermRef(t) }

// TermOf returns t with its pages; see Builder.Term.
func TermOf(t *site.Term) *Term { return new(Builder).Term(t) }

// SiteOf returns the view of the whole site; see Builder.Site.
func SiteOf(s *site.Site, links Links) *Site { return new(Builder).Site(s, links) }
