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
		{"Quarto's links of text and href", "talks/a/index.qmd", "title: x\nlinks:\n  - text: Paper\n    href: https://example.org/paper\n  - text: Slides\n    href: https://example.org/deck",
			links, "https://example.org/deck|[{Paper https://example.org/paper}]"},
		{"a link named Recording is the video", "talks/a/index.qmd", "title: x\nlinks:\n  - {text: Recording, href: 'https://youtu.be/x'}",
			func(d *Document) any { return d.Video + "|" + fmt.Sprint(d.Links) }, "https://youtu.be/x|[]"},
		{"Academic's link named video is the video", "talk/a/index.md", "title: x\nlinks:\n- {icon: video, icon_pack: fas, name: video, url: 'https://youtu.be/x'}",
			func(d *Document) any { return d.Video + "|" + fmt.Sprint(d.Links) }, "https://youtu.be/x|[]"},
		{"a link named Slides beside slides is a link", "talks/a.md", "title: x\nslides: a.pdf\nlinks:\n- {name: Slides, url: b.pdf}",
			links, "a.pdf|[{Slides b.pdf}]"},
		{"Quarto's other-links and code-links", "talks/a/index.qmd", "title: x\nother-links:\n  - text: Event\n    icon: house\n    href: https://example.org/event\ncode-links:\n  - text: Code\n    icon: github\n    href: https://github.com/x/y",
			links, "|[{Event https://example.org/event} {Code https://github.com/x/y}]"},
		{"Quarto's code-links of what it makes stay in Params", "talks/a/index.qmd", "title: x\ncode-links: [repo, binder]",
			func(d *Document) any { return fmt.Sprint(d.Links, " ", d.Params["code-links"], " ", len(d.Diags)) }, "[] [repo binder] 0"},
		{"links written as pairs of a name and an address", "talks/a.md", "title: x\nlinks:\n  - ['slides', 'https://example.org/deck.pdf']\n  - ['details', 'https://example.org/event/1']\n  - ['blogpost', '/posts/x']",
			func(d *Document) any { return d.Slides + "|" + fmt.Sprint(d.Links, " ", len(d.Diags)) }, "https://example.org/deck.pdf|[{details https://example.org/event/1} {blogpost /posts/x}] 0"},
		{"a talk card's actions of name and link", "talks/a.md", "title: x\nactions:\n  - {name: Video, link: 'https://youtu.be/x'}\n  - {name: Slides, link: 'https://speakerdeck.com/x/y'}\n  - {name: Feedback, link: 'https://example.org/post'}",
			func(d *Document) any {
				return d.Video + "|" + d.Slides + "|" + fmt.Sprint(d.Links, " ", d.Params["actions"])
			}, "https://youtu.be/x|https://speakerdeck.com/x/y|[{Feedback https://example.org/post}] <nil>"},
		{"buttons of label and url", "talks/a.md", "title: x\nbuttons:\n  - {label: Code, url: 'https://github.com/x/y'}",
			links, "|[{Code https://github.com/x/y}]"},
		{"actions that are no links stay in Params", "talks/a.md", "title: x\nactions: [clap, share]",
			func(d *Document) any { return fmt.Sprint(d.Links, " ", d.Params["actions"], " ", len(d.Diags)) }, "[] [clap share] 0"},
		{"sourceCode on a note is its Code button", "notes/a.md", "title: x\nsourceCode: 'https://github.com/x/y'",
			func(d *Document) any { return fmt.Sprint(d.Links, " ", d.Params["sourceCode"]) }, "[{Code https://github.com/x/y}] <nil>"},
	})
}
