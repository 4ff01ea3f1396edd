package markdown

import (
	"slices"
	"strings"
	"testing"
)

// TestMediaLinkShortcodes covers themes' loom, twitch, pdf, embed-pdf,
// pdfjs and audio shortcodes: links where the player is an iframe of a
// host lectern does not trust, an audio element for a sound file.
func TestMediaLinkShortcodes(t *testing.T) {
	tests := []struct {
		name, policy, src, want string
	}{
		{"loom", RawHTMLKeep, "{{< loom d1b775f28a194fa7a6f6c62d037a9870 >}}\n", `<p class="embed-link"><a href="https://www.loom.com/share/d1b775f28a194fa7a6f6c62d037a9870">Video on Loom</a></p>`},
		{"loom id= quoted", RawHTMLSanitize, `{{< loom id="c372310d032645b096cf97927130a9e7" >}}` + "\n", `<a href="https://www.loom.com/share/c372310d032645b096cf97927130a9e7">Video on Loom</a>`},
		{"loom with a bad id stays", RawHTMLKeep, "{{< loom abc >}}\n", "{{&lt; loom abc &gt;}}"},
		{"twitch video", RawHTMLKeep, "{{< twitch 1234567890 >}}\n", `<a href="https://www.twitch.tv/videos/1234567890">Video on Twitch</a>`},
		{"twitch channel", RawHTMLOmit, `{{< twitch channel="pyconus" >}}` + "\n", `<a href="https://www.twitch.tv/pyconus">@pyconus on Twitch</a>`},
		{"pdf by position", RawHTMLKeep, "{{< pdf \"slides/deck.pdf\" >}}\n", `<p><a href="slides/deck.pdf">PDF: deck.pdf</a></p>`},
		{"pdf with a title", RawHTMLKeep, `{{< pdf src="/files/talk.pdf" title="The slides" >}}` + "\n", `<a href="/files/talk.pdf">The slides</a>`},
		{"embed-pdf url=", RawHTMLSanitize, `{{< embed-pdf url="https://example.org/a%2Fb.pdf" >}}` + "\n", `<a href="https://example.org/a%2Fb.pdf">PDF: a%2Fb.pdf</a>`},
		{"pdfjs file=", RawHTMLKeep, `{{< pdfjs file="https://example.org/l1.pdf?raw=true" >}}` + "\n", `<a href="https://example.org/l1.pdf?raw=true">PDF: l1.pdf</a>`},
		{"pdf with a script URL stays", RawHTMLKeep, "{{< pdf \"javascript:alert(1)\" >}}\n", "{{&lt; pdf"},
		{"audio", RawHTMLKeep, `{{< audio src="/audio/episode.mp3" >}}` + "\n", `<audio controls preload="metadata" src="/audio/episode.mp3"></audio>`},
		{"audio path= with a caption", RawHTMLSanitize, `{{< audio path="audio/a.mp3" caption="*beep*" >}}` + "\n", `<figure><audio controls="" preload="metadata" src="audio/a.mp3"></audio><figcaption><em>beep</em></figcaption></figure>`},
		{"self-closing bilibili, the slash no part number", RawHTMLKeep, "{{< bilibili BV1xx411c7mD />}}\n", `<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&amp;autoplay=0"`},
		{"qr of an address", RawHTMLKeep, `{{< qr text="https://gohugo.io" />}}` + "\n", `<p class="embed-link"><a href="https://gohugo.io">https://gohugo.io</a></p>`},
		{"qr of an address, raw HTML omitted", RawHTMLOmit, `{{< qr text="https://gohugo.io" />}}` + "\n", `<a href="https://gohugo.io">https://gohugo.io</a>`},
		{"qr wrapping its text", RawHTMLKeep, "{{< qr >}}\nhttps://gohugo.io\n{{< /qr >}}\n", `<a href="https://gohugo.io">https://gohugo.io</a>`},
		{"audio omitted HTML is a link", RawHTMLOmit, `{{< audio mp3="/a.mp3" >}}` + "\n", `<a href="/a.mp3">Audio</a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := New(Options{RawHTML: tt.policy}).Convert("x.md", []byte(tt.src), 1)
			if !strings.Contains(string(res.HTML), tt.want) {
				t.Errorf("HTML %s\nlacks %s", res.HTML, tt.want)
			}
			if !strings.Contains(tt.name, "stays") && len(res.Diags) > 0 {
				t.Errorf("unexpected warnings %q", res.Diags.Strings())
			}
		})
	}
}

// TestQRNotAnAddress checks that a QR code of text that is not a web
// address is left out with a warning that says what to write instead.
func TestQRNotAnAddress(t *testing.T) {
	res := New(Options{}).Convert("x.md", []byte("Join:\n\n{{< qr text=\"WIFI:S:conf;T:WPA;P:secret;;\" />}}\n"), 1)
	if strings.Contains(string(res.HTML), "qr") || strings.Contains(string(res.HTML), "WIFI") {
		t.Errorf("HTML %s\nstill holds the shortcode", res.HTML)
	}
	want := []string{"x.md:3:1: warning: Hugo's qr shortcode is left out: lectern draws no QR codes, and its text is not a web address to link to; write the text, or an image of the code, in markdown"}
	if got := res.Diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("diags %q\nwant  %q", got, want)
	}
}
