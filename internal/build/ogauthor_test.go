package build

import (
	"strings"
	"testing"
)

// TestNoteShareImage: a post's share image is its own picture (a distill
// post's preview:), else its author's photo; an author without a photo
// gives none, where the site's own address stood as the image before.
func TestNoteShareImage(t *testing.T) {
	read, _ := buildSite(t, `
-- _site.yml --
name: blog
title: Ravi's blog
base_url: https://ravi.example.org
-- index.Rmd --
---
title: Ravi's blog
listing: posts
---
-- _posts/2023-04-02-talk/talk.Rmd --
---
title: My talk
date: 2023-04-02
author:
  - name: Ravi K
    url: https://ravi.example.org/about.html
preview: images/slide.png
---
Slides.
-- _posts/2023-04-02-talk/images/slide.png --
png
-- _posts/2023-05-01-notes/notes.Rmd --
---
title: Notes
date: 2023-05-01
author:
  - name: Ravi K
---
Notes.
`)
	for page, want := range map[string]string{
		"posts/2023-04-02-talk/index.html":  `<meta property="og:image" content="https://ravi.example.org/_posts/2023-04-02-talk/images/slide.png">`,
		"posts/2023-05-01-notes/index.html": "",
	} {
		got := read(page)
		if want != "" && !strings.Contains(got, want) {
			t.Errorf("%s lacks %s", page, want)
		}
		if strings.Contains(got, `og:image" content="https://ravi.example.org/"`) {
			t.Errorf("%s: the site's address is its share image", page)
		}
	}
}
