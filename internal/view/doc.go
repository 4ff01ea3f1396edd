// Package view holds what templates see: flat, typed values built from
// the site model for each kind of output (a page, a list entry, a
// person, an event, a term, a schedule, the site's chrome).
//
// A view is a copy, not the model: its fields are plain values and
// other views, never a pointer into the model, and no struct embeds
// another, so html/template finds every field at the top level instead
// of searching embedded structs for a promoted one. Each view has a
// Fingerprint of exactly the fields it holds, so that a preview can tell
// whether what an output shows of a page, a person or an event changed.
//
// Views are made by a Builder, which makes each one once per build and
// hands out the same pointer every time: the partial function's cache
// (keyed by its dot's identity) and template comparisons such as
// {{if eq .Taxonomy .Site.Tags}} rely on it. The package imports the
// model (site, content, markdown) and is imported by render; nothing
// below render imports it.
package view
