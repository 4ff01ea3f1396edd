package build

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strings"
	"testing"
	"time"

	"lectern/internal/content"
	"lectern/internal/render"
	"lectern/internal/site"
)

// BenchmarkSessionEdit is the preview's rebuild after one edit of a
// talk, at 1k and 10k talks: "frontmatter" changes its title, which
// lists show and which the session patches in place when the talk keeps
// its place in them; "body" a paragraph below its first, also patched;
// "slug" gives it a slug, which moves its page to another URL; "date"
// moves it to another time the same day (5 to 55 minutes later), and
// "room" to another of its event's rooms, which move it in its lists
// and its event's schedule; "tags" adds one of the site's tags to its
// own, first, and "newtag" a tag no other page has, another at each
// edit, so that one tag is made and the last edit's goes (the five are
// moved in the last model in place, site.Site.Move); "track" gives the
// last talk, in file order, another track of the site, spelled as the
// site names it (see trackTalk), and "newtrack" a track no other talk
// has, another at each edit, so that one track is made and the last
// edit's goes;
// "speaker" gives a talk naming one speaker another person the site
// has, one of two in turn (see speakerTalk), moved in place too;
// "newperson" gives that talk a person new to the site, another at each
// edit, so that one person is made and the last edit's goes;
// "speakerpage" gives the first speaker's page, by name, another
// company, which every page naming them shows (moved in place);
// "speakerphoto" gives that page a local photo, one of two files of
// static/img in turn, which every page showing them shows (moved in
// place since 3 December, evening);
// "author" gives the first note, by name, one of two people of the site
// as its author in turn (moved in place); "venue" gives the first
// event's page another venue, which its talks show (patched in place);
// "eventrooms" gives it another room first and its first two in the
// other order, which orders its talks and lays out its schedule again
// (in place, site.Site.Reevent); "newfile" adds a copy of the talk, its
// title edited, in a file of its own, another at each edit (added in
// place, site.Site.Add); "rmfile" removes such a copy, added before the
// edit (site.Site.Remove); "newguest" and "rmguest" are those edits for
// a copy of the one-speaker talk given a person new to the site, whom
// the copy alone names (made, and let go, in place); "newnote" and
// "rmnote" are those edits for a copy of the first note, by name, whose
// reading list in prose the site's reading list merges; "notelink"
// adds a link, another at each edit, to that note's reading list;
// "firsttalk" adds a copy of the talk given to an event that has no
// talk (a copy of the talk's event page, named otherwise: see
// withEmptyEvent), whose schedule is made (site.Patch.Rescheduled), the
// copy taken out untimed after; "lasttalk" removes such a copy, added
// untimed before, the event's schedule let go;
// "data-body", "data-frontmatter"
// and "data-slug" are those edits on the site with a reading list of 200
// books in data/books.yml, whose pages the preview joins with the file's
// records at every edit (see joinNamed). Each
// iteration is one edit, one Rebuild, the page an open tab asks for
// then (Output of the first HTML page the edit changed) and Settle,
// with pages deferred as lectern serve defers them (-defer=false: as
// before it did); besides ns/op it reports:
//
//	ms/edit   the rebuild's time, in milliseconds
//	ms-served the rebuild and the open tab's page: from the save to the
//	          reloaded page's bytes
//	ms-settle the deferred pages rendered after it, in the background
//	deferred  the HTML pages left to Settle, per edit
//	cpu-ms/edit the process's CPU time (user and system, every core)
//	          during all of it: what the edit costs a loaded machine
//	MB-alloc/edit the bytes the heap allocated during all of it: what
//	          the collector will have to reclaim, and the least noisy
//	          measure of the work an edit does
//	x-cold    the rebuild's time / the session's first, full build
//	x-patched the share of edits applied to the last model in place
//	          (patched, moved, added or removed: no model stage)
//	rendered  the outputs rendered at once, per edit
//	stale     the outputs left to render when asked for, per edit
//	ms-STAGE  the mean time of each stage of the rebuilds
func BenchmarkSessionEdit(b *testing.B) {
	for _, n := range sizes(b) {
		for _, kind := range []string{"frontmatter", "body", "slug", "date", "room", "tags", "newtag", "track", "newtrack", "speaker", "newperson", "speakerpage", "speakerphoto", "author", "venue", "eventname", "eventrooms", "eventzone", "newfile", "rmfile", "newguest", "rmguest", "newnote", "rmnote", "notelink", "firsttalk", "lasttalk", "event", "newevent", "data-body", "data-frontmatter", "data-slug", "messy-slug", "messy-rmfile"} {
			b.Run(fmt.Sprintf("talks=%d/%s", n, kind), func(b *testing.B) {
				benchmarkSessionEdit(b, benchSite(b, n), kind)
			})
		}
	}
}

