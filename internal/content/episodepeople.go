package content

// episodePeople reads the people of a podcast episode's post: its
// guests ("guests", "guest"), whom the post is with as a write-up of a
// talk is with its speakers, and its hosts ("hosts"), who make the show
// as a post's authors write it. Castanet (the Hugo podcast theme) names
// them by the slugs of its guest/ and host/ pages (guests = ["jsmith"]),
// other sites by name; both are read as speakers and authors are (see
// persons), and find the person's page by its name or file name. Only
// on notes: a meetup's "host" is the company that hosts it, and is not
// read.
func (f *fields) episodePeople() {
	if f.doc.Kind != KindNote {
		return
	}
	for _, name := range []string{"guests", "guest"} {
		if e, ok := f.lookup(name); ok {
			f.recordOnce("speakers", e)
			f.doc.Speakers = appendPeople(f.doc.Speakers, f.persons(e)...)
			f.doc.EditExtra().Guests = len(f.doc.Speakers) > 0
		}
	}
	if e, ok := f.lookup("hosts"); ok {
		f.recordOnce("author", e)
		f.doc.Authors = appendPeople(f.doc.Authors, f.persons(e)...)
	}
}

// thumbnailPhoto takes a speaker page's "thumbnail" as its person's
// photo when no other field names one, as Castanet's guest and host
// pages name it (Thumbnail = "img/guest/ada.jpg"); elsewhere the field
// is a post's picture, and is not read so.
func (f *fields) thumbnailPhoto() {
	v := f.root.get("thumbnail")
	if f.doc.Title == "" || len(f.doc.Speakers) == 0 || f.doc.Speakers[0].Photo != "" || v == nil {
		return
	}
	if u := f.mapLink(f.root, "thumbnail"); u != "" {
		f.doc.Speakers[0].Photo = u
		f.recordOnce("photo", entry{pos: v.pos})
	}
}
