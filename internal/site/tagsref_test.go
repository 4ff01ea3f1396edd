package site

import (
	"strings"
	"testing"

	"lectern/internal/config"
	"lectern/internal/content"
)

// TestRefCase: a Hugo ref or relref whose case differs from the file's
// names that file, as Hugo finds pages by lower-cased paths; a path of
// the exact case wins, and of paths that differ only by case the first
// in byte order is taken. Jekyll's link stays exact.
func TestRefCase(t *testing.T) {
	tests := []struct {
		name, tag, want string
	}{
		{"exact", `{{< relref "/location/hall.md" >}}`, `<a href="/location/hall/">x</a>`},
		{"path folded", `{{< ref "/location/Hall.md" >}}`, `<a href="/location/hall/">x</a>`},
		{"no extension folded", `{{< relref "/LOCATION/HALL" >}}`, `<a href="/location/hall/">x</a>`},
		{"relative folded", `{{< relref "../location/Hall" >}}`, `<a href="/location/hall/">x</a>`},
		{"file name folded", `{{< relref "Hall.md" >}}`, `<a href="/location/hall/">x</a>`},
		{"exact case wins", `{{< relref "/rooms/big.md" >}}`, `<a href="/rooms/big/">x</a>`},
		{"first in byte order", `{{< relref "/rooms/BIG.md" >}}`, `<a href="/rooms/big-1/">x</a>`},
		{"link stays exact", `{% link content/location/Hall.md %}`, `[x]({% link content/location/Hall.md %})`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from := doc("events/talk.md", content.KindPage, "Talk", func(d *content.Document) {
				d.Body = []byte("[x](" + tt.tag + ")\n")
			})
			hall := doc("location/hall.md", content.KindPage, "Hall", nil)
			bigLower := doc("rooms/big.md", content.KindPage, "big", func(d *content.Document) { d.Slug = "big" })
			bigUpper := doc("rooms/Big.md", content.KindPage, "Big", func(d *content.Document) { d.Slug = "big-1" })
			s, _ := build(t, config.Default(), Options{}, from, hall, bigLower, bigUpper)
			for _, p := range s.Pages {
				if p.Doc.Title == "Talk" {
					if got := string(p.Content()); !strings.Contains(got, tt.want) {
						t.Errorf("got %s, want %s", got, tt.want)
					}
				}
			}
		})
	}
}
