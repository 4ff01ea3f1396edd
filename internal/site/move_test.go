package site

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/markdown"
)

// structure is what Move changes of a model and a build decides: every
// page's file, URL and output in the order of Pages, the files of the
// sorted lists, the programme and the reading list (readingOf).
type structure struct {
	Pages, Talks, Notes, Other []string
	Programme                  map[string]Placement
	Reading                    []string
}

func structureOf(s *Site) structure {
	var st structure
	for _, p := range s.Pages {
		st.Pages = append(st.Pages, p.Doc.File+" "+p.URL+" "+p.Output)
	}
	for _, p := range s.Talks {
		st.Talks = append(st.Talks, p.Doc.File)
	}
	for _, p := range s.Notes {
		st.Notes = append(st.Notes, p.Doc.File)
	}
	for _, p := range s.Other {
		st.Other = append(st.Other, p.Doc.File)
	}
	st.Programme = s.Programme.Talks
	st.Reading = readingOf(s)
	return st
}

// readingOf is the site's reading list as a build makes it: each entry
// as merged, with its sources' URLs, then each page's items by the key
// of their entry, which is the site's own (by identity) for a shown
// page's item.
func readingOf(s *Site) []string {
	var out []string
	for _, e := range s.Reading {
		var from []string
		for _, p := range e.Sources {
			from = append(from, p.URL)
		}
		out = append(out, fmt.Sprintf("entry %s %+v from %v", e.Key, e.Item, from))
	}
	for _, p := range s.Pages {
		var items []string
		for _, it := range p.OwnItems {
			at := "none"
			if e := it.Entry; e != nil {
				at = e.Key
				if !slices.Contains(s.Reading, e) {
					at += fmt.Sprintf(" (its own: %+v)", e.Item)
				}
				if !slices.Contains(p.Items, e) {
					at += " (not in Items)"
				}
			}
			items = append(items, it.Source()+" "+at)
		}
		if len(items) > 0 || len(p.Items) > 0 {
			out = append(out, fmt.Sprintf("%s: %s; %d items", p.Doc.File, strings.Join(items, ", "), len(p.Items)))
		}
	}
	return out
}

