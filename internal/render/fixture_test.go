package render

import (
	"html/template"
	"slices"
	"strings"
	"time"

	"lectern/internal/config"
	"lectern/internal/content"
	"lectern/internal/site"
)

// fixture builds, by hand, a small conference site: an event in Chicago
// time, talks by two speakers, two notes, a reading page and the indexes
// over them. It stands in for site.Build, which render must not depend
// on in its tests.
func fixture() *site.Site {
	chicago := time.FixedZone("", -5*3600)
	at := func(day, h, m int) time.Time { return time.Date(2017, 8, day, h, m, 0, 0, chicago) }
	cfg := config.Default()
	cfg.Title = "DjangoCon Notes"
	cfg.Description = "Talks, notes and reading from DjangoCon US 2017."
	cfg.BaseURL = "https://conf.example.org/"
	cfg.Author = "Ada Example"

	andrew := &site.Speaker{
		Person: content.Person{
			Name: "Andrew Godwin", Slug: "andrew-godwin", Company: "Eventbrite",
			Twitter: "andrewgodwin", Github: "andrewgodwin", URL: "http://www.aeracode.org",
			Photo: "/speakers/andrew-godwin/photo.svg", Bio: "Andrew is a Django core developer.",
		},
		URL:     "/speakers/andrew-godwin/",
		BioHTML: "<p>Andrew is a Django core developer and Senior Software Engineer at Eventbrite.</p>",
	}
	marc := &site.Speaker{
		Person:  content.Person{Name: "Marc Brooker", Slug: "marc-brooker", Company: "Amazon Web Services", Mastodon: "@marc@example.social"},
		URL:     "/speakers/marc-brooker/",
		BioHTML: "<p>Marc builds resilient services.</p>",
	}
	jane := &site.Speaker{
		Person: content.Person{Name: "Jane Doe", Slug: "jane-doe"},
		URL:    "/speakers/jane-doe/",
	}
	event := &site.Event{
		Name: "DjangoCon US 2017", Slug: "djangocon-us-2017", URL: "/events/djangocon-us-2017/",
		Venue: "Spokane Convention Center", Timezone: "America/Chicago", Location: chicago,
		Start: at(13, 0, 0), End: at(18, 0, 0), Rooms: []string{"Ballrooms B and C", "Room 1"},
		Description: "<p>The Django conference, in Spokane.</p>",
	}
	talk := func(file, slug, title string, start time.Time, mins int, room string, speakers ...*site.Speaker) *site.Page {
		p := &site.Page{
			Doc: content.Document{
				File: "content/talks/" + file, Path: "talks/" + file, Kind: content.KindTalk,
				Title: title, Slug: slug, Date: start, End: start.Add(time.Duration(mins) * time.Minute), Room: room,
			},
			URL: "/talks/" + slug + "/", Output: "talks/" + slug + "/index.html",
			Speakers: speakers, Event: event,
		}
		for _, sp := range speakers {
			sp.Talks = append(sp.Talks, p)
		}
		event.Talks = append(event.Talks, p)
		return p
	}
	distributed := talk("taking-django-distributed.md", "taking-django-distributed", "Taking Django Distributed", at(16, 11, 30), 45, "Ballrooms B and C", andrew)
	distributed.Doc.Slides = "https://speakerdeck.com/andrewgodwin/taking-django-distributed"
	distributed.Slides = distributed.Doc.Slides // as site.Build resolves it
	distributed.Doc.Video = "https://www.youtube.com/watch?v=example"
	distributed.Video = distributed.Doc.Video
	distributed.SummaryHTML = "<p>There comes a point in the life of most successful code where you've outgrown a single machine.</p>"
	distributed.Description = "There comes a point in the life of most successful code where you've outgrown a single machine."
	distributed.SetContent("<p>While some code happily lives on a single server forever, most big projects will have to cross the boundary.</p>\n<h2 id=\"strategies\">Strategies</h2>\n<p>We'll look at how to split up business logic.</p>")
	aviation := talk("you-have-control.md", "you-have-control", "You Have Control: Learning lessons from aviation", at(16, 9, 0), 60, "Ballrooms B and C", andrew)
	aviation.Description = "Aviation has been through it all, and we'll look at how we can learn from them."
	aviation.SetContent("<p>We live in a world where we’re dealing with increasingly complex systems.</p>")
	resilient := talk("resilient-services.md", "resilient-services", "Amazon's approach to building resilient services", at(17, 13, 45), 60, "Room 1", marc, jane)
	resilient.Description = "How AWS builds, monitors, and operates services that handle the unexpected."
	resilient.SetContent("<h2 id=\"the-devops-loop\">The DevOps Loop</h2>\n<ul>\n<li>build, fail, analyze causes of failure</li>\n</ul>")
	undated := talk("lightning.md", "lightning", "Lightning talks", time.Time{}, 0, "", jane)
	undated.Doc.End = time.Time{}
	event.Talks = []*site.Page{aviation, distributed, resilient, undated}
	andrew.Talks = []*site.Page{aviation, distributed}

	failover := &site.Page{
		Doc: content.Document{
			File: "content/notes/2020-06-01-failover-conf.md", Path: "notes/2020-06-01-failover-conf.md", Kind: content.KindNote,
			Title: "Failover Conf", Slug: "failover-conf", Date: time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC),
		},
		URL: "/notes/failover-conf/", Output: "notes/failover-conf/index.html",
		Authors:     []*site.Speaker{jane},
		Description: "Back in April, I attended Failover Conf, a virtual conference hosted by Gremlin.",
	}
	failover.SetContent(template.HTML("<p>Back in April, I attended <a href=\"https://failover-conf.example/\">Failover Conf</a>.</p>\n" +
		"<pre class=\"chroma\"><code><span class=\"line\"><span class=\"cl\"><span class=\"k\">def</span> <span class=\"nf\">main</span><span class=\"p\">():</span>\n" +
		"</span></span><span class=\"line\"><span class=\"cl\">    <span class=\"k\">return</span> <span class=\"s2\">\"ok\"</span>  <span class=\"c1\"># fine</span></span></span></code></pre>"))
	jane.Notes = []*site.Page{failover}
	snafu := &site.ReadingEntry{Item: content.Item{Title: "SNAFUcatchers", URL: "https://snafucatchers.github.io/", Note: "Resilience engineering consortium."}, Key: "snafucatchers.github.io", Sources: []*site.Page{failover}}
	failover.Items = []*site.ReadingEntry{snafu}
	hidden := &site.Page{
		Doc: content.Document{
			File: "content/notes/secret.md", Path: "notes/secret.md", Kind: content.KindNote,
			Title: "Secret draft", Slug: "secret", Date: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), Hidden: true,
		},
		URL: "/notes/secret/", Output: "notes/secret/index.html",
	}
	hidden.SetContent("<p>Hidden.</p>")
	books := &site.Page{
		Doc: content.Document{
			File: "content/reading/books.md", Path: "reading/books.md", Kind: content.KindReading,
			Title: "Books on resilience", Slug: "books", Date: time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC),
		},
		URL: "/reading/books/", Output: "reading/books/index.html",
	}
	drift := &site.ReadingEntry{Item: content.Item{Title: "Drift into Failure", Author: "Sidney Dekker", Status: "read", Rating: 5, Note: "Systems thinking for failures."}, Key: "drift into failure", Sources: []*site.Page{books}}
	field := &site.ReadingEntry{Item: content.Item{Title: "The Field Guide to Understanding Human Error", Author: "Sidney Dekker", Status: "to-read"}, Key: "field guide", Sources: []*site.Page{books}}
	books.Items = []*site.ReadingEntry{drift, field}
	drift.Tags = []string{"Systems", "Safety"}
	drift.Date = time.Date(2020, 4, 2, 0, 0, 0, 0, time.UTC)
	books.OwnItems = []site.PageItem{{Item: drift.Item, Entry: drift}, {Item: field.Item, Entry: field}}
	failover.OwnItems = []site.PageItem{{Item: snafu.Item, Line: 12, Entry: snafu}}
	about := &site.Page{
		Doc: content.Document{File: "content/about.md", Path: "about.md", Kind: content.KindPage, Title: "About", Slug: "about"},
		URL: "/about/", Output: "about/index.html",
	}
	about.SetContent("<p>This site collects talks.</p>")

	s := &site.Site{
		Config:   cfg,
		Talks:    []*site.Page{aviation, distributed, resilient, undated},
		Notes:    []*site.Page{hidden, failover},
		Readings: []*site.Page{books},
		Other:    []*site.Page{about},
		Speakers: []*site.Speaker{andrew, jane, marc},
		Events:   []*site.Event{event},
		Reading:  []*site.ReadingEntry{drift, snafu, field},
		Updated:  time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	s.Pages = []*site.Page{about, failover, hidden, books, aviation, distributed, resilient, undated}
	slices.SortFunc(s.Pages, func(a, b *site.Page) int { return strings.Compare(a.URL, b.URL) })

	tag := newTaxonomy(s, "tags", "tag", "Tags", "/tags/")
	tag.add("Django", distributed, aviation)
	tag.add("SRE", failover, resilient, hidden)
	tag.add("Chaos Engineering", failover)
	track := newTaxonomy(s, "tracks", "track", "Tracks", "/tracks/")
	track.add("General", distributed, aviation)
	track.add("DevOps", resilient)
	format := newTaxonomy(s, "formats", "format", "Formats", "/formats/")
	format.add("Talk", distributed, resilient)
	format.add("Keynote", aviation)
	level := newTaxonomy(s, "levels", "level", "Levels", "/levels/")
	level.add("All", distributed, aviation)
	level.add("Advanced", resilient)
	s.Tags, s.Tracks, s.Formats, s.Levels = tag.Taxonomy, track.Taxonomy, format.Taxonomy, level.Taxonomy
	return s
}

// taxonomyBuilder fills a taxonomy and the pages' term fields as
// site.Build would.
type taxonomyBuilder struct {
	*site.Taxonomy
}

func newTaxonomy(s *site.Site, name, singular, title, url string) taxonomyBuilder {
	return taxonomyBuilder{&site.Taxonomy{Name: name, Singular: singular, Title: title, URL: url}}
}

func (t taxonomyBuilder) add(name string, pages ...*site.Page) *site.Term {
	slug := strings.ReplaceAll(strings.ToLower(name), " ", "-")
	term := &site.Term{Name: name, Slug: slug, URL: t.URL + slug + "/", Pages: pages}
	for _, p := range pages {
		switch t.Name {
		case "tags":
			p.Tags = append(p.Tags, term)
		case "tracks":
			p.Track = term
		case "formats":
			p.Format = term
		case "levels":
			p.Level = term
		}
	}
	t.Terms = append(t.Terms, term)
	slices.SortFunc(t.Terms, func(a, b *site.Term) int { return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	return term
}
