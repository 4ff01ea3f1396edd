package content

import (
	"testing"
	"time"
)

// parseYAML parses a page at content/path whose front matter is fm.
func parseYAML(path, fm string) *Document {
	return Parse("content/"+path, []byte("---\n"+fm+"\n---\nBody.\n"), Options{})
}

// diagStrings formats a document's diagnostics as the terminal shows them.
func diagStrings(d *Document) []string {
	return d.Diags.Strings()
}

// wantDiags fails unless got holds exactly the diagnostics want, in order.
func wantDiags(t *testing.T, d *Document, want ...string) {
	t.Helper()
	got := diagStrings(d)
	if len(got) != len(want) {
		t.Fatalf("diagnostics:\n got %q\nwant %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("diagnostic %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}

func mustDate(s string) time.Time {
	d, err := parseDate(s, time.UTC)
	if err != nil {
		panic(err)
	}
	return d.t
}
