package render

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"lectern/internal/content"
	"lectern/internal/site"
	"lectern/themes"
)

func TestPaginate(t *testing.T) {
	tests := []struct {
		items, per int
		want       []Pager
	}{
		{0, 100, []Pager{{Number: 1, Total: 1, PerPage: 100, Items: 0, URL: "/tags/x/", First: "/tags/x/", Last: "/tags/x/"}}},
		{1, 100, []Pager{{Number: 1, Total: 1, PerPage: 100, Items: 1, URL: "/tags/x/", First: "/tags/x/", Last: "/tags/x/"}}},
		{100, 100, []Pager{{Number: 1, Total: 1, PerPage: 100, Items: 100, URL: "/tags/x/", First: "/tags/x/", Last: "/tags/x/"}}},
		{101, 100, []Pager{
			{Number: 1, Total: 2, PerPage: 100, Items: 101, URL: "/tags/x/", First: "/tags/x/", Next: "/tags/x/page/2/", Last: "/tags/x/page/2/"},
			{Number: 2, Total: 2, PerPage: 100, Items: 101, URL: "/tags/x/page/2/", First: "/tags/x/", Prev: "/tags/x/", Last: "/tags/x/page/2/"},
		}},
		{5, 2, []Pager{
			{Number: 1, Total: 3, PerPage: 2, Items: 5, URL: "/tags/x/", First: "/tags/x/", Next: "/tags/x/page/2/", Last: "/tags/x/page/3/"},
			{Number: 2, Total: 3, PerPage: 2, Items: 5, URL: "/tags/x/page/2/", First: "/tags/x/", Prev: "/tags/x/", Next: "/tags/x/page/3/", Last: "/tags/x/page/3/"},
			{Number: 3, Total: 3, PerPage: 2, Items: 5, URL: "/tags/x/page/3/", First: "/tags/x/", Prev: "/tags/x/page/2/", Last: "/tags/x/page/3/"},
		}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d items by %d", tt.items, tt.per), func(t *testing.T) {
			items := make([]int, tt.items)
			for i := range items {
				items[i] = i
			}
			pages := paginate(items, tt.per, "/tags/x/")
			if len(pages) != len(tt.want) {
				t.Fatalf("%d pages, want %d", len(pages), len(tt.want))
			}
			next := 0
			for i, p := range pages {
				if *p.Pager != tt.want[i] {
					t.Errorf("page %d pager = %+v\nwant %+v", i+1, *p.Pager, tt.want[i])
				}
				for _, v := range p.Items {
					if v != next {
						t.Fatalf("page %d holds item %d, want %d", i+1, v, next)
					}
					next++
				}
			}
			if next != tt.items {
				t.Errorf("pages hold %d items, want %d", next, tt.items)
			}
		})
	}
}

// manyTalks returns the fixture with n more dated talks, all tagged
// "many".
func manyTalks(n int) *site.Site {
	s := fixture()
	term := &site.Term{Name: "many", Slug: "many", URL: "/tags/many/"}
	for i := range n {
		p := &site.Page{
			Doc: content.Document{
				File: fmt.Sprintf("content/talks/t%03d.md", i), Kind: content.KindTalk,
				Title: fmt.Sprintf("Talk %03d", i), Date: time.Date(2018, 1, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour),
			},
			URL: fmt.Sprintf("/talks/t%03d/", i), Output: fmt.Sprintf("talks/t%03d/index.html", i), Tags: []*site.Term{term},
		}
		term.Pages = append(term.Pages, p)
		s.Talks = append(s.Talks, p)
		s.Pages = append(s.Pages, p)
	}
	s.Tags.Terms = append(s.Tags.Terms, term)
	return s
}

func TestPaginatedOutputs(t *testing.T) {
	tests := []struct {
		name      string
		extra     int
		wantPages []string
	}{
		// The fixture has 4 talks; per_page is 100.
		{"96 talks: one page", 96, []string{"index.html"}},
		{"97 talks: two pages", 97, []string{"index.html", "page/2/index.html"}},
		{"200 talks", 196, []string{"index.html", "page/2/index.html"}},
		{"201 talks", 197, []string{"index.html", "page/2/index.html", "page/3/index.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outs := renderAll(t, themes.Default(), manyTalks(tt.extra))
			for _, p := range []string{"page/2/index.html", "page/3/index.html", "page/4/index.html"} {
				_, got := outs[p]
				want := strings.Contains(strings.Join(tt.wantPages, " "), p)
				if got != want {
					t.Errorf("output %s exists = %v, want %v", p, got, want)
				}
			}
			n := len(tt.wantPages)
			home := string(outs["index.html"].Body)
			if n == 1 {
				if strings.Contains(home, `rel="next"`) || strings.Contains(home, `rel="prev"`) {
					t.Error("a single page links to a next or previous page")
				}
				return
			}
			for _, want := range []string{`<link rel="next" href="/page/2/">`, `<a class="pager-next" rel="next" href="/page/2/">`, `Page 1 of ` + fmt.Sprint(n)} {
				if !strings.Contains(home, want) {
					t.Errorf("index.html lacks %s", want)
				}
			}
			if strings.Contains(home, `rel="prev"`) {
				t.Error("index.html links to a previous page")
			}
			last := string(outs[tt.wantPages[n-1]].Body)
			prev := "/"
			if n > 2 {
				prev = fmt.Sprintf("/page/%d/", n-1)
			}
			for _, want := range []string{`<link rel="prev" href="` + prev + `">`, `<a class="pager-prev" rel="prev" href="` + prev + `">`} {
				if !strings.Contains(last, want) {
					t.Errorf("last page lacks %s", want)
				}
			}
			if strings.Contains(last, `rel="next"`) {
				t.Error("the last page links to a next page")
			}
		})
	}
	t.Run("term pages", func(t *testing.T) {
		outs := renderAll(t, themes.Default(), manyTalks(101))
		if _, ok := outs["tags/many/page/2/index.html"]; !ok {
			t.Error("no tags/many/page/2/index.html")
		}
		if _, ok := outs["tags/many/page/3/index.html"]; ok {
			t.Error("tags/many/page/3/index.html for 101 pages")
		}
		if body := string(outs["tags/many/page/2/index.html"].Body); !strings.Contains(body, `<link rel="prev" href="/tags/many/">`) {
			t.Error("tags/many/page/2/ lacks its prev link")
		}
	})
}
