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
		page map[string]any
	}{
		{"Minimal Mistakes' YouTube video", l, `{% include video id="dQw4w9WgXcQ" provider="youtube" %}`, yt, "", nil},
		{"Minimal Mistakes' Vimeo video", l, `{% include video id="212731897" provider="vimeo" %}`, `src="https://player.vimeo.com/video/212731897?dnt=1"`, "", nil},
		{"Chirpy's YouTube embed", l, `{% include embed/youtube.html id='dQw4w9WgXcQ' %}`, yt, "", nil},
		{"an id from a variable", l, "{% assign v = \"dQw4w9WgXcQ\" %}{% include video id=v provider=\"youtube\" %}", yt, "", nil},
		{"Minimal Mistakes' figure", l, `{% include figure image_path="/assets/images/a.png" alt="a graph" caption="Retries **over** time." %}`,
			`<figure><img src="/assets/images/a.png" alt="a graph" loading="lazy"><figcaption>Retries <strong>over</strong> time.</figcaption></figure>`, "", nil},
		{"a figure's url is its link", l, `{% include figure image_path="/a.png" alt="A" url="/big.png" %}`, `<figure><a href="/big.png"><img src="/a.png"`, "", nil},
		{"a provider lectern has no player for", l, `{% include video id="x1" provider="google-drive" %}`, "", `include "video": there is no file _includes/video`, nil},
		{"a figure without an image", l, `{% include figure caption="C" %}`, "", `include "figure": there is no file _includes/figure`, nil},
		{"Chirpy's Bilibili embed", l, `{% include embed/bilibili.html id='BV1Q541167Qg' %}`, `src="https://player.bilibili.com/player.html?bvid=BV1Q541167Qg&amp;autoplay=0"`, "", nil},
		{"Chirpy's video file", l, `{%
include embed/video.html
src='/assets/demo.mp4'
title='The demo'
%}`, `<p><video controls preload="metadata" src="/assets/demo.mp4"></video><br><em>The demo</em></p>`, "", nil},
		{"Chirpy's audio file", l, `{% include embed/audio.html src='/assets/talk.mp3' %}`, `<p><audio controls preload="metadata" src="/assets/talk.mp3"></audio></p>`, "", nil},
		{"a video file with an unsafe src", l, `{% include embed/video.html src='javascript:alert(1)' %}`, "", `include "embed/video.html": there is no file`, nil},
		{"Chirpy's Twitch embed is a link", l, `{% include embed/twitch.html id='1234567890' %}`, `<a href="https://www.twitch.tv/videos/1234567890">Video on Twitch</a>`, "", nil},
		{"Chirpy's X embed is a link", l, `{% include embed/twitter.html id="1894221279336480880" %}`, `<a href="https://x.com/i/status/1894221279336480880">Post on X</a>`, "", nil},
		{"the site's own include wins", own, `{% include video id="dQw4w9WgXcQ" provider="youtube" %}`, "mine dQw4w9WgXcQ", "", nil},
		{"Minimal Mistakes' gallery", l, `{% include gallery caption="The **venue**" %}`,
			`<figure class="gallery"><a href="/big/a.jpg"><img src="/small/a.jpg" alt="Hall A" loading="lazy" title="Hall"></a><img src="/small/b.jpg" alt="" loading="lazy"><figcaption>The <strong>venue</strong></figcaption></figure>`, "",
			map[string]any{"gallery": []any{
				map[string]any{"url": "/big/a.jpg", "image_path": "/small/a.jpg", "alt": "Hall A", "title": "Hall"},
				map[string]any{"image_path": "/small/b.jpg"},
				map[string]any{"image_path": "javascript:x"},
			}}},
		{"a gallery named by id", l, `{% include gallery id="photos" %}`, `<figure class="gallery"><img src="/p.jpg" alt="P" loading="lazy"></figure>`, "",
			map[string]any{"photos": []any{map[string]any{"image_path": "/p.jpg", "alt": "P"}}}},
		{"Minimal Mistakes' feature row", l, `{% include feature_row id="intro" type="center" %}`,
			`<div class="feature-row"><div class="feature-item"><img src="/t.png" alt="Talks" loading="lazy"><h3><a href="/talks/">Talks</a></h3><p>All of <em>this year's</em> talks.</p><p><a class="btn" href="/talks/">Show me</a></p></div><div class="feature-item"><h3>Venue</h3></div></div>`, "",
			map[string]any{"intro": []any{
				map[string]any{"image_path": "/t.png", "alt": "Talks", "title": "Talks", "excerpt": "All of *this year's* talks. {: .btn .btn--info}", "url": "/talks/", "btn_label": "Show me"},
				map[string]any{"title": "Venue", "url": "javascript:x", "btn_label": "Go"},
				"not an item",
			}}},
		{"a feature row without items", l, `{% include feature_row %}`, "", `include "feature_row": there is no file _includes/feature_row`, map[string]any{"feature_row": "x"}},
		{"a gallery without images", l, `{% include gallery caption="C" %}`, "", `include "gallery": there is no file _includes/gallery`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.l.Render("a.md", []byte(tc.src), map[string]any{}, tc.page)
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
