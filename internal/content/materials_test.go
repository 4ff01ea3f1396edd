package content

import (
	"fmt"
	"testing"
)

// TestTalkMaterialFields covers materials written in the camelCase of an
// Astro content collection's schema (slideDeck, sourceCode,
// additionalLinks), which fold to the snake_case names read here.
func TestTalkMaterialFields(t *testing.T) {
	links := func(d *Document) any { return d.Slides + "|" + fmt.Sprint(d.Links) }
	runFieldCases(t, []fieldCase{
		{"slideDeck is the slides", "talks/a.md", "title: x\nslideDeck: /slides/deck",
			links, "/slides/deck|[]"},
		{"slide_deck is the slides", "talks/a.md", "title: x\nslide_deck: 'https://example.org/deck'",
			links, "https://example.org/deck|[]"},
		{"slides before slideDeck", "talks/a.md", "title: x\nslides: a.pdf\nslideDeck: b.pdf",
			links, "a.pdf|[]"},
		{"sourceCode is the code", "talks/a.md", "title: x\nsourceCode: 'https://github.com/x/y'",
			links, "|[{Code https://github.com/x/y}]"},
		{"additionalLinks of title and url", "talks/a.md", "title: x\nadditionalLinks:\n- {title: Demo, url: 'https://example.org/demo'}\n- {title: Post, url: 'https://example.org/post'}",
			links, "|[{Demo https://example.org/demo} {Post https://example.org/post}]"},
		{"links of title and url", "talks/a.md", "title: x\nlinks:\n- {title: Demo, url: 'https://example.org/demo'}",
			links, "|[{Demo https://example.org/demo}]"},
		{"sourceCode on a note stays in Params", "notes/a.md", "title: x\nsourceCode: 'https://github.com/x/y'",
			func(d *Document) any { return fmt.Sprint(d.Links, " ", d.Params["sourceCode"]) }, "[] https://github.com/x/y"},
	})
}
