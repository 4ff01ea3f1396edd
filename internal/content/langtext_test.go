package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestTextByLanguage pins how a text field written once per language is
// read: in the site's language, else under "default", else in the first
// language written; a mapping of other keys is still not text.
func TestTextByLanguage(t *testing.T) {
	show := func(d *Document) string {
		s := d.Title + "|" + d.Summary
		for _, p := range d.Speakers {
			s += "|" + p.Name + "/" + p.Role + "/" + p.Bio
		}
		return s
	}
	notText := []string{
		`content/talks/a.md:1:1: warning: no title, so the file name "A" is used; add "title: …" to the front matter to choose one`,
		`content/talks/a.md:2:1: warning: "title" should be text, not a mapping; the field is ignored`,
	}
	cases := []struct {
		name  string
		langs []string
		fm    string
		want  string
		diags []string
	}{
		{"the site's language", []string{"es"},
			"title: {en: Bitcoin and blockchain, es: Bitcoin y blockchain}\nabstract: {en: About money., es: Sobre dinero.}",
			"Bitcoin y blockchain|Sobre dinero.", nil},
		{"the first language that the site names", []string{"de", "en"},
			"title: {fr: Bonjour, en: Hello}", "Hello|", nil},
		{"the site's language with a region", []string{"pt-BR"},
			"title: {en: Hello, pt_BR: Olá}", "Olá|", nil},
		{"a region of the site's language", []string{"pt"},
			"title: {en: Hello, pt-BR: Olá}", "Olá|", nil},
		{"default, without the site's language", []string{"de"},
			"title: {en: Hello, default: Hi}", "Hi|", nil},
		{"the first written, without the site's language", []string{"de"},
			"title: {es: Hola, en: Hello}", "Hola|", nil},
		{"the first written, site language unknown", nil,
			"title: {es: Hola, en: Hello}", "Hola|", nil},
		{"a three-letter code the site names", []string{"fil"},
			"title: {en: Hello, fil: Kumusta}", "Kumusta|", nil},
		{"a speaker's role and bio", []string{"en"},
			"title: x\nspeakers:\n  - name: Ann\n    role: {en: Director, es: Directora}\n    bio: {es: Hola., en: Hello.}",
			"x||Ann/Director/Hello.", nil},
		{"one key of the site's language", []string{"en"},
			"title: {en: Hello}", "Hello|", nil},
		{"one key of another language is not text", []string{"en"},
			"title: {es: Hola}\ndescription: y", "A|y", notText},
		{"other keys are not text", []string{"en"},
			"title: {en: Hello, url: https://x.example/}\ndescription: y", "A|y", notText},
		{"a mapping of mappings is not text", []string{"en"},
			"title: {en: {short: Hi}, es: {short: Hola}}\ndescription: y", "A|y", notText},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse("content/talks/a.md", []byte("---\n"+tt.fm+"\n---\n"), Options{TextLanguages: tt.langs})
			if got := show(d); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			if got := d.Diags.Strings(); fmt.Sprint(got) != fmt.Sprint(tt.diags) && !(len(got) == 0 && len(tt.diags) == 0) {
				t.Errorf("diagnostics:\n got %q\nwant %q", got, tt.diags)
			}
		})
	}
}

// TestRecordTextByLanguage: a data record's text fields are read in the
// site's language too, so an event record has its title and a speaker
// record its role and bio.
func TestRecordTextByLanguage(t *testing.T) {
	src := "name: Ann\nrole:\n  en: Director\n  es: Directora\nbio:\n  en: Ann directs.\n  es: Ann dirige.\n"
	v, diags := DecodeData("data/speakers/ann.yaml", []byte(src), nil)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	d := Record(v, RecordOptions{File: "data/speakers/ann.yaml", Path: "speakers/ann.yaml", Kind: KindSpeaker, TextLanguages: []string{"es"}})
	var got []string
	for _, p := range d.Speakers {
		got = append(got, p.Name+"/"+p.Role+"/"+p.Bio)
	}
	if want := "Ann/Directora/Ann dirige."; strings.Join(got, ",") != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(d.Diags) > 0 {
		t.Errorf("unexpected diagnostics %q", d.Diags.Strings())
	}
}
