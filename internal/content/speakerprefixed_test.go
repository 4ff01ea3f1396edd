package content

import "testing"

// TestSpeakerPrefixedFields: a talk naming one speaker as text gives
// that speaker the person fields written with a speaker_ prefix
// (speaker_image, speaker_twitter…), as DjangoCon Europe's generated
// Hugo talk pages write them, with no bio needed beside them; the
// fields leave the page's Params. With several speakers, or fields
// naming the speaker, nothing moves.
func TestSpeakerPrefixedFields(t *testing.T) {
	tests := []struct {
		name, fm     string
		want         []Person
		params, gone []string
	}{
		{"one speaker as text", "title: Stable queries\nspeakers: Mira Holt\nspeaker_image: https://www.gravatar.com/avatar/abc123\nspeaker_twitter: \"mirah\"\nemployer_attribution: Hoofbeat\nroom: Main hall",
			[]Person{{Name: "Mira Holt", Slug: "mira-holt", Photo: "https://www.gravatar.com/avatar/abc123", Twitter: "mirah"}},
			[]string{"employer_attribution"}, []string{"speaker_image", "speaker_twitter"}},
		{"camelCase and a bio", "title: T\nspeaker: Kim Ray\nspeakerBio: Kim builds compilers.\nspeakerCompany: Lakeside\nspeakerPhoto: /img/kim.jpg",
			[]Person{{Name: "Kim Ray", Slug: "kim-ray", Bio: "Kim builds compilers.", Company: "Lakeside", Photo: "/img/kim.jpg"}},
			nil, []string{"speakerBio", "speakerCompany", "speakerPhoto"}},
		{"an empty field gives nothing", "title: T\nspeakers: Mira Holt\nspeaker_twitter: \"\"",
			[]Person{{Name: "Mira Holt", Slug: "mira-holt"}}, nil, nil},
		{"a field not a person's stays the page's", "title: T\nspeakers: Mira Holt\nspeaker_deck: https://speakerdeck.com/x/y",
			[]Person{{Name: "Mira Holt", Slug: "mira-holt"}}, []string{"speaker_deck"}, nil},
		{"several speakers, whose it is not said", "title: T\nspeakers: Mira Holt, Odo Brandt\nspeaker_image: https://www.gravatar.com/avatar/abc123",
			[]Person{{Name: "Mira Holt", Slug: "mira-holt"}, {Name: "Odo Brandt", Slug: "odo-brandt"}}, []string{"speaker_image"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML("talks/a.md", tt.fm)
			checkSpeakerFields(t, d, tt.want, tt.params, tt.gone)
		})
	}
}
