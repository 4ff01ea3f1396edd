// Package exports reads the files conference tools and reading trackers
// export — frab and pretalx schedule.json and schedule.xml, the pretalx
// API's talks and speakers, Sessionize's "All data" JSON, a Goodreads
// library export and BibTeX — into the same normalized documents that
// front matter gives (content.Document), with the file, line and column of
// each record.
//
// It is part of the load stage: it imports only content and diag, reads
// bytes it is given and never touches the file system. Read is the one
// entry point; it recognises the format from the file's content (and its
// extension) and declines, quickly, a file that is none of these, so that
// the data-file loader can offer it every file it finds.
//
// An export is not a page: what the documents it returns say is all that
// later stages know of it. Talks name their event by slug, as a talk page's
// event field does; speakers, events and reading lists are documents of
// their kinds. Each document's Path is a virtual path under the folder of
// its kind ("talks/<slug>.md"), so that the site's permalink rules place it
// as they place a page, while File names the export, so that every message
// points into it.
package exports
