package markdown

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// testTags answers as a small site would: one post, one page, base path
// /blog, origin https://example.org.
var testTags = Tags{
	URL: func(r Ref) (string, bool) {
		switch {
		case r.Kind == RefPost && r.Target == "2011-06-28-launch":
			return "/blog/2011/06/28/launch.html", true
		case r.Kind == RefLink && r.Target == "_pages/about.md":
			return "/blog/about/", true
		case r.Kind == RefRelative && r.Target == "posts/launch.md":
			return "/blog/posts/launch/", true
		case r.Kind == RefAbsolute && r.Target == "posts/launch.md":
			return "https://example.org/blog/posts/launch/", true
		}
		return "", false
	},
	Value: func(name string) (Value, bool) {
		switch name {
		case "site.title":
			return Value{Text: "Café & Talks"}, true
		case "site.baseurl":
			return Value{Text: "/blog"}, true
		case "site.url":
			return Value{Text: "https://example.org"}, true
		case "site.ticket_link":
			return Value{Text: "https://tickets.example.org/"}, true
		case "page.date":
			d := time.Date(2024, 3, 7, 9, 5, 0, 0, time.UTC)
			return Value{Text: "2024-03-07 09:05:00 +0000", Time: d}, true
		case "page.title":
			return Value{Text: "Launch"}, true
		}
		return Value{}, false
	},
}

const unrunMsg = `: warning: template tag %q is shown as written: lectern does not run Liquid or Hugo tags; replace it with markdown or HTML`

