// Package sitegen writes deterministic synthetic sites for lectern's tests
// and benchmarks: conference archives of any size, with talks in the three
// front matter schemas lectern meets in the wild (PyCon's speakers list and
// abstract, DjangoCon's Jekyll presenters with offset dates and
// permalinks, Hugo's TOML), speakers shared between talks, tags, tracks,
// events with rooms over several days, notes with reading lists in prose,
// and a few reading-list pages.
//
// The same Options always give the same bytes: every file is made from its
// own random stream, derived from the seed and the file's index, so files
// can be made in any order and on any number of cores. A Site can also be
// written in Hugo's dialect (the same pages and bodies, front matter Hugo
// understands, and a minimal theme doing comparable work) so that the two
// generators can be timed on the same content.
package sitegen
