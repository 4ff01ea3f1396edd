package main

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestBrowserStarredCalendar stars a talk on /schedule/ in a browser in
// New York and reads the .ics "Export starred" makes: a site in Lisbon
// gives the talk's time in UTC, and a site that names no zone (its
// times floating, the clock where the talks are given) gives it
// floating, not moved by the reader's zone (docs/programme.md, "Times
// and time zones").
func TestBrowserStarredCalendar(t *testing.T) {
	const talk = "---\ntitle: Opening\nevent: conf\ndate: 2026-06-11 10:00\nend: 2026-06-11 10:45\nroom: Hall\n---\nBody.\n"
	for _, tc := range []struct {
		name, config, start, end string
	}{
		{"zoned", "title = \"Conf\"\ntimezone = \"Europe/Lisbon\"\n", "DTSTART:20260611T090000Z", "DTEND:20260611T094500Z"},
		{"floating", "title = \"Conf\"\n", "DTSTART:20260611T100000\r\n", "DTEND:20260611T104500\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := serveSite(t, map[string]string{
				"config.toml":              tc.config,
				"content/events/conf.md":   "---\nkind: event\nname: Conf\nstart: 2026-06-11\n---\n",
				"content/talks/opening.md": talk,
			})
			ctx := browser(t)
			const star = `.session[data-talk="/talks/opening/"] button.star`
			// The export hands its file to an object URL and clicks a
			// link to download it: keep the blob, and follow no link.
			const catchBlob = `URL.createObjectURL = b => { window.lecternICS = b; return "about:blank"; };
HTMLAnchorElement.prototype.click = () => {};`
			var ics string
			err := steps(ctx, desktop.in("America/New_York").setup(),
				chromedp.Navigate(base+"/schedule/"),
				chromedp.WaitVisible(star, chromedp.ByQuery),
				chromedp.Click(star, chromedp.ByQuery),
				chromedp.Evaluate(catchBlob, nil),
				chromedp.Click(`summary`, chromedp.ByQuery),
				chromedp.Click(`//button[@class="tool" and text()="Export starred (.ics)"]`, chromedp.BySearch),
				chromedp.Evaluate(`window.lecternICS.text()`, &ics, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
					return p.WithAwaitPromise(true)
				}),
			)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"SUMMARY:Opening", tc.start, tc.end} {
				if !strings.Contains(ics, want) {
					t.Errorf("the starred talks' calendar lacks %q:\n%s", want, ics)
				}
			}
		})
	}
}
