package view

// Fingerprint hashes every field of the entry, and those of the people,
// terms and event it shows: two entries with the same fingerprint show
// the same in any list. It is stable within a process, not across.
func (e *Entry) Fingerprint() uint64 {
	h := newHasher()
	h.str(e.Kind)
	h.str(e.Title)
	h.str(e.Slug)
	h.str(e.URL)
	h.time(e.Date)
	h.time(e.End)
	h.time(e.Updated)
	h.str(e.Room)
	h.bool(e.AllRooms)
	all(h, e.Speakers)
	all(h, e.Authors)
	all(h, e.Tags)
	one(h, e.Track)
	one(h, e.Format)
	one(h, e.Level)
	h.strs(e.Categories)
	one(h, e.Event)
	h.str(e.Slides)
	h.str(e.Video)
	h.str(e.VideoHost)
	h.str(e.VideoThumbnail)
	h.str(e.Summary)
	h.str(string(e.SummaryHTML))
	h.str(e.Description)
	h.str(e.Status)
	one(h, e.MovedFrom)
	h.str(e.CalendarURL)
	h.bool(e.Pageless)
	h.bool(e.Break)
	h.bool(e.Draft)
	h.bool(e.Hidden)
	h.str(e.Venue)
	h.str(e.Timezone)
	h.strs(e.Rooms)
	h.str(e.Tier)
	h.str(e.Logo)
	h.str(e.Link)
	h.items(e.FrontMatterItems)
	h.params(e.Params)
	return h.sum()
}

// Fingerprint hashes every field of the page, its body's HTML included.
func (p *Page) Fingerprint() uint64 {
	h := newHasher()
	h.str(p.File)
	h.str(p.Path)
	h.str(p.Kind)
	h.str(p.Title)
	h.str(p.Slug)
	h.str(p.URL)
	h.time(p.Date)
	h.time(p.End)
	h.time(p.Updated)
	h.str(p.Room)
	h.bool(p.AllRooms)
	all(h, p.Speakers)
	all(h, p.Authors)
	all(h, p.Tags)
	one(h, p.Track)
	one(h, p.Format)
	one(h, p.Level)
	h.strs(p.Categories)
	one(h, p.Event)
	h.str(p.Slides)
	h.str(p.Video)
	h.str(p.VideoHost)
	h.str(p.VideoThumbnail)
	h.str(p.Summary)
	h.str(string(p.SummaryHTML))
	h.str(p.Description)
	h.str(p.Status)
	one(h, p.MovedFrom)
	h.str(p.CalendarURL)
	h.bool(p.Pageless)
	h.bool(p.Break)
	h.bool(p.Draft)
	h.bool(p.Hidden)
	h.str(p.Venue)
	h.str(p.Timezone)
	h.strs(p.Rooms)
	h.str(p.Tier)
	h.str(p.Logo)
	h.str(p.Link)
	h.items(p.FrontMatterItems)
	all(h, p.Items)
	h.params(p.Params)
	h.str(string(p.Content))
	h.int(len(p.Headings))
	for _, hd := range p.Headings {
		h.int(hd.Level)
		h.str(hd.ID)
		h.str(hd.Text)
	}
	h.int(p.WordCount)
	h.bool(p.Math)
	return h.sum()
}

// Fingerprint hashes where and when the talk was.
func (p *Placement) Fingerprint() uint64 {
	h := newHasher()
	h.time(p.Start)
	h.str(p.Room)
	return h.sum()
}

func (h *hasher) items(its []Item) {
	h.int(len(its))
	for _, it := range its {
		h.u64(it.Fingerprint())
	}
}

// Fingerprint hashes every field of the item.
func (it Item) Fingerprint() uint64 {
	h := newHasher()
	h.str(it.Title)
	h.str(it.URL)
	h.str(it.Author)
	h.str(it.Note)
	h.str(it.Status)
	h.int(it.Rating)
	h.int(it.Year)
	h.time(it.Date)
	h.time(it.Started)
	h.str(it.ISBN)
	h.strs(it.Tags)
	h.str(it.Source)
	return h.sum()
}

// Fingerprint hashes every field of the entry and the entries of the
// pages that mention it.
func (e *ReadingEntry) Fingerprint() uint64 {
	h := newHasher()
	h.str(e.Title)
	h.str(e.URL)
	h.str(e.Author)
	h.str(e.Note)
	h.str(e.Status)
	h.int(e.Rating)
	h.int(e.Year)
	h.time(e.Date)
	h.time(e.Started)
	h.str(e.ISBN)
	h.strs(e.Tags)
	h.str(e.Key)
	all(h, e.Sources)
	return h.sum()
}

// Fingerprint hashes the tier's name and its sponsors' entries.
func (t *SponsorTier) Fingerprint() uint64 {
	h := newHasher()
	h.str(t.Name)
	all(h, t.Sponsors)
	return h.sum()
}
