// Package serve is lectern's preview server: it builds a site into memory
// with build.Session, serves it over HTTP, watches the source folder with
// fsnotify and rebuilds on save, and tells open pages over Server-Sent
// Events to reload, to swap their stylesheets, or to show the build's
// errors in an overlay.
//
// The server never reads or writes the site's public/ folder: the preview
// lives in memory, and when a rebuild fails the last good site goes on
// being served. A rebuild holds page requests only for as long as one
// page's templates may run (Options.TemplateTimeout), so a template that
// never ends fails the rebuild without hanging the preview.
//
// It answers only requests that name localhost, the address it listens
// on or a name it was given (Options.AllowHosts), and only from pages of
// those; it never serves hidden paths, never redirects off the site, and
// holds at most Options.MaxLiveClients live-reload streams. Until a first
// build succeeds, every page shows that build's errors. docs/serve.md
// gives the rules and why.
package serve
