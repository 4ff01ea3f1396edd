package content

import "time"

// Options control how files are read. The zero value reads content/ with
// dates in UTC.
type Options struct {
	// Dir is the content folder inside the fs.FS given to Load; "" means
	// "content".
	Dir string
	// Location is the time zone of dates written without a UTC offset;
	// nil means UTC.
	Location *time.Location
}

// Set is everything Load found under the content folder.
type Set struct {
	// Docs are the pages, sorted by File. Drafts are included (with Draft
	// set); the site model decides whether to build them.
	Docs []*Document
	// Assets are the other files (images, PDFs…), as paths relative to the
	// source root ("content/talks/slides.pdf"), sorted.
	Assets []string
}
