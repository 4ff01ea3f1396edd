// Package render turns a site model and a theme into output files: one
// HTML page per content page, speaker, event, taxonomy and term, the
// paginated home page and indexes, the reading list, Atom feeds, the
// sitemap, robots.txt and the theme's static files.
//
// render never writes files. Renderer.Jobs lists every output as a Job
// that knows its path and the source files it depends on; Renderer.Run
// renders a chosen set of jobs in parallel and hands each Output to a
// callback, so that the caller writes them as they come and an incremental
// rebuild renders only the jobs whose sources changed. Each page's
// templates run under a deadline (Options.TemplateTimeout), and Run
// returns as soon as its context ends, abandoning templates under way.
//
// Templates are parsed once, by New, and receive a *Data. Text from front
// matter reaches templates as strings and is escaped by html/template;
// only the site's pre-rendered HTML fields (Content, SummaryHTML, BioHTML,
// Event.Description) and the JSON-LD that render marshals itself are
// trusted as HTML or script.
package render
