package site

import (
	"strings"
	"testing"
	"unsafe"

	"lectern/internal/config"
	"lectern/internal/content"
)

// TestSummaryHeldOnce checks that a page's summary, its description and
// its rendered summary share one allocation where the HTML holds the
// others' text, and that each still says what it said: the model holds
// all three for every page to the end of a build (docs/memory.md).
func TestSummaryHeldOnce(t *testing.T) {
	long := strings.Repeat("Latency budgets and pagers at scale, ", 8) + "the end."
	tests := []struct {
		name, summary, html, description string
		// shared: whether the summary and description lie within the
		// allocation of the HTML.
		sharedSummary, sharedDescription bool
	}{
		{"plain", "Why caches go stale.", "<p>Why caches go stale.</p>\n", "Why caches go stale.", true, true},
		{"cut", long, "<p>" + long + "</p>\n", strings.TrimRight(long[:strings.LastIndex(long[:199], " ")], ", ") + "…", true, true},
		{"markup", "Why *caches* go stale.", "<p>Why <em>caches</em> go stale.</p>\n", "Why caches go stale.", false, true},
		{"escaped", "Caches & pagers.", "<p>Caches &amp; pagers.</p>\n", "Caches & pagers.", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc("talks/a.md", content.KindTalk, "A", func(d *content.Document) {
				// A text of its own, as the loading stage's table gives.
				d.Summary = strings.Clone(tt.summary)
			})
			s, diags := build(t, config.Default(), Options{}, d)
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			p := s.Pages[0]
			if string(p.SummaryHTML) != tt.html || p.Doc.Summary != tt.summary || p.Description != tt.description {
				t.Fatalf("SummaryHTML %q, Summary %q, Description %q; want %q, %q, %q", p.SummaryHTML, p.Doc.Summary, p.Description, tt.html, tt.summary, tt.description)
			}
			within := func(s string) bool {
				h := unsafe.StringData(string(p.SummaryHTML))
				b := unsafe.StringData(s)
				return uintptr(unsafe.Pointer(b)) >= uintptr(unsafe.Pointer(h)) &&
					uintptr(unsafe.Pointer(b))+uintptr(len(s)) <= uintptr(unsafe.Pointer(h))+uintptr(len(p.SummaryHTML)+len(p.Description))
			}
			if got := within(p.Doc.Summary); got != tt.sharedSummary {
				t.Errorf("summary within the HTML = %v, want %v", got, tt.sharedSummary)
			}
			if got := within(p.Description); got != tt.sharedDescription {
				t.Errorf("description within the HTML = %v, want %v", got, tt.sharedDescription)
			}
		})
	}
}
