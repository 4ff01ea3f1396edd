package data

import (
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

// Reader reads a data file of a format it knows (a conference tool's
// export, say) into documents. ok is false when the file is not of its
// format; the file is then read by the next reader, or as plain data.
// diags are the problems of the file as a whole, and each document's own
// are in its Diags; Load reports both. A Reader is called from several
// goroutines at once.
type Reader func(file string, src []byte, loc *time.Location) (docs []*content.Document, ok bool, diags diag.List)

// Options say where a site keeps its data. The zero value reads data/.
type Options struct {
	// Dirs are the data folders, slash-separated from the site root
	// ("data", "_data", "src/_data"); nil means data/. A folder that
	// does not exist holds nothing.
	Dirs []string
	// ContentDirs are the folders of pages, searched for data files in
	// a folder named as records ("content/reading/_meta.toml") or as a
	// programme; those files are read as records, not published.
	ContentDirs []string
	// Skip leaves out a folder of ContentDirs, as the loader of pages
	// does (see content.Options.Skip); files are chosen by name instead.
	Skip func(file string, dir bool) bool
	// NotRecords leaves out a file of ContentDirs that another tool's
	// templates read as settings for the pages beside it (Eleventy's
	// talks/talks.json), however its folder is named.
	NotRecords func(file string) bool
	// Location is the zone of dates written without an offset; nil is
	// UTC.
	Location *time.Location
	// Fields are the site's own field names (config.toml's [fields]).
	Fields map[string][]string
	// Collections are the collections config.toml declares.
	Collections []config.Collection
	// Readers are tried in order on every data file before it is read
	// as data; the first that knows the file reads it.
	Readers []Reader
	// PermalinkOnly reads a record's own URL from its permalink alone,
	// for the tools whose pages set it so (content.RecordOptions).
	PermalinkOnly bool
	// Records are the URLs the site's templates give the records of
	// data files (config.Permalinks.Records), by the file's path in its
	// data folder without extension: each record of such a file that
	// holds the field is published there, as its own permalink would.
	Records map[string]config.RecordURL
	// Conference is the days of the conference the site's settings give
	// (config.Config.Programme): the days of a schedule written without
	// their year are dated by it (conferenceDays). Zero for none.
	Conference Span
	// TextLanguages is content.Options.TextLanguages, for records.
	TextLanguages []string
	// Settings are the lists of records a tool's config file holds
	// among its settings (config.Config.SettingsRecords): each is read
	// as a data file named by its last key (speakers.yml), when that
	// name says records or a programme, at its place in the config.
	Settings []config.SettingsRecords
	// Authors are the people the site's tool config names as authors
	// (config.Config.Authors), joined to notes as the people of an
	// authors file are; a file's person keeps an id both give.
	Authors []config.Author
}

// Set is what Load found.
type Set struct {
	// Data is the tree templates reach as .Site.Data: each data file's
	// values under its path in its data folder, folders and base names
	// as keys (data/events/2019/london.yml is Data["events"]["2019"]
	// ["london"]). Values are plain: string, bool, int64, float64,
	// time.Time, []any, map[string]any.
	Data map[string]any
	// Docs are the records that are pages, sorted by File and Line.
	Docs []*content.Document
	// Slots are the slots of every schedule found, in file order.
	Slots []Slot
	// Files are the data files found inside ContentDirs and read here,
	// sorted: they are not pages, nor published.
	Files []string
	// Places are the venues of files named as places (venues/, a
	// places.yml), by every lower-cased id they answer to; the first
	// file in path order keeps an id two files give.
	Places map[string]Place
	// Authors are the people of the files of a data folder named as
	// authors (_data/authors.yml, data/authors/), by every lower-cased
	// id they answer to, whom notes name as their authors (see
	// readAuthors); the first file in path order keeps an id two files
	// give.
	Authors map[string]content.Person
	// Labels are the names files of formats and of tags give the keys
	// talks write (data/formats.yml, data/categories.yml), which
	// Combine shows in their place.
	Labels Labels
}

// file is one data file to read.
type file struct {
	name string // from the site root
	rel  string // from the folder it was found in
	tree bool   // in a data folder: its values join Set.Data
	// keys lead to the list of records read, inside a config file
	// (Options.Settings); nil for a data file's whole value.
	keys []string
}

// Load reads every data file of o.Dirs and the record files of
// o.ContentDirs. Every problem is a positioned diagnostic; a file that
// cannot be read is left out and the others are read.
func Load(fsys fs.FS, o Options) (Set, diag.List) {
	if o.Dirs == nil {
		o.Dirs = []string{"data"}
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	var diags diag.List
	files := o.find(fsys, &diags)
	results := make([]result, len(files))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, f := range files {
		g.Go(func() error {
			// A reader's bug (one of DataReaders too) costs the build
			// that file, not the run (see diag.Panicked).
			defer func() {
				if v := recover(); v != nil {
					results[i] = result{diags: diag.List{diag.Panicked(diag.Pos{File: f.name}, v, nil)}}
				}
			}()
			results[i] = o.read(fsys, f)
			return nil
		})
	}
	_ = g.Wait() // problems are diagnostics, never errors
	// Slot records and rooms of every file, the first in path order
	// keeping an id two give, for the schedules that name them.
	times, rooms := map[string]slotTime{}, map[string]string{}
	var labels Labels
	for _, r := range results {
		for id, t := range r.times {
			if _, taken := times[id]; !taken {
				times[id] = t
			}
		}
		labels.merge(r.formats, r.tags)
		for id, n := range r.rooms {
			if _, taken := rooms[id]; !taken {
				rooms[id] = n
			}
		}
	}
	set := Set{Data: map[string]any{}, Labels: labels}
	exported := map[string]string{}
	for i, r := range results {
		diags.Append(r.diags)
		slots, d := resolveSlots(r.slots, times, rooms)
		diags.Append(d)
		slots = conferenceDays(slots, o.Conference, o.Location)
		if files[i].tree && r.value != nil && !r.order {
			put(set.Data, files[i].rel, r.value.Plain(o.Location), &diags, r.value.Pos())
		}
		for id, p := range r.places {
			if _, taken := set.Places[id]; !taken {
				if set.Places == nil {
					set.Places = map[string]Place{}
				}
				set.Places[id] = p
			}
		}
		for id, p := range r.authors {
			if _, taken := set.Authors[id]; !taken {
				if set.Authors == nil {
					set.Authors = map[string]content.Person{}
				}
				set.Authors[id] = p
			}
		}
		docs := r.docs
		if r.exported {
			docs = exportedOnce(docs, files[i].name, exported)
		}
		set.Docs = append(set.Docs, docs...)
		set.Slots = append(set.Slots, slots...)
		if !files[i].tree && files[i].keys == nil {
			set.Files = append(set.Files, files[i].name)
		}
	}
	set.Authors = withConfigAuthors(set.Authors, o.Authors)
	hasPicPhotos(fsys, set.Docs)
	nameRooms(set.Docs, rooms)
	slices.SortStableFunc(set.Docs, func(a, b *content.Document) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return set, diags
}

// find lists the data files to read: every one in a data folder, and
// those of the content folders that a collection declares or whose names
// say they hold records or a programme.
func (o Options) find(fsys fs.FS, diags *diag.List) []file {
	var out []file
	seen := map[string]bool{}
	walk := func(root string, tree bool) {
		err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p != root {
					diags.Errorf(diag.Pos{File: p}, "cannot read: %v", err)
				}
				return nil
			}
			if p != root && content.Skipped(d.Name(), d.IsDir()) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			// Only folders are left out as the pages' loader leaves them:
			// a tool that reads in place leaves out the data files of
			// its collections, which are what this loader reads.
			if p != root && !tree && d.IsDir() && o.Skip != nil && o.Skip(p, true) {
				return fs.SkipDir
			}
			if d.IsDir() && p != root && !tree && o.isDataDir(p) {
				return fs.SkipDir // read as a data folder
			}
			if d.IsDir() || seen[p] || !(content.DataExt(p) || tree && (exportExt(p) || content.ScriptDataExt(p))) {
				return nil
			}
			rel := strings.TrimPrefix(p, root+"/")
			if root == "." {
				rel = p
			}
			if !tree && o.NotRecords != nil && o.NotRecords(p) {
				return nil
			}
			if tree || o.claimed(p, rel) {
				seen[p] = true
				out = append(out, file{name: p, rel: rel, tree: tree})
			}
			return nil
		})
		_ = err // a folder that does not exist holds nothing
	}
	for _, d := range o.Dirs {
		walk(d, true)
	}
	for _, d := range o.ContentDirs {
		walk(d, false)
	}
	for _, c := range o.Collections {
		p := strings.Trim(c.Path, "/")
		if info, err := fs.Stat(fsys, p); err == nil && !info.IsDir() && !seen[p] {
			seen[p] = true
			out = append(out, file{name: p, rel: path.Base(p)})
		} else if err == nil && info.IsDir() && !o.isDataDir(p) {
			walk(p, false)
		}
	}
	for _, sr := range o.Settings {
		if len(sr.Path) == 0 {
			continue
		}
		rel := sr.Path[len(sr.Path)-1] + ".yml"
		if _, ok := nameKind(rel); ok || isScheduleFile(rel) {
			out = append(out, file{name: sr.File, rel: rel, keys: sr.Path})
		}
	}
	return out
}

