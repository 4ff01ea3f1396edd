package content

import "testing"

// TestItemCover: a reading list's entry and a book's own file give the
// book's cover as a web address or a path from the site's root, under
// the names bookshelves write; a relative path is left out, as the
// site's template puts a folder before it that lectern cannot know.
func TestItemCover(t *testing.T) {
	tests := []struct{ name, path, front, want string }{
		{"cover, a web address", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, cover: 'https://covers.example.net/a.jpeg'}", "https://covers.example.net/a.jpeg"},
		{"cover, from the site's root", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, cover: /assets/images/books/a.jpg}", "/assets/images/books/a.jpg"},
		{"cover, a relative path", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, cover: 2018-08-27-a.jpg}", ""},
		{"cover, without a scheme", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, cover: '//covers.example.net/a.jpeg'}", "https://covers.example.net/a.jpeg"},
		{"image beside a link", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, link: 'https://a.example/', image: 'https://a.example/a.jpg'}", "https://a.example/a.jpg"},
		{"coverImage", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, coverImage: 'https://a.example/a.jpg'}", "https://a.example/a.jpg"},
		{"img", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, img: 'https://a.example/a.jpg'}", "https://a.example/a.jpg"},
		{"coverImageUrl", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, coverImageUrl: 'https://a.example/a.jpg'}", "https://a.example/a.jpg"},
		{"imageUrl", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, imageUrl: 'https://a.example/a.jpg'}", "https://a.example/a.jpg"},
		{"cover before img", "content/reading/a.md",
			"title: Books\nbooks:\n  - {title: A, img: 'https://a.example/i.jpg', cover: 'https://a.example/c.jpg'}", "https://a.example/c.jpg"},
		{"a book's own file, img", "_book/a.md",
			"title: A\nauthor: Ann\nstatus: read\nimg: 'https://a.example/a.jpg'", "https://a.example/a.jpg"},
		{"a book's own file, a relative img", "_book/a.md",
			"title: A\nauthor: Ann\nstatus: read\nimg: books/a.jpg", ""},
		{"a book's own file, cover_image_url", "src/content/books/a.md",
			"title: A\nauthor: Ann\nrating: 4\ncover_image_url: 'https://a.example/a.jpg'", "https://a.example/a.jpg"},
		{"a book's own file", "_books/a.md",
			"title: A\nauthor: Ann\nrating: 4\ncover: /covers/a.jpg", "/covers/a.jpg"},
		{"a book's own file, book_cover", "content/reading/a.md",
			"title: A\nbook_author: Ann\nbook_cover: 'https://a.example/a.jpg'", "https://a.example/a.jpg"},
		{"a book's own file, a relative cover", "_books/a.md",
			"title: A\nauthor: Ann\nrating: 4\ncover: a.jpg", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.path, []byte("---\n"+tt.front+"\n---\n\nText.\n"), Options{})
			if len(d.Items) != 1 {
				t.Fatalf("items %+v, diags %q", d.Items, d.Diags.Strings())
			}
			if got := d.Items[0].Cover; got != tt.want {
				t.Errorf("cover %q, want %q", got, tt.want)
			}
			wantDiags(t, d)
		})
	}
}