func TestTemplateTagsResolved(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		want  string // the HTML, or a part of it
		diags []string
	}{
		{"post_url in a link", "[Launch]({% post_url 2011-06-28-launch %})\n",
			`<p><a href="/blog/2011/06/28/launch.html">Launch</a></p>`, nil},
		{"post_url with extra spaces", "[x]({%  post_url   2011-06-28-launch  %})\n",
			`<a href="/blog/2011/06/28/launch.html">x</a>`, nil},
		{"post_url missing", "See [x]({% post_url 2011-06-28-gone %}).\n",
			`[x]({% post_url 2011-06-28-gone %})`,
			[]string{`x.md:3:9: warning: template tag "{% post_url 2011-06-28-gone %}" names no page: there is no post file named "2011-06-28-gone".* under _posts, nor a note of that file name; the tag is shown as written`}},
		{"link", `<a href="{% link _pages/about.md %}#team">Team</a>` + "\n",
			`<a href="/blog/about/#team">Team</a>`, nil},
		{"link missing", "[a]({% link _pages/none.md %})\n", `{% link _pages/none.md %}`,
			[]string{`x.md:3:5: warning: template tag "{% link _pages/none.md %}" names no page: there is no file "_pages/none.md" in the site; the tag is shown as written`}},
		{"relref with fragment", `[L]({{< relref "posts/launch.md#why" >}})` + "\n",
			`<a href="/blog/posts/launch/#why">L</a>`, nil},
		{"ref, percent form", `[L]({{% ref "posts/launch.md" %}})` + "\n",
			`<a href="https://example.org/blog/posts/launch/">L</a>`, nil},
		{"relref missing", `[L]({{< relref "nope" >}})` + "\n", `{{&lt; relref &quot;nope&quot; &gt;}}`,
			[]string{`x.md:3:5: warning: template tag "{{< relref \"nope\" >}}" names no page: there is no content file "nope"; the tag is shown as written`}},
		{"site value", "Welcome to {{ site.title }}!\n", `<p>Welcome to Café &amp; Talks!</p>`, nil},
		{"site value without spaces", "[Buy]({{site.ticket_link}})\n", `<a href="https://tickets.example.org/">Buy</a>`, nil},
		{"escape filter", "{{ site.title | escape }}\n", `<p>Café &amp; Talks</p>`, nil},
		{"relative_url of a string", `![x]({{ "/img/a.png" | relative_url }})` + "\n", `<img src="/blog/img/a.png" alt="x"`, nil},
		{"Eleventy's url and Nunjucks's safe", `[x]({{ "/talks/" | url }}) {{ site.title | safe }}` + "\n", `<a href="/blog/talks/">x</a> Café &amp; Talks</p>`, nil},
		{"absolute_url", `{{ '/feed.xml' | absolute_url }}` + "\n", `>https://example.org/blog/feed.xml</a></p>`, nil},
		{"baseurl then path", "[Home]({{ site.baseurl }}/)\n", `<a href="/blog/">Home</a>`, nil},
		{"date filter", `{{ page.date | date: "%b %d, %Y" }} at {{ page.date | date: "%-I:%M %p" }}` + "\n",
			`<p>Mar 07, 2024 at 9:05 AM</p>`, nil},
		{"date_to_long_string", "{{ page.date | date_to_long_string }}\n", `<p>07 March 2024</p>`, nil},
		{"unknown variable stays", "{{ site.data.speakers }}\n", `{{ site.data.speakers }}`,
			[]string{"x.md:3:1" + strings.ReplaceAll(unrunMsg, "%q", `"{{ site.data.speakers }}"`)}},
		{"unknown filter stays", "{{ page.title | truncate: 3 }}\n", `{{ page.title | truncate: 3 }}`,
			[]string{"x.md:3:1" + strings.ReplaceAll(unrunMsg, "%q", `"{{ page.title | truncate: 3 }}"`)}},
		{"Franklin's fill: the page's, else the site's", "{{fill title}} at {{ fill baseurl }}\n", `<p>Launch at /blog</p>`, nil},
		{"Franklin's fill of nothing stays", "{{fill speakers}}\n", `{{fill speakers}}`,
			[]string{"x.md:3:1" + strings.ReplaceAll(unrunMsg, "%q", `"{{fill speakers}}"`)}},
		{"heading id from the value", "# About {{ page.title }}\n", `<h1 id="about-launch">`, nil},
		{"warning after a resolved tag keeps its column", "{{ site.title }} {% include x.html %}\n", `{% include x.html %}`,
			[]string{"x.md:3:18" + strings.ReplaceAll(unrunMsg, "%q", `"{% include x.html %}"`)}},
		{"link in a raw HTML block", "~~~{=html}\n<a href=\"{% link _pages/about.md %}\">About</a>\n~~~\n",
			`<a href="/blog/about/">About</a>`, nil},
		{"highlight in a raw HTML block stays", "~~~{=html}\n{% highlight go %}\nx\n{% endhighlight %}\n~~~\n", "{% highlight go %}\nx",
			[]string{"x.md:4:1" + strings.ReplaceAll(unrunMsg, "%q", `"{% highlight go %}"`) + " (and 1 more tag in this file)"}},
		{"tags in code are left alone", "`{{ site.title }}`\n\n```\n{% post_url 2011-06-28-gone %}\n```\n",
			`<code>{{ site.title }}</code>`, nil},
	}
	r := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.ConvertPage("x.md", []byte(tt.src), 3, testTags)
			if !strings.Contains(string(res.HTML), tt.want) {
				t.Errorf("HTML %s\nlacks %s", res.HTML, tt.want)
			}
			if got := res.Diags.Strings(); !slices.Equal(got, tt.diags) {
				t.Errorf("diags %q\nwant  %q", got, tt.diags)
			}
		})
	}
}

