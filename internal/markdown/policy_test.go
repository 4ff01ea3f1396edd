package markdown

import (
	"strings"
	"testing"
)

// hostile is raw HTML and markdown an attacker would try.
const hostile = `<script>alert(1)</script>

<style>body{display:none}</style>

<img src=x onerror="alert(1)">

<a href="javascript:alert(1)" onclick="steal()">click</a>

<a href="vbscript:msgbox(1)">vb</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>

[md js](javascript:alert(1)) [md vb](vbscript:x) [md data](data:text/html,<script>x</script>) [md file](file:///etc/passwd)

![md img](javascript:alert(1))

<iframe src="https://evil.example/x"></iframe>

<form action="/x"><input name="q"></form>

<div style="position:fixed" class="anchor">styled</div>
`

func TestRawHTMLPolicies(t *testing.T) {
	// Each markdown link with a dangerous URL loses its href, whatever
	// the policy: goldmark stays in safe mode.
	mdLinks := []string{`<a href="">md js</a>`, `<a href="">md vb</a>`, `<a href="">md data</a>`, `<a href="">md file</a>`, `<img src="" alt="md img"`}
	tests := []struct {
		name    string
		opts    Options
		src     string
		want    []string
		notWant []string
	}{
		{
			name: "keep passes HTML as written",
			opts: Options{RawHTML: RawHTMLKeep},
			src:  hostile,
			want: append([]string{
				"<script>alert(1)</script>",
				`<img src=x onerror="alert(1)">`,
				`<a href="javascript:alert(1)" onclick="steal()">click</a>`,
				`<iframe src="https://evil.example/x"></iframe>`,
			}, mdLinks...),
			notWant: []string{"raw HTML omitted"},
		},
		{
			name: "empty policy is keep",
			opts: Options{},
			src:  "<video src=\"a.mp4\" controls></video>\n\nText <kbd>Ctrl</kbd>.\n",
			want: []string{"<p><video src=\"a.mp4\" controls></video></p>", "<p>Text <kbd>Ctrl</kbd>.</p>"},
		},
		{
			name: "omit drops HTML without a trace",
			opts: Options{RawHTML: RawHTMLOmit},
			src:  hostile + "\nInline <b>bold</b> <span onclick=x>text</span> stays.\n",
			want: append([]string{"<p>Inline bold text stays.</p>"}, mdLinks...),
			notWant: []string{
				"<script", "alert(1)</", "<style", "onerror", "onclick", "javascript:", "vbscript:",
				"data:", "<iframe", "<form", "<input", "<!--", "omitted", "styled", "<b>",
			},
		},
		{
			name: "sanitize removes what runs code",
			opts: Options{RawHTML: RawHTMLSanitize},
			src:  hostile,
			// Links left without an href lose their tag and keep their text.
			want: []string{
				`<img src="x">`, "<p>click</p>", "<p>vb data</p>",
				"<p>md js md vb md data md file</p>", `<img alt="md img" loading="lazy">`, "styled",
			},
			notWant: []string{
				"<script", "alert(1)</", "<style", "display:none", "onerror", "onclick", "javascript:",
				"vbscript:", "data:text", "file:", "<iframe", "<form", "<input", "position:fixed",
			},
		},
		{
			name: "sanitize keeps player iframes",
			opts: Options{RawHTML: RawHTMLSanitize},
			src: `<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abc" title="Talk" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen onload="x()"></iframe>

<iframe src="https://player.vimeo.com/video/1"></iframe>

<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>

<iframe src="javascript:alert(1)"></iframe>
`,
			want: []string{
				`<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abc" title="Talk" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen=""></iframe>`,
				`<iframe src="https://player.vimeo.com/video/1"></iframe>`,
			},
			notWant: []string{"onload", "evil", "javascript"},
		},
		{
			name: "sanitize keeps authors' harmless HTML",
			opts: Options{RawHTML: RawHTMLSanitize},
			src:  "<figure><img src=\"a.png\" alt=\"A\"><figcaption>Cap</figcaption></figure>\n\n<details><summary>More</summary>Hidden</details>\n",
			want: []string{`<figure><img src="a.png" alt="A"><figcaption>Cap</figcaption></figure>`, "<details><summary>More</summary>Hidden</details>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := New(tt.opts).Convert("content/a.md", []byte(tt.src), 1).HTML
			checkHTML(t, string(html), tt.want, tt.notWant)
		})
	}
}

// TestSanitizeKeepsMarkdown checks that sanitizing changes nothing that
// markdown itself writes, other than how attribute values are escaped.
func TestSanitizeKeepsMarkdown(t *testing.T) {
	src := strings.Join([]string{
		"# Title with *emphasis*",
		"## Привет",
		"Text[^1] with a [link](https://example.com/?a=1&b=2 \"T\") and ![img](a.png).",
		"```go\nfunc main() {\n\tprintln(\"hi\")\n}\n```",
		"```nosuch\nplain\n```",
		"| a | b |\n|:--|--:|\n| 1 | 2 |",
		"- [ ] todo\n- [x] done",
		"~~gone~~ www.example.com",
		"[^1]: The note.",
	}, "\n\n") + "\n"
	kept := New(Options{}).Convert("a.md", []byte(src), 1).HTML
	clean := New(Options{RawHTML: RawHTMLSanitize}).Convert("a.md", []byte(src), 1).HTML
	// Escaping differences that do not change the document.
	normalize := strings.NewReplacer(
		"&#34;", "&quot;", "&#160;", "\u00a0", "&#x21a9;&#xfe0e;", "↩\ufe0e",
		"text-align: ", "text-align:", "&amp;", "&",
		"#%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82", "#привет",
	)
	if a, b := normalize.Replace(string(kept)), normalize.Replace(string(clean)); a != b {
		t.Errorf("sanitize changed markdown output:\nkeep:\n%s\nsanitize:\n%s", a, b)
	}
	checkHTML(t, string(clean), []string{`<span class="nf">main</span>`, `<li id="fn:1">`, `role="doc-backlink"`, `aria-label="Link to section: Привет"`, `checked=""`}, nil)
}
