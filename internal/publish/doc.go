// Package publish is the last stage of the pipeline: it minifies outputs by
// media type and writes the output folder.
//
// A build opens a Writer on the output folder, hands it every output with
// Write (rendered bytes) or Copy (static files, streamed), names the outputs
// of an incremental build that were not re-rendered with Keep, and ends with
// exactly one of Commit or Abort. The Writer promises:
//
//   - A failed build leaves the previous output as it was. Until Commit,
//     new and changed files live in a hidden staging folder inside the
//     output folder; Abort removes it and touches nothing else.
//   - Unchanged files are not rewritten. A file whose bytes equal what is
//     already on disk is neither staged nor replaced, so its modification
//     time is kept, a rebuild without changes writes no file at all, and
//     rsync or bucket deploys stay incremental.
//   - Nothing outside the output folder is written or deleted. Every write,
//     rename and removal goes through an os.Root on the output folder, and
//     symbolic links inside it are never written through: a link standing
//     where an output file or folder belongs is replaced by the real thing,
//     and removing a link removes the link, not its target. CheckDest
//     refuses output folders that would put the sources, a version-control
//     folder or the home folder at risk; CheckOwner refuses a folder of
//     someone else's unless forced, and Claim marks a folder as lectern's
//     with a .lectern folder at its top.
//   - Commit removes files that the build did not produce, and folders left
//     empty, except top-level entries of the output folder whose name starts
//     with a dot (.git, .gitkeep, .well-known, .htaccess, …): lectern never
//     deletes those nor anything inside them, although outputs written
//     under them (for example .well-known/security.txt) are kept up to date.
//
// Commit replaces each changed file atomically with a rename, but not the
// tree as a whole: a failure during Commit (a full disk, a permission
// error) can leave a mix of old and new files, which the next successful
// build repairs. Only one Writer may work on an output folder at a time.
//
// Minifier is the same minification without the disk, for the dev server.
package publish
