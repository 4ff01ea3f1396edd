package exports

import (
	"flag"
	"fmt"
	"lectern/internal/golden"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"lectern/internal/content"
	"lectern/internal/diag"
)

var update = flag.Bool("update", false, "rewrite golden files")

// berlin is the zone the golden files are read in, so that a time placed
// in the site's zone shows it.
var berlin = mustZone("Europe/Berlin")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// TestGolden reads every file of each testdata/*.txtar but its "want"
// section with Read, as the data loader would, and compares what it gives
// with that section. Run with -update to rewrite the sections, then read
// the diff.
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata/*.txtar", *update, func(t *testing.T, files []txtar.File) string {
		var got strings.Builder
		for _, f := range files {
			docs, ok, diags := Read(f.Name, f.Data, berlin)
			got.WriteString(dump(f.Name, docs, ok, diags))
		}
		return got.String()
	})
}

// dump writes what Read gave for one file, a line per value set.
func dump(file string, docs []*content.Document, ok bool, diags diag.List) string {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s: ok=%v, %d documents\n", file, ok, len(docs))
	for _, d := range diags.Sorted() {
		fmt.Fprintf(&b, "diag %s\n", d)
	}
	for _, d := range docs {
		fmt.Fprintf(&b, "%s %s %q at %s\n", d.Kind, d.Path, d.Title, d.Pos("title"))
		line := func(name string, v any) {
			if s := fmt.Sprint(v); s != "" && s != "[]" && s != "false" && s != "0001-01-01 00:00:00 +0000 UTC" {
				fmt.Fprintf(&b, "  %s: %s\n", name, s)
			}
		}
		if d.File != file {
			line("file", d.File)
		}
		line("slug", d.Slug)
		line("date", d.Date)
		line("end", d.End)
		line("floating", d.Floating)
		line("event", d.Event)
		line("room", d.Room)
		line("allrooms", d.AllRooms)
		line("track", d.Track)
		line("format", d.Format)
		line("level", d.Level)
		line("tags", d.Tags)
		line("timezone", d.Extras().Timezone)
		line("rooms", strings.Join(d.Extras().Rooms, " | "))
		line("slides", d.Slides)
		line("video", d.Video)
		for _, p := range d.Speakers {
			fmt.Fprintf(&b, "  speaker: %s (%s)", p.Name, p.Slug)
			if p.Ref {
				b.WriteString(" by id")
			}
			for _, s := range []string{p.Bio, p.Photo, p.Role, p.Twitter, p.Github, p.Mastodon, p.LinkedIn, p.URL} {
				if s != "" {
					fmt.Fprintf(&b, " | %s", s)
				}
			}
			b.WriteByte('\n')
		}
		line("summary", d.Summary)
		line("body", strings.ReplaceAll(string(d.Body), "\n", `\n`))
		keys := make([]string, 0, len(d.Params))
		for k := range d.Params {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			line("param "+k, d.Params[k])
		}
		for _, it := range d.Items {
			fmt.Fprintf(&b, "  item: %q by %q", it.Title, it.Author)
			if it.URL != "" {
				fmt.Fprintf(&b, " <%s>", it.URL)
			}
			if it.Status != "" {
				fmt.Fprintf(&b, " [%s]", it.Status)
			}
			if it.Rating != 0 {
				fmt.Fprintf(&b, " %g/5", it.Rating)
			}
			if !it.Date.IsZero() {
				fmt.Fprintf(&b, " read %s", it.Date.Format(time.DateOnly))
			}
			if len(it.Tags) > 0 {
				fmt.Fprintf(&b, " tags %q", it.Tags)
			}
			if it.Note != "" {
				fmt.Fprintf(&b, " note %q", it.Note)
			}
			b.WriteByte('\n')
		}
		for _, dg := range d.Diags.Sorted() {
			fmt.Fprintf(&b, "  diag %s\n", dg)
		}
	}
	return b.String()
}
