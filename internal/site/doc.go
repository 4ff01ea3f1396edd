// Package site is lectern's model: it takes the documents of the loading
// stage and the site's configuration and builds, without any I/O, the
// website as data: pages with their URLs and rendered bodies, speakers
// merged across files, taxonomies (tags, tracks, formats, levels), events,
// and the site-wide reading list.
//
// Every slice in a Site is sorted deterministically, so that two builds of
// the same input render byte-identical output. A Site is read-only once
// Build returns and may be shared between goroutines.
package site
