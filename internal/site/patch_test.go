package site

import (
	"context"
	"reflect"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

const patchFront = "---\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\n"

const patchBody = "The excerpt.\n\nThe body.\n\n- [Go](https://go.dev/) - the language\n- [Raft](https://raft.github.io/) - consensus\n"

// pageView is what a page holds that its body decides, with reading
// items named by their entry's key, for comparing pages of two models.
type pageView struct {
	Title       string
	Summary     string
	Body        string
	Content     string
	Description string
	WordCount   int
	Headings    []markdown.Heading
	Lists       []markdown.LinkList
	Own         []string
}

func view(p *Page) pageView {
	v := pageView{
		Title: p.Doc.Title, Summary: string(p.SummaryHTML),
		Body: string(p.Doc.Body), Content: string(p.Content()), Description: p.Description,
		WordCount: p.WordCount, Headings: p.Headings, Lists: p.Lists,
	}
	for _, it := range p.OwnItems {
		key := ""
		if it.Entry != nil {
			key = it.Entry.Key
		}
		v.Own = append(v.Own, it.Source()+" "+it.URL+" "+key)
	}
	return v
}

func TestPatch(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		// ok reports that the edit can be patched.
		ok bool
	}{
		{"body below the excerpt", patchFront + "The excerpt.\n\n## A heading\n\nA new body.\n\n- [Go](https://go.dev/) - the language\n- [Raft](https://raft.github.io/) - consensus\n", true},
		{"reading list moved down", patchFront + "The excerpt.\n\nThe body.\n\nMore.\n\n- [Go](https://go.dev/) - the language\n- [Raft](https://raft.github.io/) - consensus\n", true},
		{"nothing but the text", patchFront + patchBody, true},
		{"excerpt", patchFront + "A new excerpt.\n\nThe body.\n\n- [Go](https://go.dev/) - the language\n- [Raft](https://raft.github.io/) - consensus\n", true},
		{"reading item added", patchFront + patchBody + "- [Paxos](https://example.org/paxos) - the classic\n", false},
		{"reading author named, the note kept", patchFront + "The excerpt.\n\nThe body.\n\n- [Go](https://go.dev/) - the language\n- [Raft](https://raft.github.io/) by Diego Ongaro. consensus\n", false},
		{"reading note changed", patchFront + "The excerpt.\n\nThe body.\n\n- [Go](https://go.dev/) - a language\n- [Raft](https://raft.github.io/) - consensus\n", false},
		{"title", "---\ntitle: Talk A2\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\n" + patchBody, true},
		{"a field added, moving the lines", "---\ntitle: Talk A2\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\nslides: https://example.org/s\n---\n" + patchBody, false},
		{"title sorting it after B, dated alike", "---\ntitle: Talk C\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\n" + patchBody, false},
		{"title tying with B", "---\ntitle: Talk B\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\n" + patchBody, false},
		{"title of a break", "---\ntitle: Coffee break\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\n" + patchBody, false},
		{"date", "---\ntitle: Talk A\ndate: 2024-05-01T10:00:00+02:00\ntags: [x]\n---\n" + patchBody, false},
		{"same instant in another zone", "---\ntitle: Talk A\ndate: 2024-05-01T11:00:00+02:00\ntags: [x]\n---\n" + patchBody, false},
		{"tag", "---\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [x, y]\n---\n" + patchBody, false},
		{"unknown field", "---\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\nmood: calm\n---\n" + patchBody, false},
		{"broken front matter", "---\ntitle: [Talk A\n---\n" + patchBody, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config.Default()
			md := markdown.New(markdown.Options{})
			parse := func(file, text string) *content.Document {
				return content.Parse(file, []byte(text), content.Options{})
			}
			other := parse("content/talks/b.md", "---\ntitle: Talk B\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\nLinks to [Go](https://go.dev/).\n")
			memo := NewMemo()
			s, _ := Build(context.Background(), cfg, content.Set{Docs: []*content.Document{parse("content/talks/a.md", patchFront+patchBody), other}}, md, Options{Memo: memo})

			page := func(s *Site) *Page {
				for _, p := range s.Pages {
					if p.Doc.File == "content/talks/a.md" {
						return p
					}
				}
				t.Fatal("no page of a.md")
				return nil
			}
			orig := view(page(s))

			edited := parse("content/talks/a.md", tc.text)
			p, ok := s.Patch(edited, md, memo)
			if ok != tc.ok {
				t.Fatalf("Patch ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				if !reflect.DeepEqual(view(page(s)), orig) {
					t.Error("a refused patch changed the page")
				}
				return
			}
			want, _ := Build(context.Background(), cfg, content.Set{Docs: []*content.Document{edited, other}}, md, Options{})
			if got, want := view(page(s)), view(page(want)); !reflect.DeepEqual(got, want) {
				t.Errorf("patched page:\n got %+v\nwant %+v", got, want)
			}
			if r, ok := memo.bodies[edited]; !ok || r.res.HTML != nil || r.html != page(s).body {
				t.Errorf("the memo does not hold the edited document's rendering as the page's body alone")
			}
			p.Undo()
			if !reflect.DeepEqual(view(page(s)), orig) {
				t.Error("Undo did not put the page back")
			}
		})
	}
}

// TestPatchLeavesCopiesToABuild checks that the body of a page published
// for identical copies is not patched: the edit makes the copies differ,
// so the copy left out must come back, which only a build does. (The
// same holds for any page that shared its URL: an edit can make it a
// copy.)
func TestPatchLeavesCopiesToABuild(t *testing.T) {
	md := markdown.New(markdown.Options{})
	a := doc("talks/a.md", content.KindTalk, "Lightning", func(d *content.Document) { d.URL = "/lightning/" })
	b := doc("talks/b.md", content.KindTalk, "Lightning", func(d *content.Document) { d.URL = "/lightning/" })
	s, _ := Build(context.Background(), config.Default(), content.Set{Docs: []*content.Document{a, b}}, md, Options{})
	if len(s.Pages) != 1 || s.Pages[0].Doc.File != a.File {
		t.Fatalf("want the copies published once, from %s", a.File)
	}
	edited := *a
	edited.Body = []byte("Body of Lightning\n\nMore below the excerpt.\n")
	if _, ok := s.Patch(&edited, md, nil); ok {
		t.Error("patched the body of a page standing for a copy")
	}
}
