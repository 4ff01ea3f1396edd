package content

import "testing"

func TestHeadingText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"underscore emphasis opening the heading", "_Keys Under Doormats_ Background", "Keys Under Doormats Background"},
		{"underscore emphasis inside", "Why _Keys_ Matter", "Why Keys Matter"},
		{"star emphasis", "*Keys Under Doormats* Background", "Keys Under Doormats Background"},
		{"underscore strong", "__Strong__ title", "Strong title"},
		{"nested", "__nested _em_ inside__", "nested em inside"},
		{"beside punctuation", "A talk (_draft_).", "A talk (draft)."},
		{"intraword underscores are text", "The read_file_now function", "The read_file_now function"},
		{"a trailing intraword underscore is text", "Call foo_bar_ here", "Call foo_bar_ here"},
		{"unclosed", "_unclosed title", "_unclosed title"},
		{"underscores in code spans are text", "`_private` and `b_` names", "_private and b_ names"},
		{"a link's text keeps its emphasis out", "[_Go_ notes](https://x.org/a_b_c)", "Go notes"},
		{"a bracketed span is its text", "[TALKS]{.third-color}", "TALKS"},
		{"spans with ids, keys, links and spans inside", "[a [b]{#x}]{k=v} [[c](/c)]{.y} []{.fa .fa-x}", "a b c"},
		{"an image's alternative text is no span", "![logo](l.png){width=50%}", "logo"},
		{"a link's attributes are the link's", "[a](/a){.c} b", "a b"},
		{"brackets and braces of other kinds stay", "[a] {.b} [c]{d}", "[a] {.b} [c]{d}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headingText(tt.in); got != tt.want {
				t.Errorf("headingText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkHeadingText(b *testing.B) {
	for range b.N {
		headingText("Why _Keys Under Doormats_ matter: `read_file` and **more**")
	}
}
