package content

import "testing"

// TestTalkNameIsSpeaker: on a talk with a title, "name" is its speaker,
// and the person fields beside it (bio, image, company, twitter) are
// that speaker's, not Params; without a title, "name" is the title.
func TestTalkNameIsSpeaker(t *testing.T) {
	tests := []struct {
		name, fm string
		title    string
		want     []Person
		params   []string
		gone     []string
	}{
		{"name beside title", "title: Supply chains\nname: Ada Lovelace\nbio: Ada writes engines.\nimage: /img/ada.jpg\ncompany: Analytical\ntwitter: '@ada'\nabstract: About chains.\nlevel: intro",
			"Supply chains",
			[]Person{{Name: "Ada Lovelace", Slug: "ada-lovelace", Bio: "Ada writes engines.", Photo: "/img/ada.jpg", Company: "Analytical", Twitter: "ada"}},
			nil, []string{"name", "bio", "image", "company", "twitter"}},
		{"name alone is the title", "name: Supply chains\nduration: 45", "Supply chains", nil, nil, nil},
		{"a placeholder names nobody", "title: TBA\nname: TBA\nbio:", "TBA", nil, nil, []string{"name"}},
		{"a speaker field wins", "title: Supply chains\nname: handle\nspeaker: Grace Hopper", "Supply chains",
			[]Person{{Name: "Grace Hopper", Slug: "grace-hopper"}}, []string{"name"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("talks/a.md", tt.fm)
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			checkSpeakerFields(t, d, tt.want, tt.params, tt.gone)
		})
	}
}
