package view

// Fingerprint hashes every field of the person as other pages show them.
func (p *PersonRef) Fingerprint() uint64 {
	h := newHasher()
	h.profile(p.Name, p.Slug, p.URL, p.Website, p.Photo, p.Company, p.Pronouns, p.Role, p.Bio, string(p.BioHTML), p.Twitter, p.Github, p.Mastodon)
	return h.sum()
}

func (h *hasher) profile(fields ...string) {
	for _, f := range fields {
		h.str(f)
	}
}

// Fingerprint hashes every field of the person, their talks' and notes'
// entries and, when set, their page.
func (p *Person) Fingerprint() uint64 {
	h := newHasher()
	h.profile(p.Name, p.Slug, p.URL, p.Website, p.Photo, p.Company, p.Pronouns, p.Role, p.Bio, string(p.BioHTML), p.Twitter, p.Github, p.Mastodon)
	h.str(string(p.OwnBio))
	all(h, p.Talks)
	all(h, p.Notes)
	h.int(p.TalkCount)
	h.int(len(p.TalksByEvent))
	for _, g := range p.TalksByEvent {
		one(h, g.Event)
		all(h, g.Talks)
	}
	one(h, p.Page)
	return h.sum()
}

// Fingerprint hashes every field of the event as other pages show it.
func (e *EventRef) Fingerprint() uint64 {
	h := newHasher()
	h.str(e.Name)
	h.str(e.Slug)
	h.str(e.URL)
	h.str(e.Venue)
	h.str(e.Timezone)
	h.loc(e.Location)
	h.time(e.Start)
	h.time(e.End)
	h.strs(e.Rooms)
	one(h, e.Schedule)
	return h.sum()
}

// Fingerprint hashes the schedule's name and the addresses of its page
// and files.
func (s *ScheduleRef) Fingerprint() uint64 {
	h := newHasher()
	h.profile(s.Name, s.URL, s.Calendar, s.JSON, s.XML)
	return h.sum()
}

// Fingerprint hashes every field of the event, its talks' entries, its
// schedule and, when set, its page.
func (e *Event) Fingerprint() uint64 {
	h := newHasher()
	h.str(e.Name)
	h.str(e.Slug)
	h.str(e.URL)
	h.str(e.Venue)
	h.str(e.Timezone)
	h.loc(e.Location)
	h.time(e.Start)
	h.time(e.End)
	h.strs(e.Rooms)
	h.str(string(e.Description))
	all(h, e.Talks)
	one(h, e.Schedule)
	one(h, e.Page)
	return h.sum()
}

// Fingerprint hashes the whole programme: its event, rooms, filters,
// every day's grid and the entries of its talks.
func (s *Schedule) Fingerprint() uint64 {
	h := newHasher()
	one(h, s.Event)
	h.profile(s.Name, s.URL, s.Calendar, s.JSON, s.XML)
	h.loc(s.Location)
	h.strs(s.Rooms)
	all(h, s.Tracks)
	all(h, s.Levels)
	h.int(len(s.Days))
	for _, d := range s.Days {
		h.time(d.Date)
		h.strs(d.Rooms)
		h.int(len(d.Rows))
		for _, r := range d.Rows {
			h.time(r.Start)
			h.time(r.End)
			h.bool(r.Starts)
			h.bool(r.Gap)
		}
		h.int(len(d.Slots))
		for _, sl := range d.Slots {
			one(h, sl.Talk)
			h.int(sl.Row)
			h.int(sl.Rows)
			h.int(sl.Col)
			h.int(sl.Cols)
			h.time(sl.Start)
			h.time(sl.End)
			h.bool(sl.Plenary)
			h.bool(sl.Break)
		}
		all(h, d.Untimed)
	}
	all(h, s.Unscheduled)
	all(h, s.Talks)
	return h.sum()
}

// Fingerprint hashes what a page shows of the term.
func (t *TermRef) Fingerprint() uint64 {
	h := newHasher()
	h.profile(t.Name, t.Slug, t.URL)
	h.bool(t.AllLevels)
	return h.sum()
}

// Fingerprint hashes the term and the entries of its pages.
func (t *Term) Fingerprint() uint64 {
	h := newHasher()
	h.profile(t.Name, t.Slug, t.URL)
	h.bool(t.AllLevels)
	all(h, t.Pages)
	h.int(t.Count)
	return h.sum()
}

// Fingerprint hashes the taxonomy and its terms.
func (t *Taxonomy) Fingerprint() uint64 {
	h := newHasher()
	h.profile(t.Name, t.Singular, t.Title, t.URL)
	all(h, t.Terms)
	return h.sum()
}

// Chrome hashes what every page of the default theme shows of the site
// as a whole: the configuration, the navigation, the indexes' URLs, the
// counts and each taxonomy's name, title, URL and number of terms. It
// leaves out the lists (Talks, Speakers…), Data and Updated, which
// Fingerprint covers.
func (s *Site) Chrome() uint64 {
	h := newHasher()
	c := s.Config
	h.profile(c.Title, c.Description, c.Author, c.Language, c.BaseURL, c.Timezone)
	h.strMap(c.Params)
	h.int(len(s.Menu))
	for _, m := range s.Menu {
		h.str(m.Name)
		h.str(m.URL)
		h.bool(m.Current)
	}
	h.profile(s.SpeakersURL, s.NotesURL, s.ReadingURL)
	h.int(s.NoteCount)
	h.int(s.SpeakerCount)
	h.int(s.ReadingCount)
	h.int(len(s.Taxonomies))
	for _, t := range s.Taxonomies {
		h.profile(t.Name, t.Singular, t.Title, t.URL)
		h.int(len(t.Terms))
	}
	return h.sum()
}

// Fingerprint hashes every field of the site view: Chrome, Data and
// every list.
func (s *Site) Fingerprint() uint64 {
	h := newHasher()
	h.u64(s.Chrome())
	h.time(s.Updated)
	h.params(s.Data)
	all(h, s.Taxonomies)
	for _, t := range []*Taxonomy{s.Tags, s.Tracks, s.Formats, s.Levels} {
		one(h, t)
	}
	all(h, s.Pages)
	all(h, s.Talks)
	all(h, s.Notes)
	all(h, s.Readings)
	all(h, s.Other)
	all(h, s.Speakers)
	all(h, s.Events)
	one(h, s.Schedule)
	all(h, s.Reading)
	all(h, s.Sponsors)
	return h.sum()
}
