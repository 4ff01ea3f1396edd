package render

import (
	"bytes"
	"encoding/hex"
	"image/png"
	"io/fs"
	"strings"
	"sync"
	"time"

	"lectern/internal/diag"
	"lectern/internal/site"
)

// cardsDir is the folder share preview cards are written to. A card's
// file is named by the hash of its text, so a changed card has a new URL
// (apps that cached the old picture fetch the new one) and an unchanged
// one can be taken from the last build instead of drawn again.
const cardsDir = "cards/"

// cardURL returns the root-relative URL of c's picture.
func cardURL(c card) string { return "/" + cardsDir + c.key() + ".png" }

// withCard sets d's share preview to c, when the site has a base URL:
// og:image must be absolute, and without base_url no URL is.
func (b *jobs) withCard(d *Data, c card) {
	if b.urls.base == "" {
		return
	}
	d.Image = b.urls.abs(cardURL(c))
	d.ImageAlt = cardAlt(c)
	d.ImageWidth, d.ImageHeight = CardWidth, CardHeight
}

// cardAlt is the text of a card for readers who cannot see it.
func cardAlt(c card) string {
	var parts []string
	for _, s := range []string{c.Title, c.People, c.When, c.Where} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// talkCard is the preview of a talk: its format, title, speakers, time
// and room.
func (b *jobs) talkCard(p *site.Page) card {
	c := card{Site: b.s.Config.Title, Kicker: "Talk", Title: p.Doc.Title}
	if p.Format != nil {
		c.Kicker = p.Format.Name
	}
	var names []string
	for _, sp := range p.Speakers {
		names = append(names, sp.Name)
	}
	c.People = strings.Join(names, ", ")
	if start, end := p.When(); !start.IsZero() {
		c.When = p.Doc.DatePrecision.Format(start, "Monday 2 January 2006")
		if hasTime(start) {
			c.When += " · " + timeRange(start, end)
		}
	}
	var where []string
	if p.Doc.Room != "" {
		where = append(where, p.Doc.Room)
	}
	if p.Event != nil {
		where = append(where, p.Event.Name)
	} else if p.Doc.Venue != "" {
		// Where a talk of no event was given (site.Site.Placeless).
		where = append(where, p.Doc.Venue)
	}
	c.Where = strings.Join(where, " · ")
	return c
}

// speakerCard is the preview of a speaker: name, role and talks.
func (b *jobs) speakerCard(sp *site.Speaker) card {
	c := card{Site: b.s.Config.Title, Kicker: "Speaker", Title: sp.Name}
	var role []string
	for _, s := range []string{sp.Role, sp.Company} {
		if s != "" {
			role = append(role, s)
		}
	}
	c.People = strings.Join(role, ", ")
	if n := len(sp.Talks); n > 0 {
		c.When = plural(n, "talk", "talks")
		if n == 1 {
			c.When = sp.Talks[0].Doc.Title
		}
	}
	return c
}

// eventCard is the preview of an event: its days, or its day and hours,
// and venue.
func (b *jobs) eventCard(e *site.Event) card {
	c := card{Site: b.s.Config.Title, Kicker: "Event", Title: e.Name, When: eventWhen(e), Where: e.Venue}
	if n := len(visible(e.Talks)); n > 0 {
		c.People = plural(n, "talk", "talks")
	}
	return c
}

// homeCard is the preview of the home page: the site's title and
// description, and when its only event is (eventWhen).
func (b *jobs) homeCard() card {
	s := b.s
	c := card{Site: s.Config.Title, Title: s.Config.Title, People: s.Config.Description}
	if len(s.Events) == 1 {
		e := s.Events[0]
		c.When, c.Where = eventWhen(e), e.Venue
	}
	return c
}

// eventWhen is when an event is, as a card says it: for one dated to a
// time of day on one day (site.Event.Timed, a meetup's evening) its day
// and hours as a talk's card gives them ("Wednesday 11 November 2020 ·
// 17:30–18:30"), as its pages do; else its days. The zone is left out,
// as on a talk's card: the card is kept short, and the page gives it.
func eventWhen(e *site.Event) string {
	if !e.Timed() {
		return dateRange(e.Start, e.End)
	}
	end := e.End
	if !end.After(e.Start) {
		end = time.Time{}
	}
	return e.Start.Format("Monday 2 January 2006") + " · " + timeRange(e.Start, end)
}

// cards adds a job per distinct card of the site's talks, speakers,
// events and home page. Nothing links to a card without a base URL, so
// such a site has none. The preview has the same cards as a build: it
// serves the same files.
//
// A card's text is made twice: here, to name its file by its hash, and
// again when it is drawn, from the page, speaker or event it shows. No
// job holds the text in between: a large site's cards would keep
// megabytes of strings alive for the whole build, for a few microseconds
// of formatting each.
//
// sums are the cards' sums in the order cards adds them, made by
// cardSums while the jobs before the cards were made.
func (b *jobs) cards(sums func() [][8]byte) {
	if b.urls.base == "" {
		return
	}
	seen := make(map[[8]byte]bool, len(b.s.Talks)+len(b.s.Speakers)+len(b.s.Events)+1)
	all := sums()
	add := func(text func() card, sources []string) {
		sum := all[0]
		all = all[1:]
		if seen[sum] {
			return
		}
		seen[sum] = true
		out := cardFile(sum)
		b.add(Job{
			// A card reads nothing: its name is the hash of all it
			// draws, so a card of the same name is the same picture.
			Path: out, Kind: KindCard, Sources: sources,
			render: func(t *task) (Output, diag.List) {
				body := b.r.previousCard(out)
				if body == nil && writeCard(t.buf, text()) {
					body = t.buf.Bytes()
				}
				var diags diag.List
				if body == nil {
					diags.Errorf(diag.Pos{File: firstSource(Job{Sources: sources})}, "cannot draw the share preview %s: lectern's fonts did not load; reinstall lectern", out)
				}
				return Output{Path: out, MediaType: "image/png", Body: body}, diags
			},
		})
	}
	for _, p := range b.cardTalks() {
		add(func() card { return b.talkCard(p) }, pageSources(p))
	}
	for _, sp := range b.s.Speakers {
		var sources []string
		if sp.Page != nil {
			sources = append(sources, sp.Page.Doc.File)
		}
		for _, p := range sp.Talks {
			sources = append(sources, p.Doc.File)
		}
		add(func() card { return b.speakerCard(sp) }, sources)
	}
	for _, e := range b.s.Events {
		if e.URL == "" {
			continue
		}
		var sources []string
		if e.Page != nil {
			sources = append(sources, e.Page.Doc.File)
		}
		add(func() card { return b.eventCard(e) }, sources)
	}
	add(b.homeCard, nil)
}

// cardTalks are the talks whose link previews show a card: not those
// with a picture of their own (ownPicture), which previews show
// instead, so that no card is drawn that no page names.
func (b *jobs) cardTalks() []*site.Page {
	out := make([]*site.Page, 0, len(b.s.Talks))
	for _, p := range b.s.Talks {
		if b.ownPicture(p) == "" {
			out = append(out, p)
		}
	}
	return out
}

// cardSums starts making, on workers cores, the sums naming the cards
// of the site's talks, speakers, events and home page, in the order
// cards adds them, and returns a function waiting for them. Hashing the
// text of every card was a fifth of making a large site's jobs, which
// one core of the two a small machine has can do while the other makes
// the jobs before the cards (jobsOf asks for one worker); a patch that
// waits for nothing else asks for every core (Index.Cards). The model
// is only read meanwhile.
func (b *jobs) cardSums(workers int) func() [][8]byte {
	if b.urls.base == "" {
		return nil
	}
	s := b.s
	var events []*site.Event
	for _, e := range s.Events {
		if e.URL != "" {
			events = append(events, e)
		}
	}
	carded := b.cardTalks()
	talks, people := len(carded), len(carded)+len(s.Speakers)
	out := make([][8]byte, people+len(events)+1)
	text := func(i int) card {
		switch {
		case i < talks:
			return b.talkCard(carded[i])
		case i < people:
			return b.speakerCard(s.Speakers[i-talks])
		case i < len(out)-1:
			return b.eventCard(events[i-people])
		}
		return b.homeCard()
	}
	var done sync.WaitGroup
	var failed diag.Carrier
	size := (len(out) + workers - 1) / max(workers, 1)
	for start := 0; start < len(out); start += size {
		done.Go(func() {
			defer failed.Catch()
			var scratch []byte
			for i := start; i < min(start+size, len(out)); i++ {
				out[i] = text(i).sum(&scratch)
			}
		})
	}
	return func() [][8]byte {
		done.Wait()
		failed.Raise()
		return out
	}
}

// cardFile is the output path of the card whose sum is sum (see
// card.sum): cardURL's, made in one allocation.
func cardFile(sum [8]byte) string {
	var name [2 * len(sum)]byte
	hex.Encode(name[:], sum[:])
	var out strings.Builder
	out.Grow(len(cardsDir) + len(name) + len(".png"))
	out.WriteString(cardsDir)
	out.Write(name[:])
	out.WriteString(".png")
	return out.String()
}

// previousCard returns the card the last build wrote at out, or nil. The
// name is the hash of what is drawn, so the same name is the same
// picture; the file is checked to be a PNG of the card's size, so that a
// damaged file is drawn again rather than published.
func (r *Renderer) previousCard(out string) []byte {
	if r.opts.Previous == nil {
		return nil
	}
	body, err := fs.ReadFile(r.opts.Previous, out)
	if err != nil {
		return nil
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(body))
	if err != nil || cfg.Width != CardWidth || cfg.Height != CardHeight {
		return nil
	}
	return body
}
