// Package floor measures the least work any static site generator must do
// on a site: read every page, parse its front matter, render its markdown
// and write one file per page, on all cores. lectern's benchmarks report
// a build's time as a ratio to this floor, measured on the same files in
// the same run.
//
// The floor uses the libraries a generator would reach for, configured
// plainly: github.com/adrg/frontmatter decoding into a map, and goldmark
// with the GitHub extensions. It builds no index, template or feed, and it
// writes the body's HTML as it comes.
//
// RunSame is the same-output floor: the same work per page, but writing
// exactly the files another build wrote (same count, same sizes), so that
// a ratio to it compares like with like when the generator writes many
// more files than pages (calendars, speaker and tag pages, feeds).
package floor
