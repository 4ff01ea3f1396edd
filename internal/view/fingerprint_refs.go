package view

// Fingerprint hashes every field of the person as other pages show them.
func (p *PersonRef) Fingerprint() uint64 {
	h := NewHasher()
	h.profile(p.Name, p.Slug, p.URL, p.Website, p.Photo, p.Company, p.Pronouns, p.Role, p.Bio, string(p.BioHTML), p.Twitter, p.Github, p.Mastodon, p.LinkedIn)
	return h.Sum()
}

func (h *Hasher) profile(fields ...string) {
	for _, f := range fields {
		h.String(f)
	}
}

// Fingerprint hashes every field of the person, their talks' and notes'
// entries and, when set, their page.
func (p *Person) Fingerprint() uint64 {
	h := NewHasher()
	h.profile(p.Name, p.Slug, p.URL, p.Website, p.Photo, p.Company, p.Pronouns, p.Role, p.Bio, string(p.BioHTML), p.Twitter, p.Github, p.Mastodon, p.LinkedIn)
	h.String(string(p.OwnBio))
	h.String(p.Anchor)
	all(h, p.Talks)
	all(h, p.Notes)
	h.Int(p.TalkCount)
	h.Int(len(p.TalksByEvent))
	for _, g := range p.TalksByEvent {
		one(h, g.Event)
		all(h, g.Talks)
	}
	one(h, p.Page)
	return h.Sum()
}

// Fingerprint hashes every field of the event as other pages show it.
func (e *EventRef) Fingerprint() uint64 {
	h := NewHasher()
	h.String(e.Name)
	h.String(e.Slug)
	h.String(e.URL)
	h.String(e.Venue)
	h.String(e.Timezone)
	h.loc(e.Location)
	h.Time(e.Start)
	h.Time(e.End)
	h.Bool(e.Timed)
	h.Strings(e.Rooms)
	one(h, e.Schedule)
	return h.Sum()
}

// Fingerprint hashes the schedule's name and the addresses of its page
// and files.
func (s *ScheduleRef) Fingerprint() uint64 {
	h := NewHasher()
	h.profile(s.Name, s.URL, s.Calendar, s.JSON, s.XML)
	return h.Sum()
}

// Fingerprint hashes every field of the event, its talks' entries, its
// schedule and, when set, its page.
func (e *Event) Fingerprint() uint64 {
	h := NewHasher()
	h.String(e.Name)
	h.String(e.Slug)
	h.String(e.URL)
	h.String(e.Venue)
	h.String(e.Timezone)
	h.loc(e.Location)
	h.Time(e.Start)
	h.Time(e.End)
	h.Bool(e.Timed)
	h.Strings(e.Rooms)
	h.String(string(e.Description))
	all(h, e.Talks)
	one(h, e.Schedule)
	one(h, e.Page)
	all(h, e.Sponsors)
	return h.Sum()
}

// Fingerprint hashes the whole programme: its event, rooms, filters,
// every day's grid and the entries of its talks.
func (s *Schedule) Fingerprint() uint64 {
	h := NewHasher()
	one(h, s.Event)
	h.profile(s.Name, s.URL, s.Calendar, s.JSON, s.XML)
	h.loc(s.Location)
	h.Bool(s.OneZone)
	h.Strings(s.Rooms)
	all(h, s.Tracks)
	all(h, s.Levels)
	h.Int(len(s.Days))
	for _, d := range s.Days {
		h.Time(d.Date)
		h.Strings(d.Rooms)
		h.Int(len(d.Rows))
		for _, r := range d.Rows {
			h.Time(r.Start)
			h.Time(r.End)
			h.Bool(r.Starts)
			h.Bool(r.Gap)
		}
		h.Int(len(d.Slots))
		for _, sl := range d.Slots {
			one(h, sl.Talk)
			h.Int(sl.Row)
			h.Int(sl.Rows)
			h.Int(sl.Col)
			h.Int(sl.Cols)
			h.Time(sl.Start)
			h.Time(sl.End)
			h.Bool(sl.Plenary)
			h.Bool(sl.Break)
		}
		all(h, d.Untimed)
	}
	h.Int(len(s.Periods))
	for _, p := range s.Periods {
		h.Time(p.Date)
		h.Byte(byte(p.Precision))
		all(h, p.Talks)
	}
	all(h, s.Unscheduled)
	all(h, s.Talks)
	return h.Sum()
}

// Fingerprint hashes what a page shows of the term.
func (t *TermRef) Fingerprint() uint64 {
	h := NewHasher()
	h.profile(t.Name, t.Slug, t.URL)
	h.Bool(t.AllLevels)
	return h.Sum()
}

// Fingerprint hashes the term and the entries of its pages.
func (t *Term) Fingerprint() uint64 {
	h := NewHasher()
	h.profile(t.Name, t.Slug, t.URL)
	h.Bool(t.AllLevels)
	all(h, t.Pages)
	h.Int(t.Count)
	return h.Sum()
}

// Fingerprint hashes the taxonomy and its terms.
func (t *Taxonomy) Fingerprint() uint64 {
	h := NewHasher()
	h.profile(t.Name, t.Singular, t.Title, t.URL)
	all(h, t.Terms)
	return h.Sum()
}

// Chrome hashes what every page of the default theme shows of the site
// as a whole: the configuration, the navigation, the indexes' URLs, the
// counts and each taxonomy's name, title, URL and number of terms. It
// leaves out the lists (Talks, Speakers…), Data and Updated, which
// Fingerprint covers.
func (s *Site) Chrome() uint64 {
	h := NewHasher()
	c := s.Config
	h.profile(c.Title, c.Description, c.Author, c.Language, c.BaseURL, c.Timezone, c.Feed, c.TermFeed)
	h.strMap(c.Params)
	h.Int(len(s.Menu))
	for _, m := range s.Menu {
		h.String(m.Name)
		h.String(m.URL)
		h.Bool(m.Current)
	}
	h.profile(s.SpeakersURL, s.NotesURL, s.ReadingURL, s.TalksURL, s.EventsURL)
	h.Int(s.NoteCount)
	h.Int(s.TalkCount)
	h.Int(s.SpeakerCount)
	h.Int(s.ReadingCount)
	h.Int(s.EventCount)
	h.Int(len(s.Taxonomies))
	for _, t := range s.Taxonomies {
		h.profile(t.Name, t.Singular, t.Title, t.URL)
		h.Int(len(t.Terms))
	}
	return h.Sum()
}

// Fingerprint hashes every field of the site view: Chrome, Data and
// every list.
func (s *Site) Fingerprint() uint64 {
	h := NewHasher()
	h.Uint64(s.Chrome())
	h.Time(s.Updated)
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
	return h.Sum()
}
