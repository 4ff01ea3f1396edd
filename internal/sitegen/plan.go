package sitegen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	// The events' zones resolve the same way on every machine, so the
	// generated site is the same everywhere.
	_ "time/tzdata"
)

// Site is a generated site: a fixed list of files, each made on demand by
// File. It is safe for concurrent use; nothing changes after New.
type Site struct {
	opts     Options
	speakers []speaker
	tags     []string
	events   []event
	talks    []talk
	notes    int
	readings int
	// pagesOf counts the speaker pages under content/speakers/ (lectern)
	// or the speakers taxonomy (Hugo).
	speakerPages int
	fixed        []fixedFile
}

type speaker struct {
	name, slug, company, twitter, github, bio, photo string
}

type event struct {
	slug, name, city, zone string
	start                  time.Time // the first day, 00:00 in the event's zone
}

type talk struct {
	title, slug string
	speakers    []int
	tags        []int
	track       string
	format      string
	level       string
}

// Streams of the random generator, one per kind of file, so that adding
// files of one kind never changes the others.
const (
	streamSpeaker uint64 = iota + 1
	streamTalk
	streamTalkBody
	streamNote
	streamReading
	streamEvent
)

func (s *Site) rand(stream uint64, i int) *rand.Rand {
	return rand.New(rand.NewPCG(s.opts.Seed, stream<<40|uint64(i)))
}

// New plans the site described by opts: names, speakers, tags, events and
// the talks' titles. Bodies are made only when File asks for them.
func New(opts Options) *Site {
	opts = opts.withDefaults()
	s := &Site{opts: opts}
	s.planSpeakers(max(1, opts.Talks/3))
	s.planTags()
	s.planEvents((opts.Talks + TalksPerEvent - 1) / TalksPerEvent)
	s.planTalks(opts.Talks)
	s.notes = opts.Talks / 10
	s.readings = max(2, opts.Talks/2000)
	s.speakerPages = (len(s.speakers) + 9) / 10
	s.fixed = s.fixedFiles()
	return s
}

func (s *Site) planSpeakers(n int) {
	s.speakers = make([]speaker, n)
	for j := range s.speakers {
		r := s.rand(streamSpeaker, j)
		first := firstNames[j%len(firstNames)]
		last := lastNames[(j/len(firstNames)+j)%len(lastNames)]
		name := first + " " + last
		if k := j / (len(firstNames) * len(lastNames)); k > 0 {
			// Past 3,600 speakers, a middle initial keeps names unique.
			name = fmt.Sprintf("%s %c. %s", first, 'A'+rune((k-1)%26), last)
			if k > 26 {
				name += fmt.Sprintf(" %d", k/26+1)
			}
		}
		sp := speaker{
			name:    name,
			slug:    slugify(name),
			company: companies[r.IntN(len(companies))],
			bio:     sentences(r, 2+r.IntN(3)),
		}
		if r.IntN(3) > 0 {
			sp.twitter = strings.ReplaceAll(strings.ToLower(fold(first+last)), "'", "")
		}
		if r.IntN(2) == 0 {
			sp.github = strings.ReplaceAll(strings.ToLower(fold(first[:1]+last)), "'", "")
		}
		if r.IntN(2) == 0 {
			sp.photo = "https://www.gravatar.com/avatar/" + fmt.Sprintf("%032x", r.Uint64()) + "?s=400"
		}
		s.speakers[j] = sp
	}
}

func (s *Site) planTags() {
	s.tags = make([]string, 0, TagCount)
	s.tags = append(s.tags, topics...)
	for i := 0; len(s.tags) < TagCount; i++ {
		s.tags = append(s.tags, qualifiers[i%len(qualifiers)]+" "+topics[(i*7+i/len(qualifiers))%len(topics)])
	}
}

