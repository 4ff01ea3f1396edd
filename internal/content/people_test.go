package content

import (
	"reflect"
	"testing"
)

func TestPeopleNames(t *testing.T) {
	tests := []struct {
		name, fm string
		want     []Person
	}{
		{"pronouns apart from the name", "speakers: Ryan Cheley (he/him)",
			[]Person{{Name: "Ryan Cheley", Slug: "ryan-cheley", Pronouns: "he/him"}}},
		{"role apart from the name", "speakers: [Ada Lovelace (Keynote speaker)]",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Role: "Keynote speaker"}}},
		{"pronouns and role", "speaker: Sam Lee (they/them) (Chair)",
			[]Person{{Name: "Sam Lee", Slug: "sam-lee", Pronouns: "they/them", Role: "Chair"}}},
		{"two people joined by and", "speaker: Ada Lovelace and Charles Babbage",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace"}, {Name: "Charles Babbage", Slug: "charles-babbage"}}},
		{"two people joined by &", "speakers: [Ada Lovelace & Grace Hopper]",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace"}, {Name: "Grace Hopper", Slug: "grace-hopper"}}},
		{"two people joined by a comma", "speaker: Ada Lovelace, Grace Hopper",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace"}, {Name: "Grace Hopper", Slug: "grace-hopper"}}},
		{"family name first is one person", "speaker: Lovelace, Ada",
			[]Person{{Name: "Lovelace, Ada", Slug: "lovelace-ada"}}},
		{"a suffix is no person", "speaker: Martin Luther King, Jr.",
			[]Person{{Name: "Martin Luther King, Jr.", Slug: "martin-luther-king-jr"}}},
		{"a comma in parentheses splits nothing", "speaker: Ada Lovelace (Analytical Engines, Ltd)",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Role: "Analytical Engines, Ltd"}}},
		{"a map with pronouns", "speakers: [{name: Ada Lovelace (she/her)}]",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Pronouns: "she/her"}}},
		{"a display name beside a handle", "speakers: [{name: alovelace, display_name: Ada Lovelace}]",
			[]Person{{Name: "Ada Lovelace", Slug: "alovelace"}}},
		{"displayName and a slug", "speakers: [{name: ada, displayName: Ada Lovelace, slug: ada-l}]",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-l"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("talks/a.md", "title: x\n"+tt.fm)
			if !reflect.DeepEqual(d.Speakers, tt.want) {
				t.Errorf("got  %#v\nwant %#v", d.Speakers, tt.want)
			}
			wantDiags(t, d)
		})
	}
}

func TestAuthorParts(t *testing.T) {
	tests := []struct {
		name, fm, want string
	}{
		{"first middle last", "author: {first: Ada, middle: King, last: Lovelace}", "Ada King Lovelace"},
		{"given family", "author: {given: Grace, family: Hopper}", "Grace Hopper"},
		{"first last in a list", "authors: [{first_name: Alan, last_name: Turing}]", "Alan Turing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("notes/a.md", "title: x\n"+tt.fm)
			if got := names(d.Authors); !reflect.DeepEqual(got, []string{tt.want}) {
				t.Errorf("authors %q, want %q", got, tt.want)
			}
			wantDiags(t, d)
		})
	}
}

func TestSpeakerPageBodyIsBio(t *testing.T) {
	d := Parse("content/_presenters/ada.md", []byte("---\nname: Ada Lovelace (she/her)\n---\nAda wrote the first program.\n"), Options{})
	if len(d.Speakers) == 0 {
		t.Fatal("no person")
	}
	p := d.Speakers[0]
	if p.Name != "Ada Lovelace" || p.Pronouns != "she/her" || p.Bio != "Ada wrote the first program." {
		t.Errorf("person %#v", p)
	}
	d = Parse("content/speakers/ada.md", []byte("---\nname: ada\ndisplay_name: Ada Lovelace\n---\n"), Options{})
	if got := d.Title; got != "Ada Lovelace" {
		t.Errorf("name %q, want the display name", got)
	}
	d = Parse("content/speakers/ada.md", []byte("---\nname: Ada\nbio: Short.\n---\nLong text.\n"), Options{})
	if got := d.Speakers[0].Bio; got != "Short." {
		t.Errorf("bio %q, want the bio field", got)
	}
}
