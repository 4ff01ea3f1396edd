package exports

import (
	"cmp"
	"strings"

	"lectern/internal/content"
)

// sessionizeCategory is one item of a Sessionize category: its name and
// what the category's title says it is.
type sessionizeCategory struct {
	name, role string
}

// categoryRole sorts a Sessionize category by its title: "Track" gives the
// track, "Session format" (or type) the format, "Level" the level; any
// other category's items become tags.
func categoryRole(title string) string {
	t := strings.ToLower(title)
	switch {
	case strings.Contains(t, "track") || strings.Contains(t, "topic area"):
		return "track"
	case strings.Contains(t, "format") || strings.Contains(t, "type"):
		return "format"
	case strings.Contains(t, "level"):
		return "level"
	}
	return "tag"
}

// addCategories adds the items of a list of Sessionize categories to
// cats by item id. The "All data" view writes a category's title and
// items, the sessions view its name and categoryItems.
func addCategories(cats map[string]sessionizeCategory, list *jnode) {
	for _, c := range list.items() {
		role := categoryRole(cmp.Or(c.field("title"), c.field("name")))
		items := c.get("items")
		if items == nil {
			items = c.get("categoryItems")
		}
		for _, it := range items.items() {
			cats[it.field("id")] = sessionizeCategory{it.field("name"), role}
		}
	}
}

// isSessionizeGroups reports whether root is Sessionize's sessions view:
// a list of groups (by day or room) each holding its sessions.
func isSessionizeGroups(root *jnode) bool {
	items := root.items()
	return len(items) > 0 && items[0].get("sessions").is(jarray) && items[0].has("groupName")
}

// sessionizeGroups reads the sessions view, where each session carries
// its room's name, its speakers' names and its categories.
func (r *reader) sessionizeGroups(root *jnode) {
	for _, g := range root.items() {
		for _, s := range g.get("sessions").items() {
			rooms, cats, speakers := map[string]string{}, map[string]sessionizeCategory{}, map[string]content.Person{}
			rooms[s.field("roomId")] = s.field("room")
			addCategories(cats, s.get("categories"))
			for _, sp := range s.get("speakers").items() {
				speakers[sp.field("id")] = person(sp.field("name"))
			}
			r.sessionizeSession(s, rooms, cats, speakers)
		}
	}
}

// isSessionizeGrid reports whether root is Sessionize's schedule grid
// view: a list of days (date), each holding its rooms with their
// sessions in order, timed by Sessionize's startsAt. A site's own
// programme of days and rooms, timed otherwise, is not.
func isSessionizeGrid(root *jnode) bool {
	items := root.items()
	if len(items) == 0 || !items[0].has("date") || !items[0].get("rooms").is(jarray) {
		return false
	}
	for _, room := range items[0].get("rooms").items() {
		if s := room.get("sessions").items(); len(s) > 0 {
			return s[0].has("startsAt")
		}
	}
	return false
}

// sessionizeGrid reads the schedule grid view, whose sessions are shaped
// as the sessions view's, breaks and plenary sessions among them. A
// session shown in several rooms (a plenum session) is read once.
func (r *reader) sessionizeGrid(root *jnode) {
	seen := map[string]bool{}
	for _, day := range root.items() {
		for _, room := range day.get("rooms").items() {
			for _, s := range room.get("sessions").items() {
				if id := s.field("id"); id != "" {
					if seen[id] {
						continue
					}
					seen[id] = true
				}
				rooms, cats, speakers := map[string]string{}, map[string]sessionizeCategory{}, map[string]content.Person{}
				rooms[s.field("roomId")] = cmp.Or(s.field("room"), room.field("name"))
				addCategories(cats, s.get("categories"))
				for _, sp := range s.get("speakers").items() {
					speakers[sp.field("id")] = person(sp.field("name"))
				}
				r.sessionizeSession(s, rooms, cats, speakers)
			}
		}
	}
}

// categoryIDs are the ids of a session's category items: its
// categoryItems in the "All data" view, the items of its categories in the
// sessions view.
func categoryIDs(s *jnode) []string {
	var ids []string
	for _, id := range s.get("categoryItems").items() {
		ids = append(ids, id.text())
	}
	for _, c := range s.get("categories").items() {
		for _, it := range c.get("categoryItems").items() {
			ids = append(ids, it.field("id"))
		}
	}
	return ids
}

// sessionize reads Sessionize's "All data" JSON: sessions, speakers,
// rooms, categories (whose items sessions name by id) and questions.
// Times are written without an offset, in the event's zone, which the
// export does not name: they are read in the site's zone and left
// floating, so that the event a talk joins places them.
func (r *reader) sessionize(root *jnode) {
	rooms := map[string]string{}
	for _, rm := range root.get("rooms").items() {
		rooms[rm.field("id")] = rm.field("name")
	}
	cats := map[string]sessionizeCategory{}
	addCategories(cats, root.get("categories"))
	speakers := r.sessionizeSpeakers(root.get("speakers"))
	for _, s := range root.get("sessions").items() {
		r.sessionizeSession(s, rooms, cats, speakers)
	}
}