func (s *Site) planEvents(n int) {
	s.events = make([]event, n)
	for e := range s.events {
		c := cities[e%len(cities)]
		year := 2000 + e/4
		month := time.Month(3 + (e%4)*3)
		// The zone's own rules, not a fixed offset: talks written with an
		// offset must agree with those written in local time, or the
		// programme double-books its rooms across a DST change.
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			panic(err) // time/tzdata is linked in
		}
		name := fmt.Sprintf("DevConf %s %d", c.name, year)
		if e%4 >= len(cities)/2 {
			name = fmt.Sprintf("%s Summit %d", c.name, year)
		}
		s.events[e] = event{
			slug: slugify(name), name: name, city: c.name, zone: c.zone,
			start: time.Date(year, month, 10+e%7, 0, 0, 0, 0, loc),
		}
	}
}

func (s *Site) planTalks(n int) {
	s.talks = make([]talk, n)
	seen := make(map[string]int, n)
	for i := range s.talks {
		r := s.rand(streamTalk, i)
		t := talk{
			track:  tracks[r.IntN(len(tracks))],
			format: formats[r.IntN(len(formats))],
			level:  levels[r.IntN(len(levels))],
		}
		// Every speaker gives about three talks; one talk in seven has a
		// second speaker.
		t.speakers = []int{i % len(s.speakers)}
		if r.IntN(7) == 0 && len(s.speakers) > 1 {
			if other := r.IntN(len(s.speakers)); !s.busy(i, other) {
				t.speakers = append(t.speakers, other)
			}
		}
		// Tag sizes are skewed, as on real sites: a few big tags, a long
		// tail of small ones.
		for range 1 + r.IntN(4) {
			u := r.Float64()
			tag := int(u * u * TagCount)
			if !contains(t.tags, tag) {
				t.tags = append(t.tags, tag)
			}
		}
		t.title = talkTitle(r, s.tags[t.tags[0]])
		base := slugify(t.title)
		t.slug = base
		if k := seen[base]; k > 0 {
			// Titles never end in "(part N)" otherwise, so this is unique.
			t.title = fmt.Sprintf("%s (part %d)", t.title, k+1)
			t.slug = slugify(t.title)
		}
		seen[base]++
		s.talks[i] = t
	}
}

// busy reports whether speaker sp already speaks in talk i's time slot:
// the talks given at once are RoomsPerEvent consecutive ones (see
// talkTime), each with its first speaker fixed and the second speakers of
// the earlier ones already chosen. A generated programme never puts a
// speaker in two rooms at once.
func (s *Site) busy(i, sp int) bool {
	first := i - i%RoomsPerEvent
	for j := first; j < first+RoomsPerEvent && j < len(s.talks); j++ {
		if j%len(s.speakers) == sp || (j < i && contains(s.talks[j].speakers, sp)) {
			return true
		}
	}
	return false
}

var titlePatterns = []string{
	"%s in Practice: %s",
	"What %s Taught Us About %s",
	"Scaling %s Without Losing %s",
	"%s for the Rest of Us: %s",
	"A Field Guide to %s and %s",
	"Beyond %s: %s at Scale",
}

func talkTitle(r *rand.Rand, tag string) string {
	noun := capitalize(words[r.IntN(40)]) + "s"
	other := capitalize(words[r.IntN(40)])
	return fmt.Sprintf(titlePatterns[r.IntN(len(titlePatterns))], tag, noun+" and "+other)
}

// talkTime returns when talk i starts: talks fill the events in order,
// eight rooms at a time, ten 45-minute slots a day from 09:00.
func (s *Site) talkTime(i int) (ev int, start time.Time, room string) {
	ev = i / TalksPerEvent
	k := i % TalksPerEvent
	day := k / (RoomsPerEvent * SlotsPerDay)
	slot := k % (RoomsPerEvent * SlotsPerDay) / RoomsPerEvent
	e := s.events[ev]
	y, m, d := e.start.Date()
	start = time.Date(y, m, d+day, 9, slot*45, 0, 0, e.start.Location())
	return ev, start, roomNames[k%RoomsPerEvent]
}

func contains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