// editProfile names a file for a CPU profile of the edits alone: the
// test binary's -cpuprofile also covers the cold build the edits start
// from, which is most of the run.
// benchDefer sets Options.DeferPages, as lectern serve does; -defer=false
// measures the edits as they were before it, for an A/B in one binary.
var benchDefer = flag.Bool("defer", true, "BenchmarkSessionEdit: defer the pages an edit changes, as lectern serve does (Options.DeferPages)")

var editProfile = flag.String("editprofile", "", "write a CPU profile of BenchmarkSessionEdit's edits alone to this file")

func benchmarkSessionEdit(b *testing.B, src, kind string) {
	if base, ok := strings.CutPrefix(kind, "data-"); ok {
		defer withBooks(b, src, 200)()
		kind = base
	}
	if base, ok := strings.CutPrefix(kind, "messy-"); ok {
		defer withMess(b, src)()
		kind = base
	}
	file := firstTalk(b, src)
	var tracks []string
	switch kind {
	case "track", "newtrack":
		file, tracks = trackTalk(b, src)
	case "speaker", "newperson", "newguest", "rmguest":
		file, tracks = speakerTalk(b, src)
	case "speakerpage":
		file = firstSpeakerPage(b, src)
	case "speakerphoto":
		file = firstSpeakerPage(b, src)
		defer withPhotos(b, src)()
	case "firsttalk", "lasttalk":
		defer withEmptyEvent(b, src, file)()
	case "event":
		tracks = []string{otherEvent(b, src, file)}
	case "author":
		_, tracks = speakerTalk(b, src)
		file = firstNote(b, src)
	case "newnote", "rmnote", "notelink":
		file = firstNote(b, src)
	case "venue", "eventname", "eventrooms", "eventzone":
		file = firstEventPage(b, src)
	}
	path := filepath.Join(src, filepath.FromSlash(file))
	original, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(path, original, 0o644)
	s := NewSession(Options{Source: src, DeferPages: *benchDefer})
	ctx := context.Background()
	start := time.Now()
	if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	cold := time.Since(start)
	if *editProfile != "" {
		f, err := os.Create(*editProfile)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	var total, served, settled, cpu time.Duration
	var alloc uint64
	deferred := 0
	fast, rendered, stale := 0, 0, 0
	stages := map[string]time.Duration{}
	var order []string
	b.ResetTimer()
	pending := "" // the last firsttalk edit's copy, taken out untimed
	for i := range b.N {
		b.StopTimer()
		if pending != "" {
			if err := os.Remove(filepath.Join(src, filepath.FromSlash(pending))); err != nil {
				b.Fatal(err)
			}
			if _, diags := s.Rebuild(ctx, []string{pending}); diags.HasErrors() {
				b.Fatal(diags.Err())
			}
			if _, diags := s.Settle(ctx); diags.HasErrors() {
				b.Fatal(diags.Err())
			}
			pending = ""
		}
		var edited []byte
		switch kind {
		case "firsttalk", "lasttalk":
			edited = eventLine.ReplaceAll(appendToTitle(original, fmt.Sprintf(" (edit %d)", i)), []byte(`$1$2 "Bench Empty"`))
		case "event":
			// To another event of the site and back, the title told
			// apart.
			edited = appendToTitle(original, fmt.Sprintf(" (edit %d)", i))
			if i%2 == 0 {
				edited = eventLine.ReplaceAll(edited, fmt.Appendf(nil, "$1$2 %q", tracks[0]))
			}
		case "newevent":
			// An event new to the site at each edit, the last one
			// going with the talk.
			edited = eventLine.ReplaceAll(original, fmt.Appendf(nil, "$1$2 \"Bench New Event %d\"", i))
		case "frontmatter", "newfile", "rmfile", "newnote", "rmnote":
			// Added at the end, the words leave the talk where it was
			// in every list sorted by title.
			edited = appendToTitle(original, fmt.Sprintf(" (edit %d)", i))
		case "slug":
			// A front matter of YAML or TOML, opened on the first line.
			if line, ok := bytes.CutPrefix(original, []byte("+++\n")); ok {
				edited = slices.Concat([]byte("+++\n"), fmt.Appendf(nil, "slug = \"edit-%d\"\n", i), line)
			} else if line, ok := bytes.CutPrefix(original, []byte("---\n")); ok {
				edited = slices.Concat([]byte("---\n"), fmt.Appendf(nil, "slug: edit-%d\n", i), line)
			}
		case "date", "room", "tags", "newtag":
			edited = retimed(original, kind, i)
		case "track":
			edited = retracked(original, tracks, i)
		case "newtrack":
			edited = retracked(original, []string{fmt.Sprintf("Brand New Track %d", i)}, 0)
		case "speaker":
			edited = respoken(original, tracks, i)
		case "newperson":
			edited = respoken(original, []string{fmt.Sprintf("Newcomer Number %d", i)}, 0)
		case "newguest", "rmguest":
			edited = respoken(appendToTitle(original, fmt.Sprintf(" (edit %d)", i)), []string{fmt.Sprintf("Guest Number %d", i)}, 0)
		case "notelink":
			edited = withReadingLink(original, i)
		case "speakerpage":
			edited = companyLine.ReplaceAll(original, fmt.Appendf(nil, "company: \"Edited Company %d\"", i))
		case "speakerphoto":
			edited = photoLine.ReplaceAll(original, fmt.Appendf(nil, "photo: /img/bench-photo-%d.jpg", i%2))
		case "author":
			edited = authorLine.ReplaceAll(original, fmt.Appendf(nil, "author: %q", tracks[i%2]))
		case "venue":
			edited = venueLine.ReplaceAll(original, fmt.Appendf(nil, "venue: \"Edited Venue %d\"", i))
		case "eventname":
			// Its talks find it by slug: every page of the event shows
			// the new name.
			edited = eventNameLine.ReplaceAll(original, fmt.Appendf(nil, "name: \"Edited Event %d\"", i))
		case "eventzone":
			// Another zone and back: every talk of the event shows
			// other times.
			edited = zoneLine.ReplaceAll(original, []byte("timezone: "+benchZones[i%2]))
		case "eventrooms":
			edited = roomsLines.ReplaceAll(original, fmt.Appendf(nil, "rooms:\n  - Annex %d\n  - $2\n  - $1\n", i))
		default:
			edited = fmt.Appendf(bytes.Clone(original), "\nEdited paragraph number %d.\n", i)
		}
		if bytes.Equal(edited, original) {
			b.Fatalf("%s has nothing to edit for %s", file, kind)
		}
		target, name := path, file
		if copied := kind == "newfile" || kind == "rmfile" || kind == "newguest" || kind == "rmguest" || kind == "newnote" || kind == "rmnote" || kind == "firsttalk" || kind == "lasttalk"; copied {
			// Another file at each edit, beside the talk.
			name = strings.TrimSuffix(file, ".md") + fmt.Sprintf("-copy-%d.md", i)
			target = filepath.Join(src, filepath.FromSlash(name))
			defer os.Remove(target)
		}
		if err := os.WriteFile(target, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		if kind == "rmfile" || kind == "rmguest" || kind == "rmnote" || kind == "lasttalk" {
			// The copy is added, untimed, and its removal timed.
			if _, diags := s.Rebuild(ctx, []string{name}); diags.HasErrors() {
				b.Fatal(diags.Err())
			}
			if _, diags := s.Settle(ctx); diags.HasErrors() {
				b.Fatal(diags.Err())
			}
			if err := os.Remove(target); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		start, cpu0, alloc0 := time.Now(), processCPU(), heapAllocated()
		rb, diags := s.Rebuild(ctx, []string{name})
		total += time.Since(start)
		if diags.HasErrors() || len(rb.Updated)+len(rb.Deferred) == 0 {
			b.Fatalf("the edit updated %q: %v", rb.Updated, diags.Err())
		}
		// The open tab reloads and asks for its page: a page the edit
		// changed, deferred or rendered.
		open := slices.Concat(rb.Deferred, rb.Rendered)
		open = slices.DeleteFunc(open, func(p string) bool { return !strings.HasSuffix(p, ".html") })
		if len(open) > 0 {
			if _, ok := s.Output(open[0]); !ok {
				b.Fatalf("no output %s", open[0])
			}
		}
		served += time.Since(start)
		settleStart := time.Now()
		if _, diags := s.Settle(ctx); diags.HasErrors() {
			b.Fatal(diags.Err())
		}
		settled += time.Since(settleStart)
		if kind == "firsttalk" {
			pending = name
		}
		cpu += processCPU() - cpu0
		alloc += heapAllocated() - alloc0
		deferred += len(rb.Deferred)
		if patched(rb) || moved(rb) {
			fast++
		}
		rendered += len(rb.Rendered)
		stale += len(rb.Stale)
		for _, st := range rb.Stages {
			if _, ok := stages[st.Name]; !ok {
				order = append(order, st.Name)
			}
			stages[st.Name] += st.Duration
		}
	}
	per := total / time.Duration(b.N)
	b.ReportMetric(float64(per.Microseconds())/1000, "ms/edit")
	b.ReportMetric(float64((served/time.Duration(b.N)).Microseconds())/1000, "ms-served")
	b.ReportMetric(float64((settled/time.Duration(b.N)).Microseconds())/1000, "ms-settle")
	b.ReportMetric(float64(deferred)/float64(b.N), "deferred")
	b.ReportMetric(float64((cpu/time.Duration(b.N)).Microseconds())/1000, "cpu-ms/edit")
	b.ReportMetric(float64(alloc)/float64(b.N)/(1<<20), "MB-alloc/edit")
	b.ReportMetric(float64(per)/float64(cold), "x-cold")
	b.ReportMetric(float64(fast)/float64(b.N), "x-patched")
	b.ReportMetric(float64(rendered)/float64(b.N), "rendered")
	b.ReportMetric(float64(stale)/float64(b.N), "stale")
	for _, name := range order {
		b.ReportMetric(float64(stages[name].Microseconds())/1000/float64(b.N), "ms-"+name)
	}
}

// appendToTitle returns the page src with words added to the end of its
// title, written in double quotes, or src when it has none.
func appendToTitle(src []byte, words string) []byte {
	i := bytes.Index(src, []byte("\ntitle: \""))
	if i < 0 {
		return src
	}
	end := bytes.IndexByte(src[i+1:], '\n')
	if end < 0 {
		return src
	}
	line := src[i+1 : i+1+end]
	if !bytes.HasSuffix(line, []byte(`"`)) {
		return src
	}
	at := i + end // the closing quote
	return slices.Concat(src[:at], []byte(words), src[at:])
}

// firstTalk returns the first talk file, by name, of the site in src.
func firstTalk(b *testing.B, src string) string {
	var first string
	err := fs.WalkDir(os.DirFS(src), "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || first != "" {
			return err
		}
		if !d.IsDir() && strings.Contains(p, "talks/") && strings.HasSuffix(p, ".md") {
			first = p
		}
		return nil
	})
	if err != nil || first == "" {
		b.Fatalf("no talk in %s: %v", src, err)
	}
	return first
}

// BenchmarkFingerprints is what every preview rebuild pays to tell what
// changed: the fingerprints of every key of a built site (render.Key),
// "fresh" from nothing, "kept" by a render.Prints that computed them for
// the same documents before, as the preview's session does.
func BenchmarkFingerprints(b *testing.B) {
	for _, n := range sizes(b) {
		fsys, closeSource, err := OpenSource(benchSite(b, n))
		if err != nil {
			b.Fatal(err)
		}
		defer closeSource()
		m, diags := LoadModel(context.Background(), fsys, ModelOptions{})
		if diags.HasErrors() {
			b.Fatal(diags.Err())
		}
		b.Run(fmt.Sprintf("talks=%d/fresh", n), func(b *testing.B) {
			for range b.N {
				render.Fingerprints(m.Site)
			}
		})
		b.Run(fmt.Sprintf("talks=%d/kept", n), func(b *testing.B) {
			prints := render.NewPrints()
			prints.Fingerprints(m.Site)
			b.ResetTimer()
			for range b.N {
				prints.Fingerprints(m.Site)
			}
		})
	}
}

// BenchmarkSessionModel is the model stage of the preview's rebuild
// after a moving edit, alone: site.Build of the documents the session
// holds, with its memo, as Session.rebuild calls it. It is steadier
// than BenchmarkSessionEdit's ms-model, which shares the machine with
// the stages around it.
func BenchmarkSessionModel(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("talks=%d", n), func(b *testing.B) {
			s := NewSession(Options{Source: benchSite(b, n)})
			ctx := context.Background()
			if _, diags := s.Rebuild(ctx, nil); diags.HasErrors() {
				b.Fatal(diags.Err())
			}
			set, d := joinData(content.Set{Docs: s.docs, Assets: s.assets, Roots: s.roots}, *s.data, s.cfg)
			if d.HasErrors() {
				b.Fatal(d.Err())
			}
			cfg := withSiteData(s.cfg, s.data.Data)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, diags := site.Build(ctx, cfg, set, s.md, site.Options{Memo: s.memo, Static: staticFile(s.static)}); diags.HasErrors() {
					b.Fatal(diags.Err())
				}
			}
		})
	}
}

// benchRooms are rooms of every generated event, and benchTags tags of
// every generated site, as sitegen spells them, for the room and tags
// edits.
var (
	benchRooms = []string{"Sala Tejo", "Sala Douro", "Room 101"}
	benchTags  = []string{"SQLite", "Postgres", "DNS"}
)

// heapAllocated returns the bytes the heap has allocated since the
// process started (runtime/metrics, which stops nothing to read it).
func heapAllocated() uint64 {
	m := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(m)
	return m[0].Value.Uint64()
}
