package build

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// talksSite is a site of talks, each given as "event date", at events
// named in their front matter (which creates them, as a speaker's notes
// of talks at several conferences do).
func talksSite(talks ...string) string {
	var b strings.Builder
	b.WriteString("-- config.toml --\ntitle = \"Talks\"\n")
	for i, t := range talks {
		event, date, _ := strings.Cut(t, " ")
		fmt.Fprintf(&b, "-- content/talks/t%d.md --\n---\ntitle: Talk %d\nevent: %s\ndate: %s\n---\nT.\n", i, i, event, date)
	}
	return b.String()
}

// TestArchiveHasNoSchedules: talks given each alone on its day at
// different events are a speaker's archive (site.Site.Archive): no
// event's schedule page or calendar, no main schedule, and lists show
// each talk's day without its time of day, as the talk's own page, its
// calendar file and its search entry do when that time is written to
// the second (when the page was written, site.Page.When); neither page
// links a schedule that is not published; its lists put the newest talk
// first; a series
// whose events hold days of several talks keeps every event's, even an
// event of one talk, and so does a site of one event.
func TestArchiveHasNoSchedules(t *testing.T) {
	for _, tc := range []struct {
		name  string
		talks []string
		want  bool
		clock string // the first talk's time of day as lists show it
		page  bool   // whether the talk's own page shows it
	}{
		{"an archive of talks years apart, timed to the second", []string{"Alpha 2012-09-12T07:59:08-06:00", "Beta 2017-05-23T08:20:04-06:00", "Gamma 2018-06-29"}, false, "07:59", false},
		{"an archive of talks timed to the minute", []string{"Alpha 2012-09-12T14:30:00-06:00", "Beta 2017-05-23T08:20:00-06:00"}, false, "14:30", true},
		{"two talks at one event on different days", []string{"Alpha 2019-03-01T10:00:00Z", "Alpha 2019-03-02T10:00:00Z", "Beta 2020-01-01T10:00:00Z"}, false, "10:00", true},
		{"a series with an evening of two talks", []string{"Alpha 2019-03-01T18:00:00Z", "Alpha 2019-03-01T19:00:00Z", "Beta 2020-01-01T18:00:00Z"}, true, "18:00", true},
		{"one event of one talk", []string{"Alpha 2019-03-01T18:00:00Z"}, true, "18:00", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _ := buildSite(t, talksSite(tc.talks...))
			for _, p := range []string{"events/alpha/schedule/index.html", "events/alpha/schedule.ics", "events/alpha/schedule.json", "schedule.ics", "schedule/index.html"} {
				if got := out(p) != ""; got != tc.want {
					t.Errorf("%s written: %v, want %v", p, got, tc.want)
				}
			}
			if got := strings.Contains(out("talks/t0/index.html"), "alpha/schedule/"); got != tc.want {
				t.Errorf("talk page links its event's schedule: %v, want %v", got, tc.want)
			}
			for _, p := range []string{"talks/t0/index.html", "events/alpha/index.html"} {
				if strings.Contains(out(p), "<a href>") || strings.Contains(out(p), `href=""`) {
					t.Errorf("%s has a link to nowhere", p)
				}
			}
			if !strings.Contains(out("events/alpha/index.html"), "Talk 0") {
				t.Error("the event page does not list its talk")
			}
			// Lists show an archive's talks by their day alone; the
			// talk's own page shows its date as written.
			clock := ">" + tc.clock + "</time>"
			for _, p := range []string{"index.html", "talks/index.html", "events/alpha/index.html"} {
				if got := strings.Contains(out(p), clock); got != tc.want {
					t.Errorf("%s shows %s: %v, want %v", p, tc.clock, got, tc.want)
				}
			}
			// An archive lists its newest talk first; a programme reads
			// forward in time.
			if len(tc.talks) > 1 {
				for _, p := range []string{"index.html", "talks/index.html"} {
					page := out(p)
					first, second := strings.Index(page, ">Talk 0<"), strings.Index(page, ">Talk 1<")
					if first < 0 || second < 0 || (first < second) != tc.want {
						t.Errorf("%s lists Talk 0 at %d and Talk 1 at %d: want the newest first %v", p, first, second, !tc.want)
					}
				}
			}
			if got := strings.Contains(out("index.html"), "lectern-sessions"); got != tc.want {
				t.Errorf("home page has on now and up next: %v, want %v", got, tc.want)
			}
			if got := strings.Contains(out("talks/t0/index.html"), clock); got != tc.page {
				t.Errorf("the talk's page shows %s: %v, want %v", tc.clock, got, tc.page)
			}
			if got := strings.Contains(out("talks/t0/t0.ics"), "DTSTART;VALUE=DATE:"); got == tc.page {
				t.Errorf("the talk's calendar file is for a whole day: %v, want %v\n%s", got, !tc.page, out("talks/t0/t0.ics"))
			}
		})
	}
}

// TestEventPagesAreNoArchive: events the author wrote down as pages
// are laid out by the author, and keep their schedules however few
// their talks.
func TestEventPagesAreNoArchive(t *testing.T) {
	site := talksSite("Alpha 2019-03-01T10:00:00Z", "Beta 2020-01-01T10:00:00Z") +
		"-- content/events/alpha.md --\n---\nkind: event\nname: Alpha\nstart: 2019-03-01\n---\n" +
		"-- content/events/beta.md --\n---\nkind: event\nname: Beta\nstart: 2020-01-01\n---\n"
	out, _ := buildSite(t, site)
	for _, p := range []string{"events/alpha/schedule/index.html", "events/beta/schedule.ics"} {
		if out(p) == "" {
			t.Errorf("%s not written", p)
		}
	}
}