// TestMoveGivesWhatBuildGives moves a talk, a note and a plain page to
// URLs before and after others in URL order and compares the model and
// its diagnostics with a build of the edited files; Undo must put it
// back. Another page's old URLs, and the URLs a page that lost a clash
// skipped, stop only a move to or from them.
func TestMoveGivesWhatBuildGives(t *testing.T) {
	const a = "---\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\nBody of A, linking to {{< param \"slug\" >}}.\n"
	const n = "---\ntitle: A note\ndate: 2024-06-01\n---\nThe note.\n"
	for _, tc := range []struct {
		name, file, text string
		ok               bool
	}{
		{"slug after every talk", "content/talks/a.md", "---\nslug: zz\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\nBody of A, linking to {{< param \"slug\" >}}.\n", true},
		{"slug and title", "content/talks/a.md", "---\ntitle: Talk A, again\nslug: c0\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\nBody of A, linking to {{< param \"slug\" >}}.\n", true},
		{"a note", "content/notes/n.md", "---\ntitle: A note\nslug: a-note\ndate: 2024-06-01\n---\nThe note.\n", true},
		{"slug and date", "content/talks/a.md", "---\nslug: zz\ntitle: Talk A\ndate: 2024-05-01T12:00:00+01:00\ntags: [x]\n---\nBody of A.\n", true},
		{"slug and tag", "content/talks/a.md", "---\nslug: zz\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [y]\n---\nBody of A.\n", true},
		{"a page whose body warns, below a slug written above", "content/venue.md", "---\nslug: a-venue\ntitle: Venue\n---\nWhere â€“ here.\n", true},
		{"a plain page, past another in URL order", "content/about.md", "---\ntitle: About\nslug: zz-about\n---\nWho.\n", true},
		{"the slug of another talk", "content/talks/a.md", "---\nslug: b\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\nBody of A.\n", false},
		{"a slug at another page's old URL", "content/talks/a.md", "---\nslug: taken\ntitle: Talk A\ndate: 2024-05-01T10:00:00+01:00\ntags: [x]\n---\nBody of A.\n", false},
		{"a slug away from another page's old URL", "content/talks/gone.md", "---\nslug: here\ntitle: Talk Gone\ndate: 2024-05-01T13:00:00+01:00\n---\nStill here.\n", false},
		{"a break without a page, another slug", "content/talks/lunch.md", "---\nslug: food\ntitle: Lunch\ndate: 2024-05-01T12:30:00+01:00\nroom: Hall\n---\nDownstairs.\n", true},
		{"a break without a page, another time and room", "content/talks/lunch.md", "---\ntitle: Lunch\ndate: 2024-05-01T13:00:00+01:00\nroom: Lab\n---\nDownstairs.\n", true},
		{"a break without a page, a tag", "content/talks/lunch.md", "---\ntitle: Lunch\ndate: 2024-05-01T12:30:00+01:00\nroom: Hall\ntags: [x]\n---\nDownstairs.\n", false},
		{"away from the URL a page that lost a clash skipped", "content/clash/occupant.md", "---\nslug: elsewhere\ntitle: Occupant\n---\nHere first.\n", false},
		{"on a site with a clash, past its pages in URL order", "content/venue.md", "---\nslug: zz-venue\ntitle: Venue\n---\nWhere â€“ here.\n", true},
		{"a slug written above a speaker's missing photo", "content/talks/d.md", "---\nslug: dd\ntitle: Talk D\ndate: 2024-05-01T12:00:00+01:00\nspeakers:\n- name: Dee Missing\n  photo: missing.png\n---\nBody of D.\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config.Default()
			md := markdown.New(markdown.Options{})
			parse := func(file, text string) *content.Document {
				return content.Parse(file, []byte(text), content.Options{})
			}
			docs := []*content.Document{
				parse("content/notes/n.md", n),
				parse("content/talks/a.md", a),
				parse("content/talks/b.md", "---\ntitle: Talk B\ndate: 2024-05-01T11:00:00+01:00\ntags: [x]\n---\nBody of B.\n"),
				parse("content/talks/c.md", "---\ntitle: Talk C\ndate: 2024-05-01T09:00:00+01:00\n---\nBody of C.\n"),
				parse("content/about.md", "---\ntitle: About\n---\nWho.\n"),
				parse("content/venue.md", "---\ntitle: Venue\n---\nWhere â€“ here.\n"),
				parse("content/talks/d.md", "---\ntitle: Talk D\ndate: 2024-05-01T12:00:00+01:00\nspeakers:\n- name: Dee Missing\n  photo: missing.png\n---\nBody of D.\n"),
				// An old URL at a talk's page is not redirected: it warns.
				parse("content/talks/gone.md", "---\ntitle: Talk Gone\ndate: 2024-05-01T13:00:00+01:00\n---\nStill here.\n"),
				parse("content/history.md", "---\ntitle: History\naliases: [/talks/taken/, /talks/gone/]\n---\nOld.\n"),
				parse("content/talks/lunch.md", "---\ntitle: Lunch\ndate: 2024-05-01T12:30:00+01:00\nroom: Hall\n---\nDownstairs.\n"),
				// P2 keeps the URL both claim; P1's next choice is taken.
				parse("content/clash/p1.md", "---\ntitle: P1\nurl: /same/\n---\nFirst.\n"),
				parse("content/clash/p2.md", "---\ntitle: P2\nurl: /same/\n---\nSecond.\n"),
				parse("content/clash/occupant.md", "---\nslug: p1\ntitle: Occupant\n---\nHere first.\n"),
			}
			memo := NewMemo()
			s, last := Build(context.Background(), cfg, content.Set{Docs: docs}, md, Options{Memo: memo, Static: photoStatic})
			orig := structureOf(s)
			origPages := len(s.Pages)

			edited := parse(tc.file, tc.text)
			p, ok := s.Move(edited, md, memo, last)
			if ok != tc.ok {
				t.Fatalf("Move ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				if !reflect.DeepEqual(structureOf(s), orig) {
					t.Error("a refused move changed the model")
				}
				return
			}
			again := make([]*content.Document, len(docs))
			for i, d := range docs {
				again[i] = d
				if d.File == tc.file {
					again[i] = edited
				}
			}
			want, wantDiags := Build(context.Background(), cfg, content.Set{Docs: again}, md, Options{Static: photoStatic})
			if got, want := structureOf(s), structureOf(want); !reflect.DeepEqual(got, want) {
				t.Errorf("moved:\n got %+v\nwant %+v", got, want)
			}
			if got := swappedDiags(last, p); !sameDiags(got, wantDiags) {
				t.Errorf("diagnostics in place:\n got %v\nwant %v", got, wantDiags)
			}
			for _, w := range want.Pages {
				if w.Doc.File == tc.file && !reflect.DeepEqual(view(p.Page), view(w)) {
					t.Errorf("moved page:\n got %+v\nwant %+v", view(p.Page), view(w))
				}
			}
			p.Undo()
			if got := structureOf(s); !reflect.DeepEqual(got, orig) || len(s.Pages) != origPages {
				t.Errorf("Undo did not put the model back:\n got %+v\nwant %+v", got, orig)
			}
		})
	}
}
