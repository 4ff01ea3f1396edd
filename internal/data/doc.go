// Package data is the loading stage for the data files of a site: YAML,
// JSON, TOML and CSV under data/ and _data/ (and the data folders of the
// tools whose sites lectern reads in place), and files of records kept
// inside the content folders.
//
// It gives three things to the stages after it, all plain values:
//
//   - the tree templates reach as .Site.Data, folders and file base names
//     as keys (Set.Data);
//   - the records that are pages (talks, speakers, events, sponsors,
//     reading lists), read by content.Record through the same field aliases
//     and kind rules as front matter (Set.Docs);
//   - the schedules found in data: grids of days, rooms and slots naming
//     talks (Set.Slots), which Combine uses to give talks their times and
//     rooms and to add the programme's breaks.
//
// Combine then joins records with the markdown pages that add to them.
// No data file is ever published. docs/data-files.md describes every
// shape read, with an example.
package data
