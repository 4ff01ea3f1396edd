package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserFranklinIndentedBio loads, on a phone, a Franklin page whose
// keynote speakers' bios are indented inside "@@class" divs, as
// conference sites made with Franklin write them: each bio reads as
// wrapped prose within the screen, not as a code block whose lines run
// off its right edge with a stray "@@" under it (Franklin has no
// indented code blocks).
func TestBrowserFranklinIndentedBio(t *testing.T) {
	ctx := browser(t)
	base := serveSite(t, map[string]string{
		"config.md":         "@def website_title = \"Conf\"\n",
		"_layout/head.html": "<html>\n",
		"index.md": "@def title = \"Conf 2026\"\n\n## Keynote speakers\n\n" +
			"  @@bio\n    Ada Lovelace wrote the first program for the Analytical Engine and described how such a machine could compose music.\n\n" +
			"    She is our first keynote speaker this year.\n  @@\n",
	})
	const measure = `(() => {
		const w = document.documentElement.clientWidth;
		const ps = [...document.querySelectorAll(".bio p")];
		return {
			bios: ps.length,
			pre: document.querySelectorAll("main pre").length,
			within: ps.every(p => p.getBoundingClientRect().right <= w),
			stray: [...document.querySelectorAll("main p")].some(p => p.textContent.trim() === "@@"),
		};
	})()`
	var got struct {
		Bios   int  `json:"bios"`
		Pre    int  `json:"pre"`
		Within bool `json:"within"`
		Stray  bool `json:"stray"`
	}
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(390, 900),
		chromedp.Navigate(base+"/"),
		chromedp.WaitReady("body"),
		chromedp.Evaluate(measure, &got),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got.Bios != 2 || got.Pre != 0 || !got.Within || got.Stray {
		t.Errorf("bio paragraphs %d, code blocks %d, within the screen %v, a stray \"@@\" %v; want 2, 0, true, false",
			got.Bios, got.Pre, got.Within, got.Stray)
	}
}
