package layout

import (
	"testing"
	"testing/fstest"
)

// A Jekyll site titled "blank" is named by its owner's name, as
// al-folio's themes show it; another title, or no name, is kept.
func TestJekyllBlankTitle(t *testing.T) {
	for src, want := range map[string]string{
		"title: blank\nfirst_name: Ada\nmiddle_name:\nlast_name: Lovelace\n": "Ada Lovelace",
		"title: blank\nfirst_name: Ada\nmiddle_name: K\nlast_name: L\n":      "Ada K L",
		"title: blank\n":                        "blank",
		"title: Blank Slate\nfirst_name: Ada\n": "Blank Slate",
	} {
		fsys := fstest.MapFS{"_config.yml": file(src)}
		if c, _ := Detect(fsys).Config(fsys); c.Title != want {
			t.Errorf("%q: title %q, want %q", src, c.Title, want)
		}
	}
}
