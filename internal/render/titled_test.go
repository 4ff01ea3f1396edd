package render

import (
	"testing"

	"lectern/internal/view"
)

// TestTitled: a page's <title> is its heading and the site's title, but
// once only when they are the same name, and says the page of a list.
func TestTitled(t *testing.T) {
	for _, tc := range []struct {
		heading string
		pager   *Pager
		want    string
	}{
		{"Talks", nil, "Talks · PyCon AU"},
		{"PyCon AU", nil, "PyCon AU"},
		{" pycon au", nil, "PyCon AU"},
		{"Talks", &Pager{Number: 2, Total: 3}, "Talks (page 2 of 3) · PyCon AU"},
	} {
		d := &Data{Site: &view.Site{Config: view.Config{Title: "PyCon AU"}}, Pager: tc.pager}
		if got := d.titled(tc.heading).Title; got != tc.want {
			t.Errorf("titled(%q) = %q, want %q", tc.heading, got, tc.want)
		}
	}
}
