package view

// Fingerprint hashes every field of the entry, and those of the people,
// terms and event it shows: two entries with the same fingerprint show
// the same in any list. It is stable within a process, not across.
func (e *Entry) Fingerprint() uint64 {
	h := NewHasher()
	h.String(e.Kind)
	h.String(e.Title)
	h.String(e.Slug)
	h.String(e.URL)
	h.Time(e.Date)
	h.Time(e.End)
	h.Time(e.Updated)
	h.Byte(byte(e.DatePrecision))
	h.String(e.TimeOfDay)
	h.String(e.Room)
	h.Bool(e.AllRooms)
	all(h, e.Speakers)
	all(h, e.Authors)
	all(h, e.Tags)
	one(h, e.Track)
	one(h, e.Format)
	one(h, e.Level)
	h.Strings(e.Categories)
	one(h, e.Event)
	h.String(e.Slides)
	h.links(e.Links)
	h.String(e.Video)
	h.String(e.VideoHost)
	h.String(e.VideoThumbnail)
	h.String(e.Image)
	h.String(e.ImageAlt)
	h.String(e.Summary)
	h.String(string(e.SummaryHTML))
	h.String(e.Description)
	h.String(e.Status)
	one(h, e.MovedFrom)
	h.String(e.CalendarURL)
	h.Bool(e.Pageless)
	h.String(e.External)
	h.String(e.LinkTo)
	h.String(e.Audio())
	h.String(e.AudioDuration())
	h.String(e.EpisodeNumber())
	h.String(e.Season())
	h.Bool(e.Break)
	h.Bool(e.Draft)
	h.Bool(e.Hidden)
	h.String(e.Venue)
	h.String(e.Timezone)
	h.Strings(e.Rooms)
	h.String(e.Tier)
	h.String(e.Logo)
	h.String(e.Link)
	h.items(e.FrontMatterItems)
	h.params(e.Params)
	return h.Sum()
}

// Fingerprint hashes every field of the page, its body's HTML included.
func (p *Page) Fingerprint() uint64 {
	h := NewHasher()
	h.String(p.File)
	h.String(p.Path)
	h.String(p.Kind)
	h.String(p.Title)
	h.String(p.Slug)
	h.String(p.URL)
	h.Time(p.Date)
	h.Time(p.End)
	h.Time(p.Updated)
	h.Byte(byte(p.DatePrecision))
	h.String(p.Room)
	h.Bool(p.AllRooms)
	all(h, p.Speakers)
	all(h, p.Authors)
	all(h, p.Tags)
	one(h, p.Track)
	one(h, p.Format)
	one(h, p.Level)
	h.Strings(p.Categories)
	one(h, p.Event)
	h.String(p.Slides)
	h.links(p.Links)
	h.String(p.Video)
	h.String(p.VideoHost)
	h.String(p.VideoThumbnail)
	h.String(p.Image)
	h.String(p.ImageAlt)
	h.String(p.Summary)
	h.String(string(p.SummaryHTML))
	h.String(p.Description)
	h.String(p.Status)
	one(h, p.MovedFrom)
	h.String(p.CalendarURL)
	h.Bool(p.Pageless)
	h.String(p.External)
	h.String(p.LinkTo)
	h.String(p.Audio)
	h.String(p.AudioDuration)
	h.String(p.EpisodeNumber)
	h.String(p.Season)
	h.Bool(p.Guests)
	h.Bool(p.Break)
	h.Bool(p.Draft)
	h.Bool(p.Hidden)
	h.String(p.Venue)
	h.String(p.Timezone)
	h.Strings(p.Rooms)
	h.String(p.Tier)
	h.String(p.Logo)
	h.String(p.Link)
	h.items(p.FrontMatterItems)
	all(h, p.Items)
	h.params(p.Params)
	h.String(string(p.AbstractHTML))
	h.String(string(p.Content))
	h.Int(len(p.Headings))
	for _, hd := range p.Headings {
		h.Int(hd.Level)
		h.String(hd.ID)
		h.String(hd.Text)
	}
	h.Int(p.WordCount)
	h.Bool(p.Math)
	return h.Sum()
}

// Fingerprint hashes where and when the talk was.
func (p *Placement) Fingerprint() uint64 {
	h := NewHasher()
	h.Time(p.Start)
	h.String(p.Room)
	return h.Sum()
}

func (h *Hasher) items(its []Item) {
	h.Int(len(its))
	for _, it := range its {
		h.Uint64(it.Fingerprint())
	}
}

// Fingerprint hashes every field of the item.
func (it Item) Fingerprint() uint64 {
	h := NewHasher()
	h.String(it.Title)
	h.String(it.URL)
	h.String(it.Author)
	h.String(it.Note)
	h.String(string(it.NoteHTML))
	h.Bool(it.NoteBlocks)
	h.String(it.Status)
	h.Float(it.Rating)
	h.Int(it.Year)
	h.Time(it.Date)
	h.Time(it.Started)
	h.String(it.DateText)
	h.String(it.ISBN)
	h.String(it.Cover)
	h.Strings(it.Tags)
	h.String(it.Source)
	h.String(it.Series)
	h.String(it.SeriesNumber)
	h.String(it.SeriesURL)
	return h.Sum()
}

// Fingerprint hashes every field of the entry and the entries of the
// pages that mention it.
func (e *ReadingEntry) Fingerprint() uint64 {
	h := NewHasher()
	h.String(e.Title)
	h.String(e.URL)
	h.String(e.Author)
	h.String(e.Note)
	h.String(string(e.NoteHTML))
	h.Bool(e.NoteBlocks)
	h.String(e.Status)
	h.Float(e.Rating)
	h.Int(e.Year)
	h.Time(e.Date)
	h.Time(e.Started)
	h.String(e.DateText)
	h.String(e.ISBN)
	h.String(e.Cover)
	h.Strings(e.Tags)
	h.String(e.Key)
	h.String(e.Series)
	h.String(e.SeriesNumber)
	h.String(e.SeriesURL)
	all(h, e.Sources)
	return h.Sum()
}

// Fingerprint hashes the tier's name and its sponsors' entries.
func (t *SponsorTier) Fingerprint() uint64 {
	h := NewHasher()
	h.String(t.Name)
	all(h, t.Sponsors)
	if t.Event != nil {
		h.String(t.Event.Name)
		h.String(t.Event.URL)
	}
	return h.Sum()
}

// links hashes a talk's materials, each name and address, and how many.
func (h *Hasher) links(ls []Link) {
	h.Int(len(ls))
	for _, l := range ls {
		h.String(l.Name)
		h.String(l.URL)
	}
}
