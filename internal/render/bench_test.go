package render

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"

	"lectern/internal/site"
	"lectern/internal/sitegen"
	"lectern/internal/view"
	"lectern/themes"
)

// BenchmarkRender renders every output of a generated 1,000-talk site,
// one sub-benchmark per kind of job (talk, speaker, schedule-file, …), so
// that a change to one template or writer shows in its own line. Each
// op is one job; jobs run one at a time, as a core runs them in a build.
// Outputs are minified and written by later stages, not here.
func BenchmarkRender(b *testing.B) {
	s := generatedSite(b, 1000)
	r, diags := New(themes.Default(), Options{})
	if diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	jobs, diags := r.Jobs(s)
	if diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	byKind := map[string][]Job{}
	for _, j := range jobs {
		byKind[j.Kind.String()] = append(byKind[j.Kind.String()], j)
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, kind := range kinds {
		js := byKind[kind]
		b.Run(fmt.Sprintf("kind=%s", kind), func(b *testing.B) {
			var buf bytes.Buffer
			var bytes int64
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				buf.Reset()
				out, d := js[i%len(js)].render(newTask(context.Background(), &buf))
				if d.HasErrors() {
					b.Fatal(d.Err())
				}
				bytes += int64(len(out.Body))
				i++
			}
			b.ReportMetric(float64(bytes)/float64(i), "B/output")
		})
	}
}

// BenchmarkViews builds every view of a generated site, as the first job
// of a build that reads the site view does: the cost views add to a
// build (or to a preview's rebuild) before any template runs.
func BenchmarkViews(b *testing.B) {
	for _, talks := range []int{1000, 10000} {
		s := generatedSite(b, talks)
		b.Run(fmt.Sprintf("talks=%d", talks), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				new(view.Builder).Site(s, view.Links{})
			}
		})
	}
}

// BenchmarkJobs plans every output of a generated site, as each rebuild
// of the preview does before it compares them with the last build's:
// the jobs, their reads and sources, the card texts' sums and the
// site view's entries. The renderer is the preview's, whose template
// sets are bound once, so an op is the planning alone.
func BenchmarkJobs(b *testing.B) {
	for _, talks := range []int{1000, 10000} {
		s := generatedSite(b, talks)
		r, diags := New(themes.Default(), Options{Preview: true})
		if diags.HasErrors() {
			b.Fatal(diags.Err())
		}
		b.Run(fmt.Sprintf("talks=%d", talks), func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				jobs, _ := r.Jobs(s)
				n = len(jobs)
			}
			b.ReportMetric(float64(n), "jobs")
		})
	}
}

// generatedSite builds the model of the generated site of talks talks.
func generatedSite(b *testing.B, talks int) *site.Site {
	gen := sitegen.New(sitegen.Options{Talks: talks})
	files := map[string]string{}
	for i := range gen.Len() {
		name, data := gen.File(i)
		files[name] = string(data)
	}
	s, _ := siteFrom(b, files, true)
	return s
}
