package markdown

import (
	"strings"
	"testing"
)

// TestThemeIncludes covers the includes of Jekyll themes taken as a gem
// or remote_theme, which the site does not hold: their players and
// figures are shown; the site's own file of the name wins.
func TestThemeIncludes(t *testing.T) {
	const yt = `<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video"`
	l := NewLiquid(nil, nil, "", "")
	own := NewLiquid(map[string][]byte{"video": []byte("mine {{ include.id }}")}, nil, "", "")
	for _, tc := range []struct {
		name string
		l    *Liquid
		src  string
		want string // a part of the output
		warn string // a part of the warning, "" for none
	}{
		{"Minimal Mistakes' YouTube video", l, `{% include video id="dQw4w9WgXcQ" provider="youtube" %}`, yt, ""},
		{"Minimal Mistakes' Vimeo video", l, `{% include video id="212731897" provider="vimeo" %}`, `src="https://player.vimeo.com/video/212731897?dnt=1"`, ""},
		{"Chirpy's YouTube embed", l, `{% include embed/youtube.html id='dQw4w9WgXcQ' %}`, yt, ""},
		{"an id from a variable", l, "{% assign v = \"dQw4w9WgXcQ\" %}{% include video id=v provider=\"youtube\" %}", yt, ""},
		{"Minimal Mistakes' figure", l, `{% include figure image_path="/assets/images/a.png" alt="a graph" caption="Retries **over** time." %}`,
			`<figure><img src="/assets/images/a.png" alt="a graph" loading="lazy"><figcaption>Retries <strong>over</strong> time.</figcaption></figure>`, ""},
		{"a figure's url is its link", l, `{% include figure image_path="/a.png" alt="A" url="/big.png" %}`, `<figure><a href="/big.png"><img src="/a.png"`, ""},
		{"a provider lectern has no player for", l, `{% include video id="x1" provider="google-drive" %}`, "", `include "video": there is no file _includes/video`},
		{"a figure without an image", l, `{% include figure caption="C" %}`, "", `include "figure": there is no file _includes/figure`},
		{"the site's own include wins", own, `{% include video id="dQw4w9WgXcQ" provider="youtube" %}`, "mine dQw4w9WgXcQ", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.l.Render("a.md", []byte(tc.src), map[string]any{}, map[string]any{})
			if tc.warn == "" && err != nil {
				t.Fatalf("error %v", err)
			}
			if tc.warn != "" && (err == nil || !strings.Contains(err.Error(), tc.warn)) {
				t.Fatalf("error %v, want one saying %q", err, tc.warn)
			}
			if !strings.Contains(string(got), tc.want) {
				t.Errorf("got  %q\nwant it to hold %q", got, tc.want)
			}
		})
	}
}
