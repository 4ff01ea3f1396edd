package content

import "testing"

// TestHugoSlug checks that a Hugo page's slug is made a URL part as
// Hugo's urlize makes it, accents kept and without a warning, as Hugo
// publishes it; elsewhere a slug with blanks is made lectern's slug,
// with a warning.
func TestHugoSlug(t *testing.T) {
	for _, tt := range []struct {
		name     string
		names    PathNames
		slug     string
		want     string
		warnings int
	}{
		{"hugo keeps accents", HugoNames, "Mi Primera Entrada Ñu", "mi-primera-entrada-ñu", 0},
		{"hugo lowers case", HugoNames, "MyPost", "mypost", 0},
		{"hugo keeps other scripts", HugoUndatedNames, "机器学习 入门", "机器学习-入门", 0},
		{"hugo still warns of a slash", HugoNames, "a/b", "a-b", 1},
		{"lectern transliterates", SlugNames, "Mi Primera Entrada Ñu", "mi-primera-entrada-nu", 1},
		{"lectern keeps case", SlugNames, "MyPost", "MyPost", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: T\nslug: " + tt.slug + "\n---\nText.\n"
			doc := Parse("content/posts/a.md", []byte(src), Options{Names: func(string) PathNames { return tt.names }})
			if doc.Slug != tt.want {
				t.Errorf("slug %q, want %q", doc.Slug, tt.want)
			}
			if n := len(doc.Diags); n != tt.warnings {
				t.Errorf("%d diagnostics, want %d: %v", n, tt.warnings, doc.Diags)
			}
		})
	}
}
