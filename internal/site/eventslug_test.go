package site

import (
	"slices"
	"testing"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
)

// TestEventSlugClash pins that two event pages of one slug do not stop
// the build: the later in path order takes its folder's name before its
// slug (or a number after it), with a warning, and keeps its own page.
func TestEventSlugClash(t *testing.T) {
	tests := []struct {
		name     string
		paths    [2]string
		wantSlug string
		wantURL  string
	}{
		{"a year folder names the second", [2]string{"events/2019/london.md", "events/2020/london.md"}, "2020-london", "/events/2020-london/"},
		{"the events folder itself gives a number", [2]string{"events/london.md", "meetups/london.md"}, "london-2", "/events/london-2/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*content.Document
			for i, p := range tt.paths {
				docs = append(docs, doc(p, content.KindEvent, "London", func(d *content.Document) {
					d.Slug = "london"
					d.Date = time.Date(2019+i, 5, 1, 0, 0, 0, 0, time.UTC)
				}))
			}
			s, diags := build(t, config.Default(), Options{}, docs...)
			want := `content/` + tt.paths[1] + `:1:1: warning: a second event has the slug "london", so this one is the event "` + tt.wantSlug + `" at its own URL; set "slug:" to choose another`
			if !slices.Contains(diags, want) {
				t.Fatalf("diags = %q, want %q", diags, want)
			}
			if len(s.Events) != 2 || s.Events[1].Slug != tt.wantSlug || s.Events[1].URL != tt.wantURL {
				t.Fatalf("events = %+v", s.Events)
			}
			for _, p := range s.Pages {
				if p.Doc.Path == tt.paths[1] && (p.Event != s.Events[1] || p.URL != tt.wantURL) {
					t.Errorf("page %s: event %v, URL %s", p.Doc.Path, p.Event, p.URL)
				}
			}
		})
	}
}
