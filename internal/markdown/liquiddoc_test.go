package markdown

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestLiquidDocument(t *testing.T) {
	body := func(text string) func() ([]byte, bool) {
		return func() ([]byte, bool) { return []byte(text), true }
	}
	for _, tc := range []struct {
		name, file, body string
		printed, json    string
	}{
		{"markdown", "_talks/a.md", "A *talk*.\n", "<p>A <em>talk</em>.</p>\n", `{"content":"\u003cp\u003eA \u003cem\u003etalk\u003c/em\u003e.\u003c/p\u003e\n","title":"A"}`},
		{"html", "_talks/b.html", "<p>B</p>\n", "<p>B</p>\n", `{"content":"\u003cp\u003eB\u003c/p\u003e\n","title":"A"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := LiquidDocument{"title": "A", "content": NewLiquidContent(tc.file, body(tc.body))}
			if got := fmt.Sprint(d); got != tc.printed {
				t.Errorf("printed %q, want %q", got, tc.printed)
			}
			b, err := json.Marshal(d)
			if err != nil || string(b) != tc.json {
				t.Errorf("json %s (%v), want %s", b, err, tc.json)
			}
		})
	}
}

func TestLiquidExcerpt(t *testing.T) {
	body := "\nFirst *part*.\n<!--more-->\nSecond.\n\nThird.\n"
	read := func() ([]byte, bool) { return []byte(body), true }
	for _, tc := range []struct{ name, separator, want string }{
		{"up to the first blank line", "", "<p>First <em>part</em>.</p>\n<!--more-->\n<p>Second.</p>\n"},
		{"up to the site's separator", "<!--more-->", "<p>First <em>part</em>.</p>\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := NewLiquidExcerpt("_posts/2024-01-01-a.md", read, tc.separator).String(); got != tc.want {
				t.Errorf("excerpt %q, want %q", got, tc.want)
			}
		})
	}
}
