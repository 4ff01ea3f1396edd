package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestDeliveries: a talk listing the events it was given at gives one
// record per delivery, each with its own event, date, slides and video;
// lists that are a talk's parts or a speaker's talks give none.
func TestDeliveries(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"events list", "title: T\nevents:\n  - {name: A Conf, date: 2025-10-07, url: 'https://a.example', slides_url: 'https://s.example/a'}\n  - {name: B Conf, date: 2025-11-20, video_url: 'https://v.example/b'}",
			"T|A Conf|2025-10-07|https://s.example/a||Event https://a.example;T|B Conf|2025-11-20||https://v.example/b|"},
		{"sessions list", "title: T\nsessions:\n  - {event: Meetup, date: '2022-02-01', video: 'https://v.example/m', event_url: 'https://m.example'}",
			"T|Meetup|2022-02-01||https://v.example/m|Event https://m.example"},
		{"givenAt list", "title: T\ngivenAt:\n  - {event: X, date: 2020-01-02}",
			"T|X|2020-01-02|||"},
		{"titled sessions are a talk's parts", "title: T\nsessions:\n  - {title: Part one, date: 2020-01-02}", ""},
		{"items naming neither event nor date", "title: T\nevents:\n  - {url: 'https://a.example'}", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, diags := DecodeData("data/talks.yml", []byte(tc.src), nil)
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			var got []string
			for _, d := range Deliveries(v) {
				doc := Record(d, RecordOptions{File: "data/talks.yml", Path: "talks/t.yml", Kind: KindTalk})
				var links []string
				for _, l := range doc.Links {
					links = append(links, l.Name+" "+l.URL)
				}
				got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s|%s", doc.Title, doc.Event, doc.Date.Format("2006-01-02"), doc.Slides, doc.Video, strings.Join(links, ",")))
				for _, dg := range doc.Diags {
					t.Errorf("unexpected diagnostic: %s", dg)
				}
			}
			if g := strings.Join(got, ";"); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}
