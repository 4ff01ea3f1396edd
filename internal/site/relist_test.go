package site

import (
	"context"
	"maps"
	"reflect"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// TestRelistGivesWhatBuildGives edits the reading items of a page of a
// small programme (the links of a note's prose, a reading list page's
// front matter items, "reading: false") and compares the model with a
// build of the edited files, entries merged across pages and their
// sources included; it checks that Relist refuses, leaving the model as
// it was, an edit that changes no item (Patch's) or more than the items
// and what Patch allows. Undo must put the model back.
func TestRelistGivesWhatBuildGives(t *testing.T) {
	list1, shelf := inPlaceList1, inPlaceShelf
	for _, tc := range []struct {
		name, file, text string
		ok               bool
	}{
		{"a link added", "content/notes/list1.md", list1 + "- [Paxos](https://example.org/paxos) - the classic\n", true},
		{"a link another page lists, added", "content/notes/list1.md", list1 + "- [Own](https://example.org/own) - now public\n", true},
		{"a link removed", "content/notes/list1.md", strings.Replace(list1, "- [Go](https://go.dev/) - the language\n", "", 1), true},
		{"the last link removed", "content/notes/list1.md", strings.Replace(list1, "- [Go](https://go.dev/) - the language\n- [Raft](https://raft.github.io/) by Diego Ongaro. consensus\n", "Nothing left.\n", 1), true},
		{"a link's note edited", "content/notes/list1.md", strings.Replace(list1, "the language", "a language", 1), true},
		{"a link's author edited", "content/notes/list1.md", strings.Replace(list1, "Diego Ongaro", "John Ousterhout", 1), true},
		{"a link's title and the page's title", "content/notes/list1.md", strings.Replace(strings.Replace(list1, "[Go]", "[Golang]", 1), "title: Links", "title: Links, edited", 1), true},
		{"a link not on the web", "content/notes/list1.md", list1 + "- [Old](ftp://example.org/y) - archived\n", true},
		{"the link not on the web fixed", "content/notes/list2.md", strings.Replace(inPlaceList2, "ftp://", "https://", 1), true},
		{"a note's prose left out", "content/notes/list1.md", strings.Replace(list1, "date: 2024-06-10\n", "date: 2024-06-10\nreading: false\n", 1), true},
		{"a book added to a shelf", "content/reading/shelf.md", strings.Replace(shelf, "---\nMy shelf.", "  - title: Designing Data-Intensive Applications\n    author: Martin Kleppmann\n    status: to-read\n---\nMy shelf.", 1), true},
		{"a book's status on a shelf", "content/reading/shelf.md", strings.Replace(shelf, "status: reading", "status: read", 1), true},
		{"a shelf's book given the URL a note lists", "content/reading/shelf.md", strings.Replace(shelf, "author: Donella Meadows\n", "author: Donella Meadows\n    url: https://example.org/paxos\n", 1), true},
		{"a hidden page's link", "content/notes/list3.md", strings.Replace(inPlaceList3, "- [Own](https://example.org/own) - mine\n", "- [Mine](https://example.org/mine) - mine\n", 1), true},
		{"the body, no item", "content/notes/list1.md", strings.Replace(list1, "Worth it:", "All worth it:", 1), false},
		{"the title, no item", "content/notes/list1.md", strings.Replace(list1, "title: Links", "title: Links, edited", 1), false},
		{"a link and the date", "content/notes/list1.md", strings.Replace(list1, "2024-06-10", "2024-06-20", 1) + "- [Paxos](https://example.org/paxos) - the classic\n", false},
		{"a link and a tag", "content/notes/list1.md", strings.Replace(list1, "date: 2024-06-10\n", "date: 2024-06-10\ntags: [Go]\n", 1) + "- [Paxos](https://example.org/paxos) - the classic\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, assets := inPlaceSite()
			cfg := config.Default()
			md := markdown.New(markdown.Options{})
			memo := NewMemo()
			s, last := Build(context.Background(), cfg, content.Set{Docs: parseFiles(files), Assets: assets}, md, Options{Memo: memo})
			if last.HasErrors() {
				t.Fatal(last.Err())
			}
			orig := removedStructure(s)
			edited := maps.Clone(files)
			edited[tc.file] = tc.text
			doc := content.Parse(tc.file, []byte(tc.text), content.Options{})
			p, ok := s.Relist(doc, md, memo, last)
			if refused(t, "Relist", ok, tc.ok, s, removedStructure, orig) {
				return
			}
			want, wantDiags := Build(context.Background(), cfg, content.Set{Docs: parseFiles(edited), Assets: assets}, md, Options{})
			for _, w := range want.Pages {
				if w.Doc.File == tc.file && !reflect.DeepEqual(view(p.Page), view(w)) {
					t.Errorf("relisted page:\n got %+v\nwant %+v", view(p.Page), view(w))
				}
			}
			if !p.Relisted {
				t.Error("Relist did not say it made the reading list again")
			}
			sameAsBuild(t, s, want, removedStructure, p, last, wantDiags, orig)
		})
	}
}
