package render

import (
	"strings"
	"testing"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/themes"
)

// TestSectionIndexes: each kind of page that has an index gets one at its
// folder's URL, paginated, its lede counting what it lists; a page or
// file of the author's at that URL takes the index's place, pages 2 and
// on included, without a warning.
func TestSectionIndexes(t *testing.T) {
	for _, tt := range []struct {
		name, url string
		// outs are the index's pages at two entries a page; lede is what
		// the first says of them; kept is an output made all the same
		// when the author has the index.
		outs []string
		lede string
		kept string
	}{
		{name: "talks", url: "/talks/", outs: []string{"talks/index.html", "talks/page/2/index.html"}, lede: "4 talks", kept: "talks/lightning/index.html"},
		{name: "notes", url: "/notes/", outs: []string{"notes/index.html"}, lede: "1 note", kept: "notes/failover-conf/index.html"},
		{name: "speakers", url: "/speakers/", outs: []string{"speakers/index.html", "speakers/page/2/index.html"}, lede: "3 people", kept: "speakers/jane-doe/index.html"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := fixture()
			s.Config.Pagination.PerPage = 2
			outs := renderAll(t, themes.Default(), s)
			for _, out := range tt.outs {
				if _, ok := outs[out]; !ok {
					t.Errorf("no %s", out)
				}
			}
			if body := string(outs[tt.outs[0]].Body); !strings.Contains(body, `<p class="lede">`+tt.lede+`</p>`) {
				t.Errorf("%s does not say %q", tt.outs[0], tt.lede)
			}
		})
		for _, by := range []string{"page", "file"} {
			t.Run(tt.name+" under the author's "+by, func(t *testing.T) {
				s := fixture()
				s.Config.Pagination.PerPage = 2
				const file = "content/index-of-mine.md"
				if by == "page" {
					p := &site.Page{Doc: content.Document{File: file, Kind: content.KindPage, Title: "Mine"}, URL: tt.url}
					p.SetContent("<p>Mine.</p>")
					s.Pages = append(s.Pages, p)
				} else {
					s.Assets = append(s.Assets, site.Asset{Source: file, Output: tt.outs[0]})
				}
				jobs, diags := mustNew(t, themes.Default()).Jobs(s)
				if len(diags) > 0 {
					t.Errorf("diagnostics %q, want none", diags.Strings())
				}
				at := map[string]Job{}
				for _, j := range jobs {
					at[j.Path] = j
				}
				if j, ok := at[tt.outs[0]]; ok && j.owner != file {
					t.Errorf("%s is lectern's %s output, not the author's", tt.outs[0], j.Kind)
				}
				for _, out := range tt.outs[1:] {
					if _, ok := at[out]; ok {
						t.Errorf("%s is made beside the author's index", out)
					}
				}
				if _, ok := at[tt.kept]; !ok {
					t.Errorf("no %s", tt.kept)
				}
			})
		}
	}
}

// TestProgrammeSeparators: a session without speakers, or without a room
// too, lists what it has with no separator before it.
func TestProgrammeSeparators(t *testing.T) {
	s := fixture()
	resilient, undated := s.Talks[2], s.Talks[3]
	resilient.Speakers, undated.Speakers = nil, nil
	undated.Doc.Format = "panel"
	undated.Format = &site.Term{Name: "Panel", Slug: "panel", URL: "/formats/panel/"}
	outs := renderAll(t, themes.Default(), s)
	for _, out := range []string{"index.html", "talks/index.html"} {
		body := string(outs[out].Body)
		for _, want := range []string{
			`<p class="item-meta"><span class="room">Room 1</span><span class="sep" aria-hidden="true"> · </span>Talk`,
			`<p class="item-meta">Panel`,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %s", out, want)
			}
		}
	}
}