// exportExt reports whether a file of a data folder may be an export
// that only a Reader reads: frab's schedule.xml, a BibTeX library.
func exportExt(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".xml", ".bib":
		return true
	}
	return false
}

// Claims reports whether the file p (slash-separated, from the site
// root) is read by Load rather than being a page or an asset: a file in a
// data folder, or a data file of a content folder that a collection
// declares or whose name says it holds records or a programme. The
// loader of pages leaves such files out, so that none is published.
func (o Options) Claims(p string) bool {
	if o.Dirs == nil {
		o.Dirs = []string{"data"}
	}
	for _, d := range o.Dirs {
		if p == d || strings.HasPrefix(p, d+"/") {
			return true
		}
	}
	if !content.DataExt(p) {
		return false
	}
	for _, d := range o.ContentDirs {
		if d == "." {
			return o.claimed(p, p)
		}
		if rel, ok := strings.CutPrefix(p, d+"/"); ok {
			return o.claimed(p, rel)
		}
	}
	return o.declared(p) != nil
}

// claimed reports whether the data file p, at rel in a content folder,
// holds records, a programme or places.
func (o Options) claimed(p, rel string) bool {
	return o.declared(p) != nil || isScheduleFile(rel) || named(rel) || isPlaceFile(rel)
}

// named reports whether a file of a content folder is named as records:
// a folder of its path, or its own base name when it starts with an
// underscore (content/reading/_meta.toml, Jekyll's _speakers.yml), as
// such files are never pages of the tool that wrote them.
func named(rel string) bool {
	parts := strings.Split(rel, "/")
	for _, p := range parts[:len(parts)-1] {
		if _, ok := recordNames[fold(p)]; ok {
			return true
		}
	}
	_, ok := recordNames[fold(stem(rel))]
	return ok && strings.HasPrefix(path.Base(rel), "_")
}

