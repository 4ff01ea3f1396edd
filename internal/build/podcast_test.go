package build

import (
	"strings"
	"testing"
)

// castanet is the config of a Hugo podcast site on the Castanet theme,
// which the tests below build.
const castanet = `
-- config.toml --
baseURL = "https://cast.example.org/"
title = "Kettle Cast"
theme = "castanet"
`

// TestPodcastEpisodeAudio: a podcast episode's post plays its recording
// on its page and carries it as an enclosure in the feed, as the site's
// own podcast feed did: a Castanet (Hugo) episode's podcast_file under
// the site's params.media_prefix, with podcast_bytes and
// podcast_duration; and a Jekyll episode whose link is its mp3 file,
// which is then no link post.
func TestPodcastEpisodeAudio(t *testing.T) {
	t.Run("Castanet", func(t *testing.T) {
		read, _ := buildSite(t, castanet+`[params]
media_prefix = "https://media.example.net/kettle/"
-- content/episode/brewing.md --
+++
title = "Brewing at Altitude"
date = "2021-03-04T10:00:00-05:00"
episode = "12"
podcast_file = "kettle-012.mp3"
podcast_duration = "41:05"
podcast_bytes = "39456123"
+++
Show notes.
`)
		page := read("episode/brewing/index.html")
		want := `<audio controls preload="none" src="https://media.example.net/kettle/kettle-012.mp3"></audio><figcaption><a href="https://media.example.net/kettle/kettle-012.mp3" download>Download the episode</a> <span class="muted">(41:05)</span></figcaption>`
		if !strings.Contains(page, want) {
			t.Errorf("the episode's page lacks\n%s\nin\n%s", want, page)
		}
		feed := read("index.xml")
		want = `<link rel="enclosure" type="audio/mpeg" href="https://media.example.net/kettle/kettle-012.mp3" length="39456123"></link>`
		if !strings.Contains(feed, want) {
			t.Errorf("index.xml lacks\n%s\nin\n%s", want, feed)
		}
	})
	t.Run("Jekyll, link to the mp3", func(t *testing.T) {
		read, _ := buildSite(t, `
-- _config.yml --
title: Ferry Notes
url: https://ferry.example.org
-- _posts/2014-12-28-ep1.md --
---
title: "Ep 1: Tides"
duration: "02:47"
length: 2668168
link: https://dl.example.com/ferry/ep1.mp3
---
Notes.
`)
		page := read("2014/12/28/ep1.html")
		if !strings.Contains(page, `<audio controls preload="none" src="https://dl.example.com/ferry/ep1.mp3">`) || strings.Contains(page, "Direct link") {
			t.Errorf("the episode does not play its link, or is a link post:\n%s", page)
		}
		feed := read("feed.xml")
		want := `<link rel="alternate" type="text/html" href="https://ferry.example.org/2014/12/28/ep1.html"></link>
    <link rel="enclosure" type="audio/mpeg" href="https://dl.example.com/ferry/ep1.mp3" length="2668168"></link>`
		if !strings.Contains(feed, want) {
			t.Errorf("feed.xml lacks\n%s\nin\n%s", want, feed)
		}
	})
}

