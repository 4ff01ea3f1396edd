package content

import (
	"reflect"
	"testing"
)

// TestKeynoterPage: a page of keynoters/, as EuroPython's Astro site
// keeps its keynote speakers ({name, tagline, order, github_url…} over a
// bio), is that person's page: the tagline their role, the accounts
// read, the body their bio.
func TestKeynoterPage(t *testing.T) {
	src := "---\nname: Dee River\ntagline: Maintainer of the river toolkit\norder: 1\ngithub_url: https://github.com/deeriver\nlinkedin_url: https://www.linkedin.com/in/deeriver\n---\n\nDee maintains the river toolkit.\n"
	d := Parse("content/keynoters/dee.md", []byte(src), Options{})
	if d.Kind != KindSpeaker {
		t.Fatalf("kind %v, want speaker", d.Kind)
	}
	want := Person{Name: "Dee River", Slug: "dee-river", Role: "Maintainer of the river toolkit",
		Github: "deeriver", LinkedIn: "https://www.linkedin.com/in/deeriver"}
	if len(d.Speakers) == 0 {
		t.Fatal("no person")
	}
	got := d.Speakers[0]
	got.Bio = ""
	if !reflect.DeepEqual(got, want) {
		t.Errorf("person\n%#v\nwant\n%#v", got, want)
	}
}
