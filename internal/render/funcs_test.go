package render

import (
	"testing"
	"time"

	"lectern/internal/content"
)

func TestTimeFuncs(t *testing.T) {
	// The value's own zone decides, whatever the machine's zone is.
	chicago := time.FixedZone("", -5*3600)
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	start := time.Date(2017, 8, 16, 11, 30, 0, 0, chicago)
	f := funcs(urls{prefix: "/"})
	call := func(name string, args ...any) string {
		switch fn := f[name].(type) {
		case func(time.Time) string:
			return fn(args[0].(time.Time))
		case func(time.Time, time.Time) string:
			return fn(args[0].(time.Time), args[1].(time.Time))
		}
		t.Fatalf("%s has an unexpected type", name)
		return ""
	}
	tests := []struct {
		name string
		fn   string
		args []any
		want string
	}{
		{"clock keeps the zone", "clock", []any{start}, "11:30"},
		{"datetime", "datetime", []any{start}, "2017-08-16T11:30:00-05:00"},
		{"date", "date", []any{start}, "16 August 2017"},
		{"day", "day", []any{start}, "Wednesday 16 August 2017"},
		{"zero date", "date", []any{time.Time{}}, ""},
		{"zone offset", "zone", []any{start}, "UTC−05:00"},
		{"zone name", "zone", []any{time.Date(2017, 8, 16, 11, 30, 0, 0, berlin)}, "CEST"},
		{"zone UTC", "zone", []any{time.Date(2017, 8, 16, 11, 30, 0, 0, time.UTC)}, "UTC"},
		{"time range", "timeRange", []any{start, start.Add(45 * time.Minute)}, "11:30–12:15"},
		{"time range without end", "timeRange", []any{start, time.Time{}}, "11:30"},
		{"time range over midnight", "timeRange", []any{start, start.Add(13 * time.Hour)}, "11:30 – 17 Aug 00:30"},
		{"one day", "dateRange", []any{start, start.Add(time.Hour)}, "16 August 2017"},
		{"days", "dateRange", []any{start, start.AddDate(0, 0, 2)}, "16–18 August 2017"},
		{"months", "dateRange", []any{start, start.AddDate(0, 1, 0)}, "16 August – 16 September 2017"},
		{"years", "dateRange", []any{start, start.AddDate(1, 0, 0)}, "16 August 2017 – 16 August 2018"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := call(tt.fn, tt.args...); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.fn, got, tt.want)
			}
		})
	}
}

func TestPersonLinks(t *testing.T) {
	tests := []struct {
		name string
		p    content.Person
		want []Link
	}{
		{"handles", content.Person{Twitter: "@ada", Github: "ada", Mastodon: "@ada@hachyderm.io"}, []Link{
			{"Mastodon", "https://hachyderm.io/@ada"}, {"GitHub", "https://github.com/ada"}, {"Twitter", "https://twitter.com/ada"},
		}},
		{"urls", content.Person{URL: "https://ada.example/", Twitter: "https://x.com/ada", Github: "github.com/ada"}, []Link{
			{"Website", "https://ada.example/"}, {"GitHub", "https://github.com/ada"}, {"Twitter", "https://x.com/ada"},
		}},
		{"linkedin last", content.Person{LinkedIn: "https://www.linkedin.com/in/ada/", Github: "ada"}, []Link{
			{"GitHub", "https://github.com/ada"}, {"LinkedIn", "https://www.linkedin.com/in/ada/"},
		}},
		{"none", content.Person{Name: "Ada"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personLinks(tt.p)
			if len(got) != len(tt.want) {
				t.Fatalf("personLinks = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("link %d = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestURLs(t *testing.T) {
	tests := []struct {
		base, link, rel, abs string
	}{
		{"", "/talks/x/", "/talks/x/", "/talks/x/"},
		{"https://a.org/", "/talks/x/", "/talks/x/", "https://a.org/talks/x/"},
		{"https://a.org/conf/", "/talks/x/", "/conf/talks/x/", "https://a.org/conf/talks/x/"},
		{"https://a.org/", "https://b.org/p", "https://b.org/p", "https://b.org/p"},
		{"https://a.org/", "mailto:x@y", "mailto:x@y", "mailto:x@y"},
		{"https://a.org/", "#top", "#top", "#top"},
		{"https://a.org/", "photo.png", "photo.png", "https://a.org/photo.png"},
	}
	for _, tt := range tests {
		t.Run(tt.base+" "+tt.link, func(t *testing.T) {
			u := newURLs(tt.base)
			if got := u.rel(tt.link); got != tt.rel {
				t.Errorf("rel = %q, want %q", got, tt.rel)
			}
			if got := u.abs(tt.link); got != tt.abs {
				t.Errorf("abs = %q, want %q", got, tt.abs)
			}
		})
	}
	for in, want := range map[string]string{"/": "index.html", "/talks/x/": "talks/x/index.html", "/about.html": "about.html", "/404.html": "404.html"} {
		if got := outputPath(in); got != want {
			t.Errorf("outputPath(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"/speakers/:slug/": "/speakers/", "/people/x/:slug/": "/people/x/", "/:slug/": "/fallback/", "/:year/:slug/": "/fallback/"} {
		if got := indexURL(in, "/fallback/"); got != want {
			t.Errorf("indexURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStars pins how a rating is drawn: whole stars, a half as "½", other
// decimals to the nearest half, nothing for no rating.
func TestStars(t *testing.T) {
	for _, tt := range []struct {
		rating float64
		want   string
	}{
		{0, ""}, {1, "★☆☆☆☆"}, {4, "★★★★☆"}, {4.5, "★★★★½"}, {3.5, "★★★½☆"}, {4.3, "★★★★½"}, {5, "★★★★★"},
	} {
		if got := stars(tt.rating); got != tt.want {
			t.Errorf("stars(%g) = %q, want %q", tt.rating, got, tt.want)
		}
	}
}
