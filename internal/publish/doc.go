// Package publish is the last stage of the pipeline: it minifies outputs by
// media type and writes the output folder.
//
// A build opens a Writer on the output folder, hands it every output with
// Write (rendered bytes) or Copy (static files, streamed), names the outputs
// of an incremental build that were not re-rendered with Keep, ends with
// exactly one of Commit or Abort, and releases the folder with Close
// (after writing what it records beside the site, such as its manifest).
// The Writer promises:
//
//   - One build at a time. Open takes an exclusive lock on
//     .lectern/lock (flock on Unix, LockFileEx on Windows; none on systems
//     without either) before it reads or changes anything, and holds it
//     until Close. A second Open fails at once with a *LockedError naming
//     the holder's process id. The kernel drops the lock when its holder
//     exits, however it exits, so a killed build never leaves a stale
//     lock.
//   - A failed build leaves the previous output as it was. Until Commit,
//     new and changed files live in a staging folder inside
//     .lectern; Abort removes it and touches nothing else.
//   - Commit is atomic: afterwards the output folder holds the new site,
//     whole, or the previous one, whole, even when the process is killed
//     (SIGKILL, a crash) at any moment. Before its first move, Commit writes
//     a journal of every move; a file it replaces or removes is moved into
//     a backup folder, not deleted; removing the journal is the commit
//     point. A move that fails (a full disk, a permission) is undone at
//     once, and a journal left by a killed build is rolled back by the next
//     Open before anything else, which Recovered reports. Roll-back is
//     idempotent, so a roll-back that is itself killed is finished by the
//     next Open. Errors are *CommitErrors whose State says what the folder
//     holds.
//   - Not covered: power loss and operating system crashes. lectern does
//     not fsync, to keep builds fast, so after one the file system may hold
//     renames without their data or without the journal; delete the output
//     folder and build again. Nor is the window between a file and its
//     neighbours: a reader serving the folder during a Commit may see some
//     pages old and some new until it ends.
//   - Unchanged files are not rewritten. A file whose bytes equal what is
//     already on disk is neither staged nor replaced, so its modification
//     time is kept, a rebuild without changes writes no file of the site at
//     all, and rsync or bucket deploys stay incremental.
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
//     deletes those nor anything inside them, except the outputs it wrote
//     there itself in an earlier build (recorded in .lectern/hidden.json)
//     and no longer produces, with the folders they leave empty.
//
// All of lectern's own state lives in the hidden folder .lectern at the top
// of the output folder, which Open creates: the lock, the journal, the
// staging and backup folders, the record of hidden outputs, and the build's
// manifest and programme (the talks' times and rooms, to tell moves).
// Outputs may not be written there.
//
// Minifier is the same minification without the disk, for the dev server.
package publish
