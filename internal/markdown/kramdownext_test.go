package markdown

import "testing"

// TestKramdownExtensions: on a Jekyll site kramdown's comments, options
// and abbreviation lines show nothing and nomarkdown is raw HTML, on
// lines of their own or within one; an unclosed or unknown extension,
// and all of them outside kramdown, stay as written.
func TestKramdownExtensions(t *testing.T) {
	tests := []struct {
		name, src     string
		want, notWant []string
	}{
		{"a comment block", "Before.\n\n{::comment}\nHidden *note*.\n\nStill hidden.\n{:/comment}\n\nAfter.\n",
			[]string{"<p>Before.</p>\n<p>After.</p>"}, []string{"Hidden", "comment"}},
		{"a comment closed by {:/}", "{::comment}\nHidden.\n{:/}\nAfter.\n", []string{"<p>After.</p>"}, []string{"Hidden", "{:"}},
		{"a comment on one line", "{::comment}Hidden.{:/comment}\n\nAfter.\n", []string{"<p>After.</p>"}, []string{"Hidden"}},
		{"a comment within a line", "a {::comment}x{:/comment} b\n", []string{"<p>a  b</p>"}, []string{"x"}},
		{"options", "{::options parse_block_html=\"true\" /}\n\nText.\n", []string{"<p>Text.</p>"}, []string{"options", "“"}},
		{"nomarkdown block", "{::nomarkdown}\n<b>*raw*</b>\n{:/nomarkdown}\nAfter.\n", []string{"<b>*raw*</b>\n", "<p>After.</p>"}, []string{"<em>", "{:"}},
		{"nomarkdown within a line", "Visible {::nomarkdown}<b>raw</b>{:/nomarkdown} text.\n", []string{"<p>Visible <b>raw</b> text.</p>"}, []string{"{:"}},
		{"text after a closing line", "{::comment}\nHidden.\n{:/comment} Shown *after*.\n", []string{"Shown <em>after</em>."}, []string{"Hidden", "{:"}},
		{"nomarkdown closed before text", "{::nomarkdown}\n<b>raw\n</b>{:/} and more.\n", []string{"<b>raw\n</b>", "and more."}, []string{"{:"}},
		{"an abbreviation", "The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n", []string{"<p>The HTML spec.</p>"}, []string{"Hyper"}},
		{"unclosed stays", "{::comment}\nShown.\n", []string{"{::comment}", "Shown."}, nil},
		{"unknown stays", "{::toc}\n", []string{"{::toc}"}, nil},
	}
	r := New(Options{Kramdown: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHTML(t, string(r.Convert("x.md", []byte(tt.src), 1).HTML), tt.want, tt.notWant)
		})
	}
	plain := string(New(Options{}).Convert("x.md", []byte("{::comment}\nShown.\n{:/comment}\n\n*[HTML]: H\n"), 1).HTML)
	checkHTML(t, plain, []string{"{::comment}", "Shown.", "*[HTML]: H"}, nil)
	omit := string(New(Options{Kramdown: true, RawHTML: RawHTMLOmit}).Convert("x.md", []byte("{::nomarkdown}\n<b>x</b>\n{:/}\n"), 1).HTML)
	checkHTML(t, omit, nil, []string{"<b>"})
}
