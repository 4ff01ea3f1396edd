package render

import (
	"strings"
	"testing"
)

// TestFloatingTimes checks how times of day are shown and exported when
// the site names no zone at all (no timezone in its config, none on its
// event, no offset on its dates): they are floating local times (RFC
// 5545), shown as written with no zone, in datetime attributes without an
// offset, in calendars with neither Z nor TZID, and given to the now/next
// script with no zone, so that it reads them as the visitor's own. The
// frab export names no zone (time_zone_name) but keeps the offset its
// schema requires (TestFrabJSONSchema). A zone named anywhere keeps them
// zoned.
func TestFloatingTimes(t *testing.T) {
	talk := "---\ntitle: Opening\ndate: 2024-05-02 10:00\nend: 2024-05-02 10:45\nroom: Hall\n---\n"
	event := "---\nname: Conf\nstart: 2024-05-02\nend: 2024-05-03\n%s---\n"
	tests := []struct {
		name       string
		config     string
		eventZone  string
		date       string
		want, lack map[string][]string
	}{
		{
			name: "no zone anywhere",
			want: map[string][]string{
				"talks/opening/index.html":  {`<time datetime="2024-05-02T10:00:00">10:00</time>–<time datetime="2024-05-02T10:45:00">10:45</time></span>`},
				"schedule/index.html":       {`All times are local: the clock where the talks are given.`, `data-start="2024-05-02T10:00:00" data-end="2024-05-02T10:45:00"`},
				"talks/opening/opening.ics": {"\r\nDTSTART:20240502T100000\r\nDTEND:20240502T104500\r\n"},
				"schedule.ics":              {"\r\nDTSTART:20240502T100000\r\nDTEND:20240502T104500\r\n"},
				"events/conf/schedule.json": {`"date":"2024-05-02T10:00:00Z"`, `"start":"10:00"`},
				"index.html":                {`"start":"2024-05-02T10:00:00"`},
			},
			lack: map[string][]string{
				"talks/opening/index.html":  {`class="zone"`, "UTC", "10:00:00Z"},
				"schedule/index.html":       {"data-zone-name", "10:00:00Z"},
				"talks/opening/opening.ics": {"DTSTART:20240502T100000Z", "TZID"},
				"events/conf/schedule.json": {"time_zone_name"},
				"index.html":                {`"zone":`},
			},
		},
		{
			name:   "the site names UTC",
			config: "timezone = \"UTC\"\n",
			want: map[string][]string{
				"talks/opening/index.html":  {`<time datetime="2024-05-02T10:00:00Z">10:00</time>`, `<abbr class="zone" title="Time zone">UTC</abbr>`},
				"schedule/index.html":       {`All times are in <strong data-zone-name>UTC (UTC)</strong>.`},
				"talks/opening/opening.ics": {"\r\nDTSTART:20240502T100000Z\r\n"},
				"events/conf/schedule.json": {`"time_zone_name":"UTC"`, `"date":"2024-05-02T10:00:00Z"`},
				"index.html":                {`"zone":"UTC"`},
			},
		},
		{
			name:      "the event names its zone",
			eventZone: "timezone: Europe/Lisbon\n",
			want: map[string][]string{
				"talks/opening/index.html":  {`<time datetime="2024-05-02T10:00:00&#43;01:00">10:00</time>`, `<abbr class="zone" title="Time zone">WEST</abbr>`},
				"talks/opening/opening.ics": {"\r\nDTSTART:20240502T090000Z\r\n"},
				"events/conf/schedule.json": {`"time_zone_name":"Europe/Lisbon"`},
			},
		},
		{
			name: "the date has an offset",
			date: "2024-05-02T10:00:00-04:00",
			want: map[string][]string{
				"talks/opening/index.html":  {`<time datetime="2024-05-02T10:00:00-04:00">10:00</time>`, `UTC−04:00</abbr>`},
				"talks/opening/opening.ics": {"\r\nDTSTART:20240502T140000Z\r\n"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := talk
			if tt.date != "" {
				src = strings.Replace(src, "date: 2024-05-02 10:00\nend: 2024-05-02 10:45\n", "date: "+tt.date+"\nduration: 45\n", 1)
			}
			outs := renderSite(t, map[string]string{
				"config.toml":              "title = \"Z\"\nbase_url = \"https://conf.example/\"\n" + tt.config,
				"content/events/conf.md":   strings.Replace(event, "%s", tt.eventZone, 1),
				"content/talks/opening.md": strings.Replace(src, "---\ntitle", "---\nevent: conf\ntitle", 1),
			})
			for file, wants := range tt.want {
				out, ok := outs[file]
				if !ok {
					t.Errorf("no %s", file)
					continue
				}
				for _, w := range wants {
					if !strings.Contains(string(out.Body), w) {
						t.Errorf("%s lacks %q:\n%s", file, w, out.Body)
					}
				}
			}
			for file, lacks := range tt.lack {
				for _, l := range lacks {
					if strings.Contains(string(outs[file].Body), l) {
						t.Errorf("%s has %q:\n%s", file, l, outs[file].Body)
					}
				}
			}
		})
	}
}
