package sitegen

import (
	"fmt"
	"strings"
	"time"
)

// Schemas of talk files, in the order talks cycle through them.
const (
	schemaPyCon     = iota // YAML: speakers as maps with bio, abstract, talkid
	schemaDjangoCon        // Jekyll YAML: presenters, offset dates, permalink
	schemaTOML             // Hugo-style TOML, [[speakers]] tables
	schemaPlain            // plain YAML: a speaker's name, comma-separated tags
)

func (s *Site) schema(i int) int {
	sc := i % 3
	if sc == schemaTOML && (i/3)%4 == 3 {
		return schemaPlain
	}
	return sc
}

func (s *Site) talkFile(i int) (string, []byte) {
	t := s.talks[i]
	r := s.rand(streamTalkBody, i)
	ev, start, room := s.talkTime(i)
	e := s.events[ev]
	abstract := sentences(r, 2+r.IntN(2))
	text := body(r, 2048+r.IntN(3072), r.IntN(4) == 0)
	var b strings.Builder
	b.Grow(len(text) + 1024)
	name := "content/talks/" + t.slug + ".md"
	if s.opts.Dialect == Hugo {
		fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\nspeakers: %s\ntags: %s\ntracks: [%s]\nformats: [%s]\nlevels: [%s]\nroom: %s\nevent: %s\nsummary: %s\n---\n",
			q(t.title), start.Format(time.RFC3339), list(s.speakerNames(t)), list(s.tagNames(t)),
			q(t.track), q(t.format), q(t.level), q(room), q(e.name), q(abstract))
		b.Write(text)
		return name, []byte(b.String())
	}
	switch s.schema(i) {
	case schemaPyCon:
		fmt.Fprintf(&b, "---\nlayout: talk\nrecordingconsent: true\ntalkid: %d\ntitle: %s\ntrack: %s\ntype: %s\nconference: %s\nstart_datetime: %s\nduration: 45\nroom: %s\nkeywords: %s\n\nspeakers:\n",
			41000+i, q(t.title), strings.ToLower(t.track), t.format, q(e.name), start.Format("2006-01-02T15:04:05"), q(room), q(strings.Join(s.tagNames(t), ", ")))
		for _, k := range t.speakers {
			sp := s.speakers[k]
			// The photo is remote: a local one names a file the
			// generator would have to write, or the build warns.
			fmt.Fprintf(&b, "- bio: %s\n  company: %s\n  name: %s\n  thumbnailUrl: https://photos.example.org/%s.png\n  twitter: %s\n  url: http://www.%s.example.org\n",
				q(sp.bio), q(sp.company), q(sp.name), sp.slug, q(sp.twitter), sp.slug)
		}
		fmt.Fprintf(&b, "\nabstract: %s\n---\n", q(abstract))
	case schemaDjangoCon:
		fmt.Fprintf(&b, "---\nabstract: %s\naccepted: true\ncategory: %s\ndate: %s\ndifficulty: %s\nevent: %s\nlayout: session-details\npermalink: /talks/%s/\npresenters:\n",
			q(abstract), t.format, start.Format("2006-01-02 15:04:05 -0700"), t.level, e.slug, t.slug)
		for _, k := range t.speakers {
			sp := s.speakers[k]
			fmt.Fprintf(&b, "- bio: %s\n  company: %s\n  github: %s\n  name: %s\n  photo_url: '%s'\n  twitter: %s\n  website: http://www.%s.example.org\n",
				q(sp.bio), q(sp.company), q(sp.github), q(sp.name), sp.photo, q(sp.twitter), sp.slug)
		}
		fmt.Fprintf(&b, "room: %s\nsitemap: true\nslides_url: 'https://speakerdeck.com/%s/%s'\ntags: %s\ntitle: %s\ntrack: %s\nvideo_url: ''\n---\n\n",
			q(room), s.speakers[t.speakers[0]].slug, t.slug, list(s.tagNames(t)), q(t.title), q(t.track))
	case schemaTOML:
		fmt.Fprintf(&b, "+++\ntitle = %s\ndate = %s\nduration = \"45m\"\nroom = %s\ntrack = %s\nlevel = %s\nformat = %s\nevent = %s\ntags = %s\nsummary = %s\nslides_url = \"https://slides.example.org/%s/\"\n",
			q(t.title), start.Format(time.RFC3339), q(room), q(t.track), q(t.level), q(t.format), q(e.slug), list(s.tagNames(t)), q(abstract), t.slug)
		for _, k := range t.speakers {
			sp := s.speakers[k]
			fmt.Fprintf(&b, "\n[[speakers]]\nname = %s\ncompany = %s\ngithub = %s\n", q(sp.name), q(sp.company), q(sp.github))
		}
		b.WriteString("+++\n")
	case schemaPlain:
		// One name as text, several as a list: a comma-separated text
		// would be one name.
		who := q(s.speakers[t.speakers[0]].name)
		if len(t.speakers) > 1 {
			who = list(s.speakerNames(t))
		}
		fmt.Fprintf(&b, "---\ntitle: %s\nspeaker: %s\ndatetime: %s\nroom: %s\ntrack: %s\nlevel: %s\nevent: %s\ntags: %s\n---\n",
			q(t.title), who, start.Format("2006-01-02T15:04"), q(room), q(t.track), q(t.level), q(e.slug), strings.Join(s.tagNames(t), ", "))
	}
	b.Write(text)
	return name, []byte(b.String())
}
