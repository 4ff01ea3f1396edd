package markdown

import (
	"testing"
	"time"
)

func TestLiquidDates(t *testing.T) {
	day := func(m, d int) time.Time { return time.Date(2024, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	talks := []any{
		map[string]any{"title": "May", "date": day(5, 1)},
		map[string]any{"title": "Nodate"},
		map[string]any{"title": "Jan", "date": day(1, 10)},
		map[string]any{"title": "Sep", "date": day(9, 3), "author": map[string]any{"name": "Ada"}},
	}
	site := map[string]any{"talks": talks, "time": day(6, 1), "days": []any{day(3, 1), day(2, 1)}}
	page := map[string]any{"title": "P", "date": day(2, 2)}
	// The model's own values are not changed.
	site2, page2 := LiquidDates(site).(map[string]any), LiquidDates(page).(map[string]any)
	if _, ok := talks[0].(map[string]any)["date"].(time.Time); !ok {
		t.Fatal("LiquidDates changed its input")
	}
	l := NewLiquid(nil, nil, "", "")
	titles := `| map: "title" | join: ","`
	for _, tc := range []struct{ name, src, want string }{
		{"sort by date, missing first", `{{ site.talks | sort: "date" ` + titles + ` }}`, "Nodate,Jan,May,Sep"},
		{"sort by date, missing last", `{{ site.talks | sort: "date", "last" ` + titles + ` }}`, "Jan,May,Sep,Nodate"},
		{"sort and reverse, newest first", `{{ site.talks | sort: "date" | reverse ` + titles + ` }}`, "Sep,May,Jan,Nodate"},
		{"sort by text still", `{{ site.talks | sort: "title" ` + titles + ` }}`, "Jan,May,Nodate,Sep"},
		{"sort by a dotted path", `{% assign x = site.talks | sort: "author.name", "last" | first %}{{ x.title }}`, "Sep"},
		{"sort of dates", `{{ site.days | sort | first | date: "%b" }}`, "Feb"},
		{"if greater", `{% assign a = site.talks[0] %}{% assign b = site.talks[2] %}{% if a.date > b.date %}after{% else %}before{% endif %}`, "after"},
		{"if less or equal", `{% if page.date <= site.time %}yes{% endif %}{% if page.date == page.date %}={% endif %}`, "yes="},
		{"a date is not less than text", `{% if page.date < "2030-01-01" %}yes{% else %}no{% endif %}`, "no"},
		{"where_exp sees the site", `{{ site.talks | where_exp: "t", "t.date < site.time" ` + titles + ` }}`, "May,Jan"},
		{"where_exp on a field", `{{ site.talks | where_exp: "t", "t.title contains 'a'" ` + titles + ` }}`, "May,Nodate,Jan"},
		{"date filter", `{{ page.date | date: "%d %B %Y" }} {{ page.date | date_to_string }} {{ site.time | date_to_xmlschema }}`, "02 February 2024 02 Feb 2024 2024-06-01T00:00:00Z"},
		{"a date printed", `{{ page.date }} {{ page.date | jsonify }}`, `2024-02-02 00:00:00 +0000 "2024-02-02 00:00:00 +0000"`},
		{"assigned dates compare", `{% assign s = site.talks | sort: "date" | last %}{% assign d = s.date %}{% if d > site.time %}{{ s.title }}{% endif %}`, "Sep"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := l.Render("a.md", []byte(tc.src), site2, page2)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
