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
		{"presenter, singular, naming three", "presenter: Ada Lovelace, Grace Hopper, & Alan Turing",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace"}, {Name: "Grace Hopper", Slug: "grace-hopper"}, {Name: "Alan Turing", Slug: "alan-turing"}}},
		{"the path of a person's page", "speakers: [_participants/andrea-leopardi.md, people/ada/index.md]",
			[]Person{{Name: "Andrea Leopardi", Slug: "andrea-leopardi"}, {Name: "Ada", Slug: "ada"}}},
		{"a name with a dot is no path", "speaker: Ada B. Lovelace",
			[]Person{{Name: "Ada B. Lovelace", Slug: "ada-b-lovelace"}}},
		{"family name first is one person", "speaker: Lovelace, Ada",
			[]Person{{Name: "Lovelace, Ada", Slug: "lovelace-ada"}}},
		{"two names of a script without spaces", "speaker: 김수진, 이수정",
			[]Person{{Name: "김수진", Slug: "김수진"}, {Name: "이수정", Slug: "이수정"}}},
		{"two such names and their company", `speaker: "고병수, 이수정 | AWS"`,
			[]Person{{Name: "고병수", Slug: "고병수", Company: "AWS"}, {Name: "이수정", Slug: "이수정", Company: "AWS"}}},
		{"a suffix is no person", "speaker: Martin Luther King, Jr.",
			[]Person{{Name: "Martin Luther King, Jr.", Slug: "martin-luther-king-jr"}}},
		{"a comma in parentheses splits nothing", "speaker: Ada Lovelace (Analytical Engines, Ltd)",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Role: "Analytical Engines, Ltd"}}},
		{"a company after a bar", `speaker: "Kim Sujin | AUSG"`,
			[]Person{{Name: "Kim Sujin", Slug: "kim-sujin", Company: "AUSG"}}},
		{"a company after a bar is everyone's", `speaker: "Ada Lovelace, Grace Hopper | Navy"`,
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Company: "Navy"}, {Name: "Grace Hopper", Slug: "grace-hopper", Company: "Navy"}}},
		{"a company per item of a list", `speakers: ["Ada Lovelace (she/her) | Engines", "Grace Hopper | Navy"]`,
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Company: "Engines", Pronouns: "she/her"}, {Name: "Grace Hopper", Slug: "grace-hopper", Company: "Navy"}}},
		{"two bars say not which is the company", `speaker: "Ada | Grace | Alan"`,
			[]Person{{Name: "Ada | Grace | Alan", Slug: "ada-grace-alan"}}},
		{"a map with pronouns", "speakers: [{name: Ada Lovelace (she/her)}]",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Pronouns: "she/her"}}},
		{"a display name beside a handle", "speakers: [{name: alovelace, display_name: Ada Lovelace}]",
			[]Person{{Name: "Ada Lovelace", Slug: "alovelace"}}},
		{"displayName and a slug", "speakers: [{name: ada, displayName: Ada Lovelace, slug: ada-l}]",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-l"}}},
		{"a name written as a markdown link", `speaker: "[Ada Lovelace](https://ada.example.org)"`,
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", URL: "https://ada.example.org"}}},
		{"names written as HTML links", `speakers: '<a href="https://github.com/ada">Ada Lovelace</a> and <a href="/grace/">Grace Hopper</a>'`,
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", URL: "https://github.com/ada"}, {Name: "Grace Hopper", Slug: "grace-hopper"}}},
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
		{"first and surname", "author: {first_name: Ada, surname: Lovelace}", "Ada Lovelace"},
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

// TestNameBesideSurname pins a person's name written as "name" with
// the family name apart (surname, last_name, family_name), as
// conference data files write speakers: the name is both, so that two
// people of one given name stay two people. A name holding the family
// name already is not given it twice, and "last" or "family" beside a
// name, which are family names only among a name's other parts, add
// nothing.
func TestNameBesideSurname(t *testing.T) {
	tests := []struct {
		name, path, fm, want string
	}{
		{"speaker page name and surname", "speakers/m.md", "name: Martin\nsurname: Splitt", "Martin Splitt"},
		{"speaker page camelCase lastName", "speakers/m.md", "name: Martin\nlastName: Horvat", "Martin Horvat"},
		{"speaker page family_name", "speakers/m.md", "name: Grace\nfamily_name: Hopper", "Grace Hopper"},
		{"name holding the surname", "speakers/m.md", "name: Martin Splitt\nsurname: Splitt", "Martin Splitt"},
		{"a display name stands whole", "speakers/m.md", "name: msplitt\ndisplay_name: Martin S.\nsurname: Splitt", "Martin S."},
		{"last beside a name adds nothing", "speakers/m.md", "name: Ada\nlast: true", "Ada"},
		{"talk speaker mapping", "talks/a.md", "title: x\nspeakers: [{name: Martin, surname: Splitt}]", "Martin Splitt"},
		{"note author mapping", "notes/a.md", "title: x\nauthor: {name: Martin, last_name: Splitt}", "Martin Splitt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			people := d.Speakers
			if d.Kind == KindNote {
				people = d.Authors
			}
			if got := names(people); !reflect.DeepEqual(got, []string{tt.want}) {
				t.Errorf("people %q, want %q", got, tt.want)
			}
			if d.Kind == KindSpeaker && d.Title != tt.want {
				t.Errorf("title %q, want %q", d.Title, tt.want)
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

// TestNameHandleBesideParts pins jekyll-theme-conference's speakers,
// who go by their "name" (the key their talks' speakers lists use)
// while its pages show first_name and last_name: a one-word name that
// is neither of them is a handle, the person named by the parts and
// slugged by the handle, so that a talk naming the handle finds them.
// A name of several words, or one that is the given or family name,
// still names the person.
func TestNameHandleBesideParts(t *testing.T) {
	tests := []struct {
		name, path, fm, want, slug string
	}{
		{"speaker page", "_speakers/g.md", "name: GustavMarkkula\nfirst_name: Gustav\nlast_name:  Markkula", "Gustav Markkula", "gustavmarkkula"},
		{"lower-case id", "_speakers/g.md", "name: gmarkkula\nfirst_name: Gustav\nlast_name: Markkula", "Gustav Markkula", "gmarkkula"},
		{"two given names", "_speakers/g.md", "name: GianMarcoOsso\nfirst_name: Gian Marco\nlast_name: Osso", "Gian Marco Osso", "gianmarcoosso"},
		{"the whole name", "_speakers/g.md", "name: Gian Marco Osso\nfirst_name: Gian Marco\nlast_name: Osso", "Gian Marco Osso", "gian-marco-osso"},
		{"the given name", "_speakers/g.md", "name: Martin\nfirst_name: Martin\nlast_name: Splitt", "Martin Splitt", "martin-splitt"},
		{"no given name", "_speakers/g.md", "name: Plato\nlast_name: Athens", "Plato Athens", "plato-athens"},
		{"talk speaker mapping", "talks/a.md", "title: x\nspeakers: [{name: mokafor, first_name: Mira, last_name: Okafor}]", "Mira Okafor", "mokafor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			if len(d.Speakers) != 1 {
				t.Fatalf("people %q, want one", names(d.Speakers))
			}
			if p := d.Speakers[0]; p.Name != tt.want || p.Slug != tt.slug {
				t.Errorf("person %q (%s), want %q (%s)", p.Name, p.Slug, tt.want, tt.slug)
			}
			if d.Kind == KindSpeaker && d.Title != tt.want {
				t.Errorf("title %q, want %q", d.Title, tt.want)
			}
			wantDiags(t, d)
		})
	}
}
