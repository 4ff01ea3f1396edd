package content

import (
	"fmt"
	"reflect"
	"testing"
)

// TestSpeakerPageOwnPerson: a speaker page that names nobody at its top
// level and keeps its person under "speaker:" (or presenter, person,
// author), as Eleventy conference sites write it for their layout, is
// that person; a "page:" mapping beside it is the site's data, and the
// body's heading is the page's text, neither title nor person.
func TestSpeakerPageOwnPerson(t *testing.T) {
	linda := Person{Name: "Linda Nichols", Slug: "linda-nichols", Role: "Technical Specialist - Microsoft",
		Bio: "Linda Nichols is a Technical Specialist…", Photo: "/img/202007/linda.jpeg"}
	eleventy := `layout: speaker202007.njk
page:
    title: ServerlessDays Virtual - Linda Nichols
%s:
    name: Linda Nichols
    title: 'Technical Specialist - Microsoft'
    bio: 'Linda Nichols is a Technical Specialist…'
    img: /img/202007/linda.jpeg`
	tests := []struct {
		name, file, fm string
		title          string
		want           []Person
		params         []string
	}{
		{"speaker", "speakers/202007/linda.md", fmt.Sprintf(eleventy, "speaker"), "Linda Nichols", []Person{linda}, []string{"layout", "page"}},
		{"person", "speakers/linda.md", fmt.Sprintf(eleventy, "person"), "Linda Nichols", []Person{linda}, []string{"layout", "page"}},
		{"author", "speakers/linda.md", fmt.Sprintf(eleventy, "author"), "Linda Nichols", []Person{linda}, []string{"layout", "page"}},
		{"a presenter in parts, beside the page's own links", "speakers/ada.md",
			"presenter: {first_name: Ada, last_name: Lovelace, twitter: '@ada'}\ngithub: ada-l",
			"Ada Lovelace", []Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Twitter: "ada", Github: "ada-l", Bio: "## A talk\n\nIts text."}}, nil},
		{"a title at the top names the person", "speakers/ada.md",
			"title: Ada Lovelace\nauthor: {name: Site team}",
			"Ada Lovelace", []Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Bio: "## A talk\n\nIts text."}}, nil},
		{"a name at the top names the person", "speakers/ada.md",
			"name: Ada Lovelace\nspeaker: {name: Grace Hopper}",
			"Ada Lovelace", []Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Bio: "## A talk\n\nIts text."}, {Name: "Grace Hopper", Slug: "grace-hopper"}}, nil},
		{"a talk's speaker stays its speaker", "talks/a.md",
			"title: A talk\nspeaker: {name: Ada Lovelace, title: Engineer}",
			"A talk", []Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Role: "Engineer"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/"+tt.file, []byte("---\n"+tt.fm+"\n---\n\n## A talk\n\nIts text.\n"), Options{})
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			if !reflect.DeepEqual(d.Speakers, tt.want) {
				t.Errorf("people\n got %#v\nwant %#v", d.Speakers, tt.want)
			}
			for _, k := range tt.params {
				if _, ok := d.Params[k]; !ok {
					t.Errorf("param %q left out: %v", k, d.Params)
				}
			}
			if len(tt.params) > 0 && len(d.Params) != len(tt.params) {
				t.Errorf("params %v, want only %q", d.Params, tt.params)
			}
			wantDiags(t, d)
		})
	}
}

// TestSpeakerPageOwnPersonPosition: the title's position is the line
// naming the person in the nested mapping.
func TestSpeakerPageOwnPersonPosition(t *testing.T) {
	d := Parse("content/speakers/ada.md", []byte("---\nlayout: speaker.njk\nspeaker:\n  bio: Wrote programs.\n  name: Ada Lovelace\n---\n"), Options{})
	if got := d.Pos("title"); got.Line != 5 {
		t.Errorf("title at %v, want line 5", got)
	}
}

// TestSpeakerPageDefaultPerson: a person every page of a scope is given
// by front matter defaults is nobody's own: the page is not that person.
func TestSpeakerPageDefaultPerson(t *testing.T) {
	defaults, diags := ReadDefaults("_config.yml", []byte("defaults:\n  - scope: {path: \"\"}\n    values: {author: {name: Site team}}\n"))
	if len(diags) != 0 {
		t.Fatalf("defaults: %q", diags.Strings())
	}
	d := Parse("_speakers/ada.md", []byte("---\nlayout: speaker\n---\n# Ada Lovelace\n"), Options{Dir: ".", Defaults: defaults})
	if d.Title != "Ada Lovelace" || len(d.Speakers) == 0 || d.Speakers[0].Name != "Ada Lovelace" {
		t.Errorf("title %q, people %#v", d.Title, d.Speakers)
	}
}
