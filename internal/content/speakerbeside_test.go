package content

import (
	"reflect"
	"testing"
)

// TestSpeakerBesideTalk: a talk naming one speaker as text with a bio
// at its top level, as Eleventy workshop sites write one talk a file,
// gives that speaker the bio and the headshot, affiliation, web site
// and accounts beside it; an image stays the talk's, and without a bio,
// or beside a speaker's own mapping or several speakers, nothing moves.
func TestSpeakerBesideTalk(t *testing.T) {
	kim := Person{Name: "Kim Ray", Slug: "kim-ray", Bio: "Kim builds compilers.", Photo: "/talks/headshots/kim-ray.jpg",
		Company: "Lakeside University", URL: "https://kimray.example.org", Twitter: "kimray"}
	tests := []struct {
		name, fm     string
		want         []Person
		params, gone []string
	}{
		{"one speaker as text", "title: Noise-aware compilation\nspeaker: Kim Ray\naffiliation: Lakeside University\nwebsite: https://kimray.example.org\nbio: Kim builds compilers.\nheadshot: /talks/headshots/kim-ray.jpg\ntwitter: '@kimray'\nimage: /img/cover.png",
			[]Person{kim}, []string{"image"}, []string{"bio", "headshot", "affiliation", "website", "twitter"}},
		{"a list of one", "title: T\nspeakers: [Kim Ray]\nbio: Kim builds compilers.\nphoto: /talks/headshots/kim-ray.jpg",
			[]Person{{Name: "Kim Ray", Slug: "kim-ray", Bio: "Kim builds compilers.", Photo: "/talks/headshots/kim-ray.jpg"}}, nil, []string{"bio", "photo"}},
		{"no bio, nothing moves", "title: T\nspeaker: Kim Ray\naffiliation: Lakeside University",
			[]Person{{Name: "Kim Ray", Slug: "kim-ray"}}, []string{"affiliation"}, nil},
		{"a speaker's own mapping keeps its fields", "title: T\nspeaker: {name: Kim Ray, bio: Her own.}\nbio: The session's.",
			[]Person{{Name: "Kim Ray", Slug: "kim-ray", Bio: "Her own."}}, []string{"bio"}, nil},
		{"two speakers, whose bio is not said", "title: T\nspeaker: Kim Ray and Lee Park\nbio: Someone's.",
			[]Person{{Name: "Kim Ray", Slug: "kim-ray"}, {Name: "Lee Park", Slug: "lee-park"}}, []string{"bio"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("talks/a.md", tt.fm)
			checkSpeakerFields(t, d, tt.want, tt.params, tt.gone)
		})
	}
}

// checkSpeakerFields checks that d's speakers are want, that each of
// params stayed among its Params, and that each of gone, a field read as
// its speaker's, left them.
func checkSpeakerFields(t *testing.T, d *Document, want []Person, params, gone []string) {
	t.Helper()
	if !reflect.DeepEqual(d.Speakers, want) {
		t.Errorf("speakers\n got %#v\nwant %#v", d.Speakers, want)
	}
	for _, k := range params {
		if _, ok := d.Params[k]; !ok {
			t.Errorf("param %q left out: %v", k, d.Params)
		}
	}
	for _, k := range gone {
		if _, ok := d.Params[k]; ok {
			t.Errorf("param %q kept, though it is the speaker's: %v", k, d.Params)
		}
	}
}