// TestSessionArchiveBecomesSeries: a second talk on the day of another
// at one event makes an archive a series, and the preview writes every
// event's schedule as a fresh build does; taking it away again makes it
// an archive without them.
func TestSessionArchiveBecomesSeries(t *testing.T) {
	dir, s := startSession(t, talksSite("Alpha 2019-03-01T18:00:00Z", "Beta 2020-01-01T18:00:00Z"))
	if _, ok := s.Output("events/beta/schedule/index.html"); ok {
		t.Fatal("an archive has a schedule page")
	}
	second := "---\ntitle: Talk 2\nevent: Alpha\ndate: 2019-03-01T19:00:00Z\n---\nT.\n"
	edit(t, dir, "content/talks/t2.md", second)
	_, diags := s.Rebuild(context.Background(), []string{"content/talks/t2.md"})
	sameAsFullBuild(t, s, dir, diags)
	if _, ok := s.Output("events/beta/schedule/index.html"); !ok {
		t.Error("a series has no schedule page for its event of one talk")
	}
	edit(t, dir, "content/talks/t2.md", strings.Replace(second, "2019-03-01T19", "2019-03-05T19", 1))
	_, diags = s.Rebuild(context.Background(), []string{"content/talks/t2.md"})
	sameAsFullBuild(t, s, dir, diags)
	if _, ok := s.Output("events/beta/schedule/index.html"); ok {
		t.Error("an archive again kept a schedule page")
	}
}

// TestListsNameEventsOfMany: a list of talks of several events (an
// archive, a meetup series) names each talk's event, linked; an event's
// own programme, and a list of one event's talks, do not repeat it.
func TestListsNameEventsOfMany(t *testing.T) {
	for _, tc := range []struct {
		name  string
		talks []string
		want  bool
	}{
		{"an archive", []string{"Alpha 2012-09-12", "Beta 2017-05-23"}, true},
		{"a series", []string{"Alpha 2019-03-01T18:00:00Z", "Alpha 2019-03-01T19:00:00Z", "Beta 2020-01-01T18:00:00Z"}, true},
		{"one event", []string{"Alpha 2019-03-01T18:00:00Z", "Alpha 2019-03-01T19:00:00Z"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _ := buildSite(t, talksSite(tc.talks...))
			named := `<a class="event-name" href="/events/alpha/">Alpha</a>`
			for _, p := range []string{"talks/index.html", "index.html"} {
				if got := strings.Contains(out(p), named); got != tc.want {
					t.Errorf("%s names the talk's event: %v, want %v", p, got, tc.want)
				}
			}
			if strings.Contains(out("events/alpha/index.html"), `class="event-name"`) {
				t.Error("the event's own programme names its event on each talk")
			}
		})
	}
}

// TestArchiveSectionListNewestFirst: a Hugo speaker's archive keeps its
// talks in content/talk/ (Academic's shape); the folder's own list, at
// /talk/, puts the newest first as /talks/ does, where a conference's
// folder of talks keeps programme order.
func TestArchiveSectionListNewestFirst(t *testing.T) {
	out, _ := buildSite(t, `
-- hugo.toml --
title = "Talks"
-- content/talk/old/index.md --
---
title: Old talk
event: Alpha Conf
date: 2019-03-01
---
O.
-- content/talk/new/index.md --
---
title: New talk
event: Beta Conf
date: 2023-05-10
---
N.
`)
	for _, p := range []string{"talk/index.html", "talks/index.html"} {
		page := out(p)
		if i, j := strings.Index(page, "New talk"), strings.Index(page, "Old talk"); i < 0 || j < 0 || i > j {
			t.Errorf("%s: the newest talk is not first (%d, %d)", p, i, j)
		}
	}
}

// TestEventlessArchiveNewestFirst: talks that name no event, given one a
// day months apart (a Quarto talks listing's records, each with a
// location and a line about the occasion), are a speaker's archive too:
// /talks/ lists the newest first. Talks of no event that form a
// programme (three on one day) keep the order of the day.
func TestEventlessArchiveNewestFirst(t *testing.T) {
	for _, tc := range []struct {
		name        string
		dates       [3]string
		newestFirst bool
	}{
		{"years apart", [3]string{"2021-03-01", "2023-09-14T10:30:00", "2024-05-02"}, true},
		{"one day", [3]string{"2024-05-02T09:00:00", "2024-05-02T10:00:00", "2024-05-02T11:00:00"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("-- config.toml --\ntitle = \"Talks\"\n")
			for i, d := range tc.dates {
				fmt.Fprintf(&b, "-- content/talks/t%d.md --\n---\ntitle: Talk %d\ndate: %s\nlocation: Oslo\n---\nT.\n", i, i, d)
			}
			out, _ := buildSite(t, b.String())
			page := out("talks/index.html")
			first, last := strings.Index(page, "Talk 0"), strings.Index(page, "Talk 2")
			if first < 0 || last < 0 {
				t.Fatalf("talks missing from /talks/")
			}
			if got := last < first; got != tc.newestFirst {
				t.Errorf("newest first = %v, want %v", got, tc.newestFirst)
			}
		})
	}
}
