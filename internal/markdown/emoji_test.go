package markdown

import (
	"strings"
	"testing"
)

// TestEmoji: GitHub's shortcodes are the characters; a word between
// colons that names none, a time and code stay as written.
func TestEmoji(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"Hosted here :scroll: :white_check_mark:\n", "<p>Hosted here 📜 ✅</p>"},
		{"At 10:30:00, see :notanemoji: and `:tada:`\n", "<p>At 10:30:00, see :notanemoji: and <code>:tada:</code></p>"},
		{"| a | b |\n|:---:|:--|\n| 1 | 2 |\n", "<th style=\"text-align:center\">a</th>"},
		{"## Done :tada:\n", "<h2 id=\"done\">Done 🎉"},
	} {
		if got := string(convert(t, tc.src).HTML); !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %s, want %s", tc.src, got, tc.want)
		}
	}
}