// TestTemplateTagsSelfContained checks the tags that need no site: they
// are resolved by Convert too, under each raw HTML policy.
func TestTemplateTagsSelfContained(t *testing.T) {
	yt := `<div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" loading="lazy" allow="autoplay; encrypted-media; fullscreen; picture-in-picture" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div>`
	tests := []struct {
		name, policy, src, want string
	}{
		{"youtube shortcode", RawHTMLKeep, "{{< youtube dQw4w9WgXcQ >}}\n", yt},
		{"youtube id=", RawHTMLKeep, `{{< youtube id="dQw4w9WgXcQ" title="Keynote" >}}` + "\n", `title="Keynote"`},
		{"youtube liquid with URL", RawHTMLKeep, "{% youtube https://youtu.be/dQw4w9WgXcQ %}\n", yt},
		{"a figure's text with brackets, raw HTML omitted", RawHTMLOmit, "{{< figure src=\"a.png\" alt=\"Step [1]\" >}}\n", `<img src="a.png" alt="Step [1]" loading="lazy">`},
		{"Eleventy Image's shortcode", RawHTMLKeep, "{% image \"./possum.png\", \"A possum [kid]\" %}\n", `<img src="./possum.png" alt="A possum [kid]" loading="lazy">`},
		{"Eleventy Image's shortcode, a path with a blank", RawHTMLOmit, "See {% image 'my pics/a.png' %} here.\n", `<img src="my%20pics/a.png" alt="" loading="lazy">`},
		{"youtube then prose stays prose", RawHTMLKeep, "{{< youtube dQw4w9WgXcQ >}}\nThe *talk*.\n", "<p>The <em>talk</em>.</p>"},
		{"youtube omitted HTML is a link", RawHTMLOmit, "{{< youtube dQw4w9WgXcQ >}}\n", `<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">YouTube video</a>`},
		{"youtube sanitized keeps the player", RawHTMLSanitize, "{{< youtube dQw4w9WgXcQ >}}\n", `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" loading="lazy"`},
		{"youtube id with a start", RawHTMLKeep, "{{< youtube \"dQw4w9WgXcQ?start=814\" >}}\n", `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=814" title="YouTube video"`},
		{"youtube start=", RawHTMLKeep, `{{< youtube id="dQw4w9WgXcQ" start="90" >}}` + "\n", `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90"`},
		{"youtube URL with t", RawHTMLOmit, "{{< youtube \"https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=814s\" >}}\n", `<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=814s">YouTube video</a>`},
		{"youtube id with &t", RawHTMLKeep, "{{< youtube \"dQw4w9WgXcQ&t=5\" >}}\n", `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=5"`},
		{"youtube start sanitized keeps it", RawHTMLSanitize, "{{< youtube \"dQw4w9WgXcQ?start=814\" >}}\n", `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=814"`},
		{"Blowfish youtubeLite", RawHTMLKeep, `{{< youtubeLite id="dQw4w9WgXcQ" label="Keynote recording" >}}` + "\n", `<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Keynote recording" loading="lazy"`},
		{"Blowfish youtubeLite without a label", RawHTMLKeep, "{{< youtubeLite id=dQw4w9WgXcQ >}}\n", yt},
		{"bilibili BV id", RawHTMLKeep, "{{< bilibili BV1xx411c7mD >}}\n", `<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&amp;autoplay=0" title="Bilibili video" loading="lazy"`},
		{"bilibili id= and part", RawHTMLKeep, `{{< bilibili id="BV1Zo4y1d7Jc" p=14 >}}` + "\n", `<iframe src="https://player.bilibili.com/player.html?bvid=BV1Zo4y1d7Jc&amp;page=14&amp;autoplay=0"`},
		{"bilibili av number and part", RawHTMLKeep, "{{< bilibili 47027633 3 >}}\n", `<iframe src="https://player.bilibili.com/player.html?aid=47027633&amp;page=3&amp;autoplay=0"`},
		{"bilibili av=", RawHTMLKeep, "{{< bilibili av=47027633 >}}\n", `player.html?aid=47027633&amp;autoplay=0"`},
		{"bilibili av prefix", RawHTMLKeep, "{{< bilibili av498363026 >}}\n", `player.html?aid=498363026&amp;autoplay=0"`},
		{"bilibili sanitized keeps the player", RawHTMLSanitize, "{{< bilibili BV1xx411c7mD >}}\n", `<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&amp;autoplay=0"`},
		{"bilibili omitted HTML is a link", RawHTMLOmit, "{{< bilibili BV1xx411c7mD 2 >}}\n", `<a href="https://www.bilibili.com/video/BV1xx411c7mD?p=2">Bilibili video</a>`},
		{"bilibili with a bad id stays", RawHTMLKeep, "{{< bilibili x\" >}}\n", "{{&lt; bilibili"},
		{"vimeo", RawHTMLKeep, "{{< vimeo 146022717 >}}\n", `<iframe src="https://player.vimeo.com/video/146022717?dnt=1" title="Vimeo video" loading="lazy"`},
		{"speakerdeck", RawHTMLKeep, "{{< speakerdeck 0a1b2c3d4e5f60718293a4b5c6d7e8f9 >}}\n", `<iframe src="https://speakerdeck.com/player/0a1b2c3d4e5f60718293a4b5c6d7e8f9" title="Slides on Speaker Deck" loading="lazy" allowfullscreen>`},
		{"speakerdeck liquid sanitized keeps the player", RawHTMLSanitize, "{% speakerdeck 0a1b2c3d4e5f %}\n", `<iframe src="https://speakerdeck.com/player/0a1b2c3d4e5f"`},
		{"slideshare", RawHTMLKeep, `{{< slideshare key="kF9sbMqIt2Ri" title="Deck" >}}` + "\n", `<iframe src="https://www.slideshare.net/slideshow/embed_code/key/kF9sbMqIt2Ri" title="Deck"`},
		{"slideshare by number", RawHTMLSanitize, `{{< slideshare id="66065281" >}}` + "\n", `<iframe src="https://www.slideshare.net/slideshow/embed_code/66065281" title="Slides on SlideShare"`},
		{"slides omitted HTML is a link", RawHTMLOmit, "{{< speakerdeck 0a1b2c3d4e5f >}}\n", `<a href="https://speakerdeck.com/player/0a1b2c3d4e5f">Slides on Speaker Deck</a>`},
		{"hugo gist", RawHTMLKeep, "{{< gist spf13 7896402 img.html >}}\n", `<p class="embed-link"><a href="https://gist.github.com/spf13/7896402#file-img-html">Gist spf13/7896402 (img.html)</a></p>`},
		{"jekyll gist", RawHTMLKeep, "{% gist parkr/931c1c8d465a04042403 %}\n", `<a href="https://gist.github.com/parkr/931c1c8d465a04042403">Gist parkr/931c1c8d465a04042403</a>`},
		{"jekyll gist by id", RawHTMLKeep, "{% gist 931c1c8d465a04042403 %}\n", `<a href="https://gist.github.com/931c1c8d465a04042403">Gist 931c1c8d465a04042403</a>`},
		{"hugo tweet", RawHTMLKeep, `{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}` + "\n", `<a href="https://x.com/SanDiegoZoo/status/1453110110599868418">Post by @SanDiegoZoo on X</a>`},
		{"old hugo tweet", RawHTMLKeep, "{{< tweet 1453110110599868418 >}}\n", `<a href="https://x.com/i/status/1453110110599868418">Post on X</a>`},
		{"jekyll twitter", RawHTMLKeep, "{% twitter oembed https://twitter.com/jekyllrb/status/673678964038402048 %}\n", `<a href="https://x.com/jekyllrb/status/673678964038402048">Post by @jekyllrb on X</a>`},
		{"instagram", RawHTMLKeep, "{{< instagram CxOWiQNP2MO >}}\n", `<a href="https://www.instagram.com/p/CxOWiQNP2MO/">Photo on Instagram</a>`},
		{"post link omitted HTML is a link", RawHTMLOmit, "{{< tweet 1453110110599868418 >}}\n", `<a href="https://x.com/i/status/1453110110599868418">Post on X</a>`},
		{"tweet with a bad id stays", RawHTMLKeep, "{{< tweet user=\"a\" id=\"12x\" >}}\n", "{{&lt; tweet"},
		{"gist with a bad name stays", RawHTMLKeep, "{{< gist \"a b\" 1 >}}\n", "{{&lt; gist"},
		{"quarto video of YouTube", RawHTMLKeep, "{{< video https://www.youtube.com/embed/dQw4w9WgXcQ >}}\n", yt},
		{"quarto video of Vimeo", RawHTMLKeep, `{{< video https://vimeo.com/146022717 title="Talk" >}}` + "\n", `<iframe src="https://player.vimeo.com/video/146022717?dnt=1" title="Talk"`},
		{"quarto video of a file", RawHTMLKeep, "{{< video /media/talk.mp4 >}}\n", `<video controls preload="metadata" src="/media/talk.mp4" title="Video"></video>`},
		{"quarto video with a script URL stays", RawHTMLKeep, "{{< video javascript:alert(1) >}}\n", "{{&lt; video"},
		{"youtube with a bad id stays", RawHTMLKeep, "{{< youtube x\" >}}\n", `{{&lt; youtube x&quot; &gt;}}`},
		{"figure", RawHTMLKeep, `{{< figure src="/img/a.png" alt="A stage" caption="Day <1>" >}}` + "\n",
			`<figure><img src="/img/a.png" alt="A stage" loading="lazy"><figcaption>Day &lt;1&gt;</figcaption></figure>`},
		{"figure caption in markdown", RawHTMLKeep, `{{< figure src="/img/a.png" caption="It shows **things** and <b>tags</b>" >}}` + "\n",
			`<figcaption>It shows <strong>things</strong> and tags</figcaption>`},
		{"figure with link", RawHTMLKeep, `{{< figure src="a.png" link="https://x.org/" >}}` + "\n",
			`<figure><a href="https://x.org/"><img src="a.png" alt="" loading="lazy"></a></figure>`},
		{"figure with a script URL stays", RawHTMLKeep, `{{< figure src="javascript:alert(1)" >}}` + "\n", `{{&lt; figure src=&quot;javascript:alert(1)&quot; &gt;}}`},
		{"figure omitted HTML is an image", RawHTMLOmit, `{{< figure src="/a.png" alt="A" >}}` + "\n", `<img src="/a.png" alt="A" loading="lazy">`},
		{"liquid highlight", RawHTMLKeep, "{% highlight python linenos %}\nx = {{ y }}\n{% endhighlight %}\n", `<pre class="chroma"><code><span class="line"><span class="cl"><span class="n">x</span>`},
		{"hugo highlight", RawHTMLKeep, "{{< highlight go \"linenos=table\" >}}\nfunc f() {}\n{{< / highlight >}}\n", `<span class="kd">func</span>`},
		{"highlight body with backticks", RawHTMLKeep, "{% highlight md %}\n```\nx\n```\n{% endhighlight %}\n", "```"},
		{"hugo mermaid", RawHTMLKeep, "{{< mermaid >}}\ngraph TD; A-->B;\n{{< /mermaid >}}\n", `<pre><code class="language-mermaid">graph TD; A--&gt;B;`},
		{"jekyll-mermaid", RawHTMLKeep, "{% mermaid %}\ngraph TD; A-->B;\n{% endmermaid %}\n", `<pre><code class="language-mermaid">graph TD; A--&gt;B;`},
		{"inline highlight stays", RawHTMLKeep, "a {% highlight go %}x{% endhighlight %}\n", "{% highlight go %}"},
		{"raw", RawHTMLKeep, "{% raw %}{{ site.title }}{% endraw %} is a tag\n", `<p>{{ site.title }} is a tag</p>`},
		{"comment", RawHTMLKeep, "a{% comment %} hidden {% endcomment %}b\n", `<p>ab</p>`},
		{"block comment with nesting", RawHTMLKeep, "a\n\n{% comment %}\nx {% comment %}y{% endcomment %} z\n{% endcomment %}\n\nb\n", "<p>a</p>\n<p>b</p>"},
		{"commented shortcode", RawHTMLKeep, "{{</* youtube abc */>}}\n", `<p>{{&lt; youtube abc &gt;}}</p>`},
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

// TestLookupsFresh checks that a result is reused only while its tags
// get the answers they got.
func TestLookupsFresh(t *testing.T) {
	res := New(Options{}).ConvertPage("x.md", []byte("[a]({% post_url 2011-06-28-launch %}) {{ site.title }}\n"), 1, testTags)
	if len(res.Lookups) != 2 || !res.Fresh(testTags) {
		t.Fatalf("lookups %+v, fresh %v", res.Lookups, res.Fresh(testTags))
	}
	moved := testTags
	moved.URL = func(Ref) (string, bool) { return "/elsewhere/", true }
	if res.Fresh(moved) {
		t.Errorf("a page that moved left the result fresh")
	}
	if res.Fresh(Tags{}) {
		t.Errorf("no answers left the result fresh")
	}
}

func TestStrftime(t *testing.T) {
	d := time.Date(2019, 9, 3, 14, 7, 9, 0, time.UTC)
	tests := []struct{ f, want string }{
		{"%b %d, %Y", "Sep 03, 2019"},
		{"%B %-d, %Y", "September 3, 2019"},
		{"%B %e, %Y", "September  3, 2019"},
		{"%A %a %m/%y", "Tuesday Tue 09/19"},
		{"%l:%M %P", " 2:07 pm"},
		{"%H:%M:%S %% %j", "14:07:09 % 246"},
	}
	for _, tt := range tests {
		if got, ok := strftime(d, tt.f); !ok || got != tt.want {
			t.Errorf("strftime(%q) = %q, %v; want %q", tt.f, got, ok, tt.want)
		}
	}
	if _, ok := strftime(d, "%Q"); ok {
		t.Errorf("an unknown directive was accepted")
	}
}

// A paired shortcode of the site's own theme is dropped and what it
// wraps kept, with one warning per name; one without a closing tag stays.
func TestSiteShortcodesKeepWhatTheyWrap(t *testing.T) {
	src := "{{% panel info %}}\nThis is **important**.\n{{% /panel %}}\n\n" +
		"Text {{< mark >}}x{{< /mark >}} and {{< mark >}}y{{< /mark >}}.\n\n" +
		"{{< box >}}\n{{< box >}}in{{< /box >}}\n{{< /box >}}\n\n{{< mystery id=1 >}}\n"
	res := New(Options{}).Convert("x.md", []byte(src), 1)
	checkHTML(t, string(res.HTML),
		[]string{"<p>This is <strong>important</strong>.</p>", "<p>Text x and y.</p>", "<p>in</p>", "{{&lt; mystery id=1 &gt;}}"},
		[]string{"panel", "{{&lt; box", "/mark"})
	want := []string{
		`x.md:1:1: warning: shortcode "panel" is the site's own`,
		`x.md:5:6: warning: shortcode "mark" is the site's own`,
		`x.md:7:1: warning: shortcode "box" is the site's own`,
		`x.md:11:1: warning: template tag "{{< mystery id=1 >}}" is shown as written`,
	}
	got := res.Diags.Strings()
	if len(got) != len(want) {
		t.Fatalf("diagnostics %q", got)
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("diagnostic %d: %q, want %q…", i, got[i], want[i])
		}
	}
}

// A theme's note, tip or warning is an admonition, and Hugo's details a
// details element, when they stand on lines of their own; no warning.
func TestThemeBoxes(t *testing.T) {
	src := "{{% notice info \"Before you start\" %}}\nRead **this**.\n{{% /notice %}}\n\n" +
		"{{< alert color=\"warning\" >}}\nCareful.\n{{< /alert >}}\n\n" +
		"{{< details summary=\"More <b>\" open=true >}}\nHidden *text*.\n{{< /details >}}\n\n" +
		"Inline {{< hint >}}x{{< /hint >}} y.\n\n{{< admonition error >}}\nBad.\n{{< /admonition >}}\n"
	res := New(Options{}).Convert("x.md", []byte(src), 1)
	checkHTML(t, string(res.HTML), []string{
		"<div class=\"admonition admonition-info\">\n<p class=\"admonition-title\">Before you start</p>\n<p>Read <strong>this</strong>.</p>\n</div>",
		"<div class=\"admonition admonition-warning\">\n<p class=\"admonition-title\">Warning</p>\n<p>Careful.</p>\n</div>",
		"<details open>\n<summary>More &lt;b&gt;</summary>\n<p>Hidden <em>text</em>.</p>\n</details>",
		"<p>Inline x y.</p>",
		"<div class=\"admonition admonition-danger\">",
	}, []string{"{{"})
	if len(res.Diags) != 0 {
		t.Errorf("diagnostics %q", res.Diags.Strings())
	}
	omit := string(New(Options{RawHTML: RawHTMLOmit}).Convert("x.md", []byte(src), 1).HTML)
	checkHTML(t, omit, []string{"<p>Read <strong>this</strong>.</p>"}, []string{"admonition", "<details"})
}

// TestRelativeFileLinks checks that an image or a link naming a file of
// the site by a relative path points where that file is published, which
// the page's URL may be far from; and that what names no published file,
// a path from the root, a page or an address is left as written.
func TestRelativeFileLinks(t *testing.T) {
	tags := Tags{URL: func(r Ref) (string, bool) {
		switch {
		case r.Kind == RefFile && r.Target == "src/content/pages/images/ai.png":
			return "/blog/pages/images/ai.png", true
		case r.Kind == RefFile && r.Target == "src/assets/hero.jpg":
			return "/blog/assets/hero.jpg", true
		case r.Kind == RefFile && r.Target == "src/content/pages/paper.pdf":
			return "/blog/pages/paper.pdf", true
		case r.Kind == RefFolder && r.Target == "src/content/pages/Async_Django":
			return "/blog/pages/async-django/", true
		}
		return "", false
	}}
	r := New(Options{})
	for _, tt := range []struct{ name, src, want string }{
		{"an image beside the page", "![AI](images/ai.png)\n", `<img src="/blog/pages/images/ai.png" alt="AI"`},
		{"an image with ./", "![AI](./images/ai.png)\n", `<img src="/blog/pages/images/ai.png" alt="AI"`},
		{"an image up two folders", "![Hero](../../assets/hero.jpg)\n", `<img src="/blog/assets/hero.jpg" alt="Hero"`},
		{"a link to a file, with a fragment", "[Paper](paper.pdf#page=2)\n", `<a href="/blog/pages/paper.pdf#page=2">Paper</a>`},
		{"a file not published", "![x](images/gone.png)\n", `<img src="images/gone.png" alt="x"`},
		{"a path from the root", "![x](/images/ai.png)\n", `<img src="/images/ai.png" alt="x"`},
		{"an address", "![x](https://example.org/a.png)\n", `<img src="https://example.org/a.png" alt="x"`},
		{"a folder without an index page", "[Talks](talks/)\n", `<a href="talks/">Talks</a>`},
		{"a folder's index page", "[Async](Async_Django/#notes)\n", `<a href="/blog/pages/async-django/#notes">Async</a>`},
		{"a folder's index page, no slash", "[Async](./Async_Django)\n", `<a href="/blog/pages/async-django/">Async</a>`},
		{"a bare name is no folder", "[Async](Async_Django)\n", `<a href="Async_Django">Async</a>`},
		{"out of the site", "![x](../../../../up.png)\n", `<img src="../../../../up.png" alt="x"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := r.ConvertPage("src/content/pages/ait.mdx.md", []byte(tt.src), 1, tags)
			if !strings.Contains(string(res.HTML), tt.want) {
				t.Errorf("HTML %s\nlacks %s", res.HTML, tt.want)
			}
			var want []string
			if tt.name == "a file not published" {
				want = []string{`src/content/pages/ait.mdx.md:1:3: warning: the image "images/gone.png" is not a file of this site (src/content/pages/images/gone.png is not among its files), so the page shows a broken image; add the file or correct the path`}
			}
			if got := res.Diags.Strings(); !slices.Equal(got, want) {
				t.Errorf("diags %q\nwant  %q", got, want)
			}
		})
	}
}