// isDataDir reports whether p is one of the data folders.
func (o Options) isDataDir(p string) bool {
	return slices.Contains(o.Dirs, p)
}

// declared returns the collection that declares the file p, the longest
// path that holds it, or nil.
func (o Options) declared(p string) *config.Collection {
	var best *config.Collection
	for i, c := range o.Collections {
		cp := strings.Trim(c.Path, "/")
		if cp == "" || (p != cp && !strings.HasPrefix(p, cp+"/")) {
			continue
		}
		if best == nil || len(cp) > len(strings.Trim(best.Path, "/")) {
			best = &o.Collections[i]
		}
	}
	return best
}

// exportedOnce leaves out of docs, the records of the export file file,
// those an export file read before it gave: of the same kind, tool id
// and title. Sites keep two views of one programme, as Sessionize's
// sessions view (src/data/sessions.json) and its schedule grid
// (timetable.json) hold the same sessions, the grid its breaks too:
// each session is one talk, from the first file in path order, not two
// talks double-booking their speakers. given maps each record read so
// far to its file; records without an id are kept.
func exportedOnce(docs []*content.Document, file string, given map[string]string) []*content.Document {
	var out []*content.Document
	for _, d := range docs {
		id, _ := d.Params["id"].(string)
		if id == "" {
			out = append(out, d)
			continue
		}
		k := string(d.Kind) + "\x00" + id + "\x00" + d.Title
		if f, ok := given[k]; ok && f != file {
			continue
		}
		given[k] = file
		out = append(out, d)
	}
	return out
}