// isSessionizeSpeakers reports whether root is Sessionize's speakers
// view: a list of speakers, each with its fullName, profilePicture and
// the sessions it gives, by id and name. Sites fetch it beside the
// sessions view, which names speakers without their biographies.
func isSessionizeSpeakers(root *jnode) bool {
	items := root.items()
	return len(items) > 0 && items[0].has("fullName") && items[0].has("profilePicture") && items[0].get("sessions").is(jarray)
}

// sessionizeSpeakers reads a list of Sessionize's speakers, of the "All
// data" export or of the speakers view: a speaker record for each, and
// each person by their id for the sessions that name them. A speaker's
// sessions are their talks' business: the sessions that name the
// speaker list them, by the speaker's name.
func (r *reader) sessionizeSpeakers(list *jnode) map[string]content.Person {
	speakers := map[string]content.Person{}
	for _, sp := range list.items() {
		pos := r.lines.pos(sp.off)
		name := cmp.Or(sp.field("fullName"), strings.TrimSpace(sp.field("firstName")+" "+sp.field("lastName")))
		if name == "" {
			r.diags.Warnf(pos, "speaker %s has no name; it is left out; give the speaker a name in Sessionize", sp.field("id"))
			continue
		}
		p := person(name)
		p.Bio, p.Photo, p.Role = sp.field("bio"), sp.field("profilePicture"), sp.field("tagLine")
		for _, l := range sp.get("links").items() {
			sessionizeLink(&p, l.field("linkType"), l.field("url"))
		}
		speakers[sp.field("id")] = p
		d := r.speakerDoc(p, "", "", pos)
		param(d, "id", sp.field("id"))
	}
	return speakers
}

func (r *reader) sessionizeSession(s *jnode, rooms map[string]string, cats map[string]sessionizeCategory, speakers map[string]content.Person) {
	pos := r.lines.pos(s.off)
	title := s.field("title")
	if title == "" {
		r.diags.Warnf(pos, "session %s has no title; it is left out; give it a title in Sessionize", s.field("id"))
		return
	}
	d := r.newDoc(content.KindTalk, "talks", title, title, pos)
	at(d, pos, "date", "end", "room", "track", "format", "level", "speakers", "tags", "video")
	param(d, "id", s.field("id"))
	d.Body = []byte(s.field("description"))
	d.Room = rooms[s.field("roomId")]
	if id := s.field("roomId"); id != "" && d.Room == "" {
		d.Diags.Warnf(pos, "session %q names room %s, which the export's rooms do not list; it is read without a room", title, id)
	}
	for _, id := range categoryIDs(s) {
		c, ok := cats[id]
		if !ok {
			continue
		}
		switch {
		case c.role == "track" && d.Track == "":
			d.Track = c.name
		case c.role == "format" && d.Format == "":
			d.Format = c.name
		case c.role == "level" && d.Level == "":
			d.Level = c.name
		default:
			d.Tags = append(d.Tags, c.name)
		}
	}
	// A service session is a break, registration or meal; a plenum
	// session one every room attends.
	service, plenum := s.flag("isServiceSession"), s.flag("isPlenumSession")
	if service && d.Format == "" {
		d.Format = "break"
	}
	if plenum && (service || d.Room == "") {
		d.AllRooms, d.Room = true, ""
	}
	for _, sp := range s.get("speakers").items() {
		id := sp
		if sp.is(jobject) { // the sessions view names speakers with their id
			id = sp.get("id")
		}
		if p, ok := speakers[id.text()]; ok {
			d.Speakers = append(d.Speakers, content.Person{Name: p.Name, Slug: p.Slug})
		} else {
			d.Diags.Warnf(pos, "session %q names speaker %s, whom the export's speakers do not list; the speaker is left out", title, id.text())
		}
	}
	if u := s.field("recordingUrl"); content.IsWebAddress(u) {
		d.Video = u
	}
	if st := s.field("startsAt"); st != "" {
		t, floating, ok := parseTime(st, r.loc)
		if !ok {
			d.Diags.Warnf(pos, "session %q: startsAt %q is not a date and time such as 2024-05-02T09:30:00; it is read without a time", title, st)
			return
		}
		d.Date, d.Floating = t, floating
		if e, _, ok := parseTime(s.field("endsAt"), r.loc); ok && e.After(t) {
			d.End = e
		}
	}
}

// sessionizeLink files a speaker's link by its Sessionize link type.
func sessionizeLink(p *content.Person, kind, u string) {
	if !content.IsWebAddress(u) {
		return
	}
	switch strings.ToLower(kind) {
	case "twitter", "x":
		p.Twitter = cmp.Or(p.Twitter, u)
	case "github":
		p.Github = cmp.Or(p.Github, u)
	case "mastodon":
		p.Mastodon = cmp.Or(p.Mastodon, u)
	case "linkedin":
		p.LinkedIn = cmp.Or(p.LinkedIn, u)
	case "company_website", "blog", "other":
		p.URL = cmp.Or(p.URL, u)
	}
}
