package data

import (
	"encoding/json"
	"flag"
	"fmt"
	"lectern/internal/golden"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/diag"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenOptions are the options of every golden site: data/ and the
// pages of content/, with a collection declared as config.toml would.
func goldenOptions() Options {
	return Options{
		Dirs:        []string{"data"},
		ContentDirs: []string{"content"},
		Location:    time.UTC,
		Collections: []config.Collection{{Path: "data/lineup", Kind: "talk", Fields: map[string]string{"summary": "blurb"}}},
	}
}

// TestGolden reads each site of testdata/*.txtar as a build would (the
// pages, then the data joined to them) and compares what it found with
// the "want" section. Run with -update to rewrite it, then read the diff.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txtar", *update, func(t *testing.T, files []txtar.File) string {
		fsys := fstest.MapFS{}
		for name, data := range golden.FS(files) {
			fsys[name] = &fstest.MapFile{Data: data}
		}
		return runSite(fsys, goldenOptions())
	})
}

// runSite loads the pages and data of fsys and describes the result.
func runSite(fsys fstest.MapFS, o Options) string {
	pages, diags := content.Load(fsys, content.Options{Skip: func(p string, dir bool) bool { return o.Claims(p) }})
	ds, d := Load(fsys, o)
	diags.Append(d)
	docs, d := Combine(pages.Docs, ds, o.Location)
	diags.Append(d)
	return dump(docs, ds, pages.Assets, diags)
}

func dump(docs []*content.Document, ds Set, assets []string, diags diag.List) string {
	var b strings.Builder
	for _, d := range docs {
		at := d.File
		if d.Line > 0 {
			at = fmt.Sprintf("%s:%d", d.File, d.Line)
		}
		fmt.Fprintf(&b, "%s %s %q slug=%s path=%s\n", at, d.Kind, d.Title, d.Slug, d.Path)
		if !d.Date.IsZero() {
			fmt.Fprintf(&b, "  date %s", d.Date.Format(time.RFC3339))
			if !d.End.IsZero() {
				fmt.Fprintf(&b, " to %s", d.End.Format(time.RFC3339))
			}
			b.WriteString("\n")
		}
		line := func(k, v string) {
			if v != "" {
				fmt.Fprintf(&b, "  %s %s\n", k, v)
			}
		}
		line("room", d.Room)
		if d.AllRooms {
			line("room", "(all rooms)")
		}
		line("event", d.Event)
		line("venue", d.Venue)
		line("format", d.Format)
		line("tier", d.Extras().Tier)
		line("summary", d.Summary)
		for _, s := range d.Speakers {
			// A talk names a record's person; the record alone holds
			// the photo, warned about there if missing.
			photo := ""
			if s.Photo != "" {
				photo = " photo " + s.Photo
			}
			line("speaker", s.Name+" ("+s.Slug+")"+photo)
		}
		for _, it := range d.Items {
			line("item", fmt.Sprintf("%s by %s, %s, rating %g", it.Title, it.Author, it.Status, it.Rating))
		}
		if body := strings.TrimSpace(string(d.Body)); body != "" {
			line("body", fmt.Sprintf("line %d: %s", d.BodyLine, strings.SplitN(body, "\n", 2)[0]))
		}
	}
	for _, a := range assets {
		fmt.Fprintf(&b, "asset %s\n", a)
	}
	for _, f := range ds.Files {
		fmt.Fprintf(&b, "read %s\n", f)
	}
	tree, _ := json.MarshalIndent(ds.Data, "", "  ")
	fmt.Fprintf(&b, "data %s\n", tree)
	for _, d := range diags.Sorted() {
		fmt.Fprintf(&b, "%s\n", d)
	}
	return b.String()
}