// TestPodcastGuestsAndHosts: a Castanet episode names its guests and
// hosts by the slugs of its guest/ and host/ pages; the episode links
// each to their page, which is a person's page with their photo
// (Thumbnail), under "Guest", not "Speaker"; the host's lists the
// episode, as an author's does.
func TestPodcastGuestsAndHosts(t *testing.T) {
	read, _ := buildSite(t, castanet+`-- content/episode/brewing.md --
+++
title = "Brewing at Altitude"
date = "2021-03-04T10:00:00-05:00"
guests = ["rhill"]
hosts = ["mkettle"]
+++
Show notes.
-- content/guest/rhill.md --
+++
Title = "Rowan Hill"
Type = "guest"
Thumbnail = "img/guest/rhill.jpg"
+++
Rowan climbs.
-- content/host/mkettle.md --
+++
Title = "Morgan Kettle"
Type = "host"
+++
Morgan hosts.
-- static/img/guest/rhill.jpg --
GIF89a
`)
	page := read("episode/brewing/index.html")
	for _, want := range []string{`by <a href="/host/mkettle/">Morgan Kettle</a>`, `<dt>Guest</dt><dd><a href="/guest/rhill/">Rowan Hill</a></dd>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the episode's page lacks\n%s\nin\n%s", want, page)
		}
	}
	if guest := read("guest/rhill/index.html"); !strings.Contains(guest, `<img class="avatar avatar-lg" src="/img/guest/rhill.jpg"`) {
		t.Errorf("the guest's page lacks their photo:\n%s", guest)
	}
	if host := read("host/mkettle/index.html"); !strings.Contains(host, `href="/episode/brewing/">Brewing at Altitude</a>`) {
		t.Errorf("the host's page does not list the episode:\n%s", host)
	}
}

// TestEleventyPodcaster: a site of Eleventy's podcaster plugin keeps the
// show in _data/podcast.json (its title, siteUrl, episodeUrlBase) and
// tags each episode podcastEpisode, with an episode mapping naming its
// file: the site is named so, the episode plays its file from
// episodeUrlBase, and podcastEpisode is no topic.
func TestEleventyPodcaster(t *testing.T) {
	read, diags := buildSite(t, `
-- package.json --
{"devDependencies": {"@11ty/eleventy": "^3.0.0", "eleventy-plugin-podcaster": "^1.0.0"}}
-- _data/podcast.json --
{"title": "Loom Talk", "siteUrl": "https://loom.example.org", "episodeUrlBase": "https://media.example.org/loom/"}
-- episodes/first-weave.md --
---
title: The First Weave
date: 2024-04-14
tags:
  - podcastEpisode
  - weaving
episode:
  filename: loom-s1e1.mp3
  episodeNumber: 1
  size: 61231442
  duration: 3283
---
We set up the loom.
`)
	page := read("episodes/first-weave/index.html")
	for _, want := range []string{`<title>The First Weave · Loom Talk</title>`, `<audio controls preload="none" src="https://media.example.org/loom/loom-s1e1.mp3"></audio>`, `<span class="muted">(54:43)</span>`} {
		if !strings.Contains(page, want) {
			t.Errorf("the episode's page lacks\n%s\nin\n%s", want, page)
		}
	}
	if len(diags) > 0 {
		t.Errorf("warnings: %q", diags)
	}
	if read("tags/podcastepisode/index.html") != "" || read("tags/weaving/index.html") == "" {
		t.Error("podcastEpisode is a topic, or weaving is none")
	}
	if feed := read("feed.xml"); !strings.Contains(feed, `<link rel="enclosure" type="audio/mpeg" href="https://media.example.org/loom/loom-s1e1.mp3" length="61231442"></link>`) {
		t.Errorf("feed.xml carries no enclosure:\n%s", feed)
	}
}

// TestPodcastEpisodeNumber: an episode's number and season, as Castanet
// (episode, season) and Eleventy's podcaster (episode: {episodeNumber,
// seasonNumber}) write them, are shown on its page before its date and
// beside it in the lists of notes.
func TestPodcastEpisodeNumber(t *testing.T) {
	read, _ := buildSite(t, castanet+`-- content/episode/brewing.md --
+++
title = "Brewing at Altitude"
date = "2021-03-04T10:00:00-05:00"
episode = "12"
season = "2"
+++
Show notes.
-- content/episode/steeping.md --
+++
title = "Steeping"
date = "2021-03-11T10:00:00-05:00"
episode_number = 13
+++
Show notes.
`)
	page := read("episode/brewing/index.html")
	want := `<p class="byline"><span class="episode-number">Season 2, Episode 12</span> · <time`
	if !strings.Contains(page, want) {
		t.Errorf("the episode's page lacks\n%s\nin\n%s", want, page)
	}
	list := read("notes/index.html")
	for _, want := range []string{
		`<span class="sep" aria-hidden="true"> · </span><span class="episode-number">Season 2, Episode 12</span>`,
		`<span class="sep" aria-hidden="true"> · </span><span class="episode-number">Episode 13</span>`,
	} {
		if !strings.Contains(list, want) {
			t.Errorf("the list of notes lacks\n%s\nin\n%s", want, list)
		}
	}
}
