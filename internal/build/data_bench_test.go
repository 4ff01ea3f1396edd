package build

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"lectern/internal/sitegen"
)

// BenchmarkDataRecords builds the generated site twice in each turn:
// once with its talks as markdown files, once with the same talks as
// records in data/talks/ (front matter as fields, the body as "body").
// It reports the data build's time over the markdown build's (x-markdown,
// the target is at most 1.2) and both times.
func BenchmarkDataRecords(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("talks=%d", n), func(b *testing.B) {
			md := b.TempDir()
			if err := sitegen.New(sitegen.Options{Talks: n}).Write(md); err != nil {
				b.Fatal(err)
			}
			data := b.TempDir()
			if err := sitegen.New(sitegen.Options{Talks: n}).Write(data); err != nil {
				b.Fatal(err)
			}
			talksAsRecords(b, data)
			var mdTotal, dataTotal time.Duration
			pages := map[string]int{}
			build := func(src string) time.Duration {
				dest := b.TempDir()
				runtime.GC()
				syncDisk()
				start := time.Now()
				res, diags := Build(context.Background(), Options{Source: src, Dest: dest})
				d := time.Since(start)
				if diags.HasErrors() {
					b.Fatal(diags.Err())
				}
				pages[src] = res.Pages
				return d
			}
			build(md) // both into the page cache
			build(data)
			if pages[md] != pages[data] {
				b.Fatalf("the site of records built %d pages, the site of markdown %d: they must be the same site", pages[data], pages[md])
			}
			b.ResetTimer()
			for i := range b.N {
				// Turns alternate which goes first, so that neither
				// always pays for the other's leftovers.
				if i%2 == 0 {
					mdTotal += build(md)
					dataTotal += build(data)
				} else {
					dataTotal += build(data)
					mdTotal += build(md)
				}
			}
			b.ReportMetric(float64(dataTotal)/float64(mdTotal), "x-markdown")
			b.ReportMetric(float64((mdTotal / time.Duration(b.N)).Milliseconds()), "markdown-ms")
			b.ReportMetric(float64((dataTotal / time.Duration(b.N)).Milliseconds()), "data-ms")
		})
	}
}

// talksAsRecords moves every talk of a generated site from content/talks/
// into a data record of the same fields in data/talks/: YAML front
// matter becomes a .yml record, TOML a .toml one, the body its body.
func talksAsRecords(b *testing.B, site string) {
	b.Helper()
	dir := filepath.Join(site, "content", "talks")
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(site, "data", "talks")
	if err := os.MkdirAll(out, 0o755); err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".md" {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		delim := string(src[:3])
		head, body, ok := bytes.Cut(src[4:], []byte("\n"+delim+"\n"))
		if !ok || (delim != "---" && delim != "+++") {
			b.Fatalf("%s: no front matter", e.Name())
		}
		var rec []byte
		name := strings.TrimSuffix(e.Name(), ".md")
		if delim == "---" {
			indented := "  " + strings.ReplaceAll(strings.TrimRight(string(body), "\n"), "\n", "\n  ")
			rec = fmt.Appendf(nil, "%s\nbody: |\n%s\n", head, indented)
			name += ".yml"
		} else {
			if bytes.Contains(body, []byte("'''")) {
				b.Fatalf("%s: the body holds ''', which a TOML literal string cannot", e.Name())
			}
			// The body goes before the tables of [[speakers]].
			first, rest, _ := bytes.Cut(head, []byte("\n[["))
			rec = fmt.Appendf(nil, "%s\nbody = '''\n%s'''\n", first, body)
			if len(rest) > 0 {
				rec = append(append(rec, "\n[["...), rest...)
			}
			name += ".toml"
		}
		if err := os.WriteFile(filepath.Join(out, name), rec, 0o644); err != nil {
			b.Fatal(err)
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			b.Fatal(err)
		}
	}
}
