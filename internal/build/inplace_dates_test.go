package build

import (
	"strings"
	"testing"
)

// TestJavaScriptDatesInPlace: on the sites of tools whose dates
// JavaScript reads, 11/01/2023 is 1 November, as JavaScript's Date reads
// it; on a Jekyll site it could be either way round and is a warning.
func TestJavaScriptDatesInPlace(t *testing.T) {
	const talk = "---\ntitle: Opening\ndate: \"11/01/2023\"\nspeakers: [Ada]\n---\nHi.\n"
	for _, tc := range []struct{ name, archive, page, warn string }{
		{"Astro", "-- astro.config.mjs --\nexport default {}\n-- src/content/talks/opening.md --\n" + talk, "talks/opening/index.html", ""},
		{"Eleventy", "-- .eleventy.js --\nmodule.exports = {}\n-- talks/opening.md --\n" + talk, "talks/opening/index.html", ""},
		{"Jekyll", "-- _config.yml --\ntitle: J\n-- _talks/opening.md --\n" + talk, "talks/opening/index.html",
			`_talks/opening.md:3:7: warning: cannot read "date" value "11/01/2023" as a date: the day and the month could be either way round; write 2023-11-01 (1 November) or 2023-01-11 (11 January)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read, diags := buildSite(t, tc.archive)
			warned := strings.Contains(strings.Join(diags, "\n"), "cannot read \"date\"")
			if tc.warn == "" && warned || tc.warn != "" && !strings.Contains(strings.Join(diags, "\n"), tc.warn) {
				t.Errorf("diagnostics %q, want %q", diags, tc.warn)
			}
			if dated := strings.Contains(read(tc.page), "2023-11-01"); dated != (tc.warn == "") {
				t.Errorf("the page is dated 1 November 2023: %v, want %v", dated, tc.warn == "")
			}
		})
	}
}
