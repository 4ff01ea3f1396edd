package content

import (
	"fmt"
	"testing"
)

// TestDOIWarning: a doi that is no DOI is left out, with a warning at
// its value saying how to write one.
func TestDOIWarning(t *testing.T) {
	d := parseYAML("notes/a.md", "title: x\ndoi: pending")
	want := "[] [content/notes/a.md:3:6: warning: doi \"pending\" is not a DOI (10.<registrant>/<suffix>); write it as doi: 10.1000/xyz123, or leave it empty]"
	if got := fmt.Sprint(d.Links, d.Diags); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
