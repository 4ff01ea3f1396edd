package site

import (
	"lectern/internal/content"
)

// Placeless reports whether no programme sets the site's talks beside
// each other in rooms: at least two talks are dated to the day, and no
// day holds two of them. A conference's day holds several talks, in
// its rooms; a person's archive of talks, given one at a time over
// years, has no room to show, and a talk's "location" there is where
// it was given ("location: Atlanta, Georgia"), not a room of a venue.
// Undated talks, or a single dated one, say neither, and keep their
// rooms.
func (s *Site) Placeless() bool {
	days := map[string]bool{}
	for _, p := range s.Pages {
		if p.Doc.Kind == content.KindTalk && !dayOnce(days, p) {
			return false
		}
	}
	return len(days) >= 2
}

// LocationsGiven reports whether the model reads some talk's location
// as where it was given (placeLocations): the site is Placeless, and a
// talk writes its place as "location" (content.Document.RoomIsLocation).
// A preview's edit that changes it builds the site again.
func (s *Site) LocationsGiven() bool {
	for _, p := range s.Pages {
		if p.Doc.RoomIsLocation {
			return s.Placeless()
		}
	}
	return false
}

// placeLocations makes the location of every talk that writes it as
// its room (content.Document.RoomIsLocation) where the talk was given,
// its Venue, when the site is Placeless. It is idempotent; a preview's
// edit of such a talk (Relocates), or one that changes LocationsGiven,
// builds the site again.
func (s *Site) placeLocations() {
	if !s.Placeless() {
		return
	}
	for _, p := range s.Pages {
		if p.Doc.RoomIsLocation && p.Doc.Room != "" && p.Doc.Venue == "" {
			p.Doc.Venue, p.Doc.Room = p.Doc.Room, ""
		}
	}
}

// Relocates reports whether a preview's edit of docs (by file, nil for a
// file gone) touches a talk whose location placeLocations reads, or
// would read, as where it was given: a patch, which reads the edited
// document's location as a room again, does not redo that, and the
// site is built again.
func (s *Site) Relocates(docs map[string]*content.Document) bool {
	if !s.Placeless() {
		return false
	}
	for _, d := range docs {
		if d != nil && d.RoomIsLocation {
			return true
		}
	}
	for _, p := range s.Pages {
		if _, ok := docs[p.Doc.File]; ok && p.Doc.RoomIsLocation {
			return true
		}
	}
	return false
}
