package layout

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestProgrammeSettings: the dates another tool's settings give the
// conference (Jekyll's conference table, Hugo's params, an Eleventy
// site's global data) are the site's programme, with where its start is
// written; a conference table gives its name, venue and zone too. A
// site whose settings date no conference has none, and a date in a
// table of something else (a call for papers) is not the conference's.
// A global data file named for the conference (conference.json,
// event.json) is the conference's table, its days written as a date or
// as the days of one month ("21 - 24 May 2025").
func TestProgrammeSettings(t *testing.T) {
	eleventy := func(data string) fstest.MapFS {
		return fstest.MapFS{".eleventy.js": file("module.exports = () => ({})\n"), "_data/site.json": file(data)}
	}
	eleventyFile := func(name, data string) fstest.MapFS {
		return fstest.MapFS{".eleventy.js": file("module.exports = () => ({})\n"), name: file(data)}
	}
	tests := []struct {
		name               string
		fsys               fstest.MapFS
		start, end, title  string // RFC 3339; "" for none
		venue, zone, where string
	}{
		{"Jekyll conference start_date", fstest.MapFS{"_config.yml": file("title: Harbour PyDay\nconference:\n  name: Harbour PyDay 2025\n  venue: Pier Hall\n  timezone: America/Chicago\n  start_date: 2025-05-12\n  end_date: 2025-05-13\n")},
			"2025-05-12T00:00:00Z", "2025-05-13T00:00:00Z", "Harbour PyDay 2025", "Pier Hall", "America/Chicago", "_config.yml:6:3"},
		{"Jekyll conference dates", fstest.MapFS{"_config.yml": file("title: Lakeside\nconference:\n  dates:\n    start: \"2025-10-02\"\n    end: \"2025-10-03\"\n")},
			"2025-10-02T00:00:00Z", "2025-10-03T00:00:00Z", "", "", "", "_config.yml:4:5"},
		{"Jekyll conference dates as a list", fstest.MapFS{"_config.yml": file("conference:\n  dates: [2025-10-02, 2025-10-04]\n")},
			"2025-10-02T00:00:00Z", "2025-10-04T00:00:00Z", "", "", "", "_config.yml:2:3"},
		{"Hugo params startdate", fstest.MapFS{"config.toml": file("title = \"Valley\"\n[params]\n  startdate = \"2025-03-04\"\n  enddate = \"2025-03-05\"\n")},
			"2025-03-04T00:00:00Z", "2025-03-05T00:00:00Z", "", "", "", "config.toml:3:3"},
		{"Hugo params conference_start, a local date-time", fstest.MapFS{"hugo.toml": file("[params]\nconference_start = 2025-03-04T09:00:00\n")},
			"2025-03-04T09:00:00Z", "", "", "", "", "hugo.toml:2:1"},
		{"Hugo params startdate with an offset", fstest.MapFS{"hugo.yaml": file("params:\n  startDate: 2019-08-27T00:00:00-05:00\n")},
			"2019-08-27T00:00:00-05:00", "", "", "", "", "hugo.yaml:2:3"},
		{"Eleventy site.json dates", eleventy("{\n  \"title\": \"Riverbank\",\n  \"dates\": {\n    \"start\": \"2025-09-18\",\n    \"end\": \"2025-09-19\"\n  }\n}\n"),
			"2025-09-18T00:00:00Z", "2025-09-19T00:00:00Z", "", "", "", "_data/site.json:4:6"},
		{"Eleventy site.json startDate", eleventy("{\n  \"startDate\": \"September 18, 2025\"\n}\n"),
			"2025-09-18T00:00:00Z", "", "", "", "", "_data/site.json:2:4"},
		{"Eleventy conference.json, the conference itself", eleventyFile("_data/conference.json", "{\n  \"name\": \"Harbour JS 2025\",\n  \"startDate\": \"2025-05-15\",\n  \"endDate\": \"2025-05-16\",\n  \"location\": \"Harbour Hall\"\n}\n"),
			"2025-05-15T00:00:00Z", "2025-05-16T00:00:00Z", "Harbour JS 2025", "Harbour Hall", "", "_data/conference.json:3:4"},
		{"Eleventy event.json eventDate, one day", eleventyFile("src/_data/event.json", "{\n  \"email\": \"hi@example.org\",\n  \"eventDate\": \"12 March 2025\",\n  \"location\": \"Riverside Hall\"\n}\n"),
			"2025-03-12T00:00:00Z", "", "", "Riverside Hall", "", "src/_data/event.json:3:4"},
		{"Eleventy event.json eventDate, days before the month", eleventyFile("_data/event.json", "{\n  \"eventDate\": \"21 - 24 May 2025\"\n}\n"),
			"2025-05-21T00:00:00Z", "2025-05-24T00:00:00Z", "", "", "", "_data/event.json:2:4"},
		{"Eleventy event.json eventDate, days written with a slash", eleventyFile("_data/event.json", "{\n  \"eventDate\": \"27/28 July 2025\"\n}\n"),
			"2025-07-27T00:00:00Z", "2025-07-28T00:00:00Z", "", "", "", "_data/event.json:2:4"},
		{"Eleventy conference.yml date, days after the month", eleventyFile("_data/conference.yml", "name: Midlands JS\ndate: August 7-9, 2019\n"),
			"2019-08-07T00:00:00Z", "2019-08-09T00:00:00Z", "Midlands JS", "", "", "_data/conference.yml:2:1"},
		{"Eleventy conference.json, a list of conferences", eleventyFile("_data/conference.json", "[{\"name\": \"NeurIPS\", \"date\": \"2025-12-02\"}]\n"), "", "", "", "", "", ""},
		{"Eleventy event.json, a month alone, no day to count from", eleventyFile("_data/event.json", "{\"eventDate\": \"September 2025\", \"venue\": \"TBD\"}\n"), "", "", "", "", "", ""},
		{"no conference", fstest.MapFS{"_config.yml": file("title: Blog\ndate_format: \"%b %-d, %Y\"\n")}, "", "", "", "", "", ""},
		{"a call for papers' dates", fstest.MapFS{"_config.yml": file("cfp:\n  start_date: 2025-01-10\n")}, "", "", "", "", "", ""},
	}
	format := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.RFC3339)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := Detect(tt.fsys).Config(tt.fsys)
			p := c.Programme
			if got := format(p.Start); got != tt.start {
				t.Errorf("start %q, want %q", got, tt.start)
			}
			if got := format(p.End); got != tt.end {
				t.Errorf("end %q, want %q", got, tt.end)
			}
			if p.Name != tt.title || p.Venue != tt.venue || p.Timezone != tt.zone {
				t.Errorf("name %q, venue %q, zone %q; want %q, %q, %q", p.Name, p.Venue, p.Timezone, tt.title, tt.venue, tt.zone)
			}
			where := ""
			if c.ProgrammePos.File != "" {
				where = c.ProgrammePos.String()
			}
			if where != tt.where {
				t.Errorf("written at %q, want %q", where, tt.where)
			}
		})
	}
}
