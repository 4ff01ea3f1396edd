package content

import "strings"

// coverNames are the fields a reading list's entry names a picture of
// its book's cover with, first found wins: bookshelf data files write
// cover (reading apps' exports, Jekyll book-review layouts), cover_url,
// coverImage or coverImageUrl, img (as bookshelf templates shorten it),
// and image, imageUrl or thumbnail beside a title and a link.
var coverNames = []string{"cover", "cover_url", "coverurl", "cover_image", "coverimage", "cover_image_url", "cover_img", "img",
	"image", "image_url", "thumbnail", "thumbnail_url"}

// bookCoverNames are those of a book's own file, also with a book_
// prefix (book_cover): img too, which a book's file has no other use
// for, but not image, there the page's picture for link previews,
// which themes show as such.
var bookCoverNames = []string{"cover", "cover_url", "coverurl", "cover_image", "coverimage", "cover_image_url", "cover_img", "img"}

// itemCover keeps a cover written as a web address or a path from the
// site's root (/assets/covers/a.jpg), which the site serves as it is;
// a relative path is left out, as a site's template puts a folder of
// its own before it (assets/covers/ + cover) that lectern cannot know,
// and the page would show a broken picture.
func itemCover(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "https://"), strings.HasPrefix(s, "http://"):
		return s
	case strings.HasPrefix(s, "//"):
		return "https:" + s
	case strings.HasPrefix(s, "/"):
		return s
	}
	return ""
}
