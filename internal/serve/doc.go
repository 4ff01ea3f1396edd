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
package serve
