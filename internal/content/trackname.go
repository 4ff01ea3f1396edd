package content

// trackNameKeys are the fields naming a track for people beside the
// slug "track" holds: pretalx's exports write trackName (Astro) or
// nicetrack (Jekyll) beside a track written as a slug. camelCase and
// hyphenated keys answer to the snake_case names (see newFields).
var trackNameKeys = []string{"track_name", "track_title", "nicetrack", "nice_track"}

// trackName reads the display name of the track, after track. Beside a
// track it is Document.TrackName, the name the site shows for the track
// whose URL stays the slug's; written alone (no track, or a schedule
// column id) it is the track, as a track written by name is. The key
// stays in Params too, as the site's own templates read it by its name.
func (f *fields) trackName() {
	e, ok := f.lookup(trackNameKeys...)
	if !ok {
		return
	}
	f.unuse(e)
	if e.val.kind != scalarNode {
		// Not a name: left to the site's templates, unread.
		return
	}
	name := cleanText(e.val.text)
	switch {
	case name == "":
	case f.doc.Track == "":
		f.record("track", e)
		f.doc.Track = name
	case name != f.doc.Track:
		f.record("track_name", e)
		f.doc.EditExtra().TrackName = name
	}
}
