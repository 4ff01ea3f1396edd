package main

import (
	"strings"
	"testing"
	"time"

	"lectern/internal/build"
)

// TestSummaryCountsWarnings checks the last line of a build in English:
// no count for none, "1 warning", "2 warnings", fresh or up to date.
func TestSummaryCountsWarnings(t *testing.T) {
	for _, tc := range []struct {
		warnings int
		upToDate bool
		want     string // the line's end; "" means no warning part
	}{
		{0, false, ""},
		{1, false, "; 1 warning"},
		{2, false, "; 2 warnings"},
		{1, true, "; 1 warning"},
		{12, true, "; 12 warnings"},
	} {
		line := summary(build.Result{Dest: "public", Duration: time.Second, UpToDate: tc.upToDate}, tc.warnings)
		switch {
		case tc.want == "" && strings.Contains(line, "warning"):
			t.Errorf("%d warnings: %q names warnings", tc.warnings, line)
		case tc.want != "" && !strings.HasSuffix(line, tc.want):
			t.Errorf("%d warnings (up to date %v): %q, want it to end in %q", tc.warnings, tc.upToDate, line, tc.want)
		}
	}
}
