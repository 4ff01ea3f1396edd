package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestItemRating pins the ratings a reading list's items may write: whole
// numbers and halves (4.5, "3.5") of 1 to 5, kept as written, which make
// a book without a status read; empty text, null and 0 are "not rated
// yet", without a warning; anything else is warned about and dropped.
func TestItemRating(t *testing.T) {
	tests := []struct {
		name, rating string
		want         string // rating|status
		diag         string
	}{
		{"whole", "4", "4|read", ""},
		{"a half", "4.5", "4.5|read", ""},
		{"a half as text", `"3.5"`, "3.5|read", ""},
		{"a decimal", "4.25", "4.25|read", ""},
		{"empty text: not rated yet", `""`, "0|", ""},
		{"null", "null", "0|", ""},
		{"zero", "0", "0|", ""},
		{"too high", "5.5", "0|", `content/reading/books.md:5:13: warning: rating "5.5" in item 1 of "books" is out of range; use 1 to 5 (halves such as 4.5 too)`},
		{"a word", "great", "0|", `content/reading/books.md:5:13: warning: rating "great" in item 1 of "books" is not a number; use 1 to 5 (halves such as 4.5 too)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: Books\nbooks:\n  - title: A book\n    rating: " + tt.rating + "\n---\n"
			d := Parse("content/reading/books.md", []byte(src), Options{})
			if len(d.Items) != 1 {
				t.Fatalf("items %+v, diags %q", d.Items, d.Diags.Strings())
			}
			if got := fmt.Sprintf("%g|%s", d.Items[0].Rating, d.Items[0].Status); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			var want []string
			if tt.diag != "" {
				want = []string{tt.diag}
			}
			if got := d.Diags.Strings(); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("diags %q, want %q", got, want)
			}
		})
	}
}

// TestListRatings: a list whose items are rated on a scale of their own
// (out of 10, -1 for "can't remember"), as book clubs' logs rate, gets
// one warning at its first such rating, naming the values written, not
// one an item; its books are read without a rating.
func TestListRatings(t *testing.T) {
	tests := []struct {
		name, ratings string
		want          string
	}{
		{"one", "4,7", `content/reading/books.md:8:13: warning: rating "7" in item 2 of "books" is out of range; use 1 to 5 (halves such as 4.5 too)`},
		{"out of 10", "6,9,-1,8,9", `content/reading/books.md:5:13: warning: ratings "6", "9", "-1", "8" in 5 items of "books" are not 1 to 5, the first here, and those items are read without one; use 1 to 5 (halves such as 4.5 too): lectern does not guess at another scale (out of 10), so write each out of 5`},
		{"many values", "6,7,8,9,10,11,4", `content/reading/books.md:5:13: warning: ratings "6", "7", "8", "9", "10", … in 6 items of "books" are not 1 to 5, the first here, and those items are read without one; use 1 to 5 (halves such as 4.5 too): lectern does not guess at another scale (out of 10), so write each out of 5`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: Books\nbooks:\n"
			for i, r := range strings.Split(tt.ratings, ",") {
				src += fmt.Sprintf("  - title: Book %d\n    rating: %s\n    note: n\n", i, r)
			}
			d := Parse("content/reading/books.md", []byte(src+"---\n"), Options{})
			if got := d.Diags.Strings(); fmt.Sprint(got) != fmt.Sprint([]string{tt.want}) {
				t.Errorf("diags %q\nwant %q", got, tt.want)
			}
		})
	}
}
