package site

import (
	"context"
	"strings"
	"testing"
	"unsafe"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
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

// TestSummaryRepeatingTheBody: a summary that says what the body opens
// with (an exporter's description, written again as the body) describes
// the page but is not shown above the body, in a build and in a patch;
// one that says something else is shown.
func TestSummaryRepeatingTheBody(t *testing.T) {
	for _, tc := range []struct {
		summary, body string
		shown         bool
	}{
		{"You have heard of CSP.", "You have heard of CSP.\n\nMore on headers.\n", false},
		{"You have heard of *CSP*.", "You have heard of CSP.\n\nMore on headers.\n", false},
		{"Headers, briefly.", "You have heard of CSP.\n\nMore on headers.\n", true},
		{"You have heard of CSP.", "You have heard of CSP, and more.\n", true},
	} {
		d := doc("talks/a.md", content.KindTalk, "A", func(d *content.Document) {
			d.Summary, d.Body = tc.summary, []byte(tc.body)
		})
		s, _ := build(t, config.Default(), Options{}, d)
		p := s.Pages[0]
		if (p.SummaryHTML != "") != tc.shown || p.Description == "" {
			t.Errorf("%q over %q: SummaryHTML %q, description %q; shown %v", tc.summary, tc.body, p.SummaryHTML, p.Description, tc.shown)
		}
	}
}

// TestPatchedSummaryRepeatingTheBody: an edit that makes the body open
// with what the summary says hides the summary, as a build would.
func TestPatchedSummaryRepeatingTheBody(t *testing.T) {
	md := markdown.New(markdown.Options{})
	src := func(body string) *content.Document {
		return content.Parse("content/talks/a.md", []byte("---\ntitle: A\ndate: 2024-05-01T10:00:00Z\ndescription: You have heard of CSP.\n---\n"+body), content.Options{})
	}
	memo := NewMemo()
	s, _ := Build(context.Background(), config.Default(), content.Set{Docs: []*content.Document{src("Headers, briefly.\n")}}, md, Options{Memo: memo})
	if s.Pages[0].SummaryHTML == "" {
		t.Fatal("a summary saying something else is hidden")
	}
	if _, ok := s.Patch(src("You have heard of CSP.\n\nMore.\n"), md, memo); !ok {
		t.Fatal("the edit could not be patched")
	}
	if p := s.Pages[0]; p.SummaryHTML != "" || p.Description != "You have heard of CSP." {
		t.Errorf("patched: SummaryHTML %q, description %q", p.SummaryHTML, p.Description)
	}
}
