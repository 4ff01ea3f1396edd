package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// checkSite writes files into a new site folder and returns it.
func checkSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCheck(t *testing.T) {
	booked := map[string]string{
		"config.toml":        "base_url = \"https://example.org/\"\ntimezone = \"Europe/Lisbon\"\n",
		"content/talks/a.md": "---\ntitle: First\ndate: 2026-06-11 10:15\nduration: 45\nroom: Sala Tejo\n---\n",
		"content/talks/b.md": "---\ntitle: Second\ndate: 2026-06-11 10:30\nduration: 45\nroom: Sala Tejo\n---\n",
	}
	tests := []struct {
		name   string
		files  map[string]string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"a warning", booked, nil, exitOK, "Checked 2 files, 2 talks, 0 events: 0 errors, 1 warning\n",
			`content/talks/a.md:3:1: warning: room "Sala Tejo" is double-booked on 11 June 2026: "First" (10:15–11:00) overlaps "Second" (10:30–11:15, content/talks/b.md:3:1); move one of them to another room or time` + "\n"},
		{"a warning, strict", booked, []string{"--strict"}, exitError, "Checked 2 files, 2 talks, 0 events: 0 errors, 1 warning\n",
			`content/talks/a.md:3:1: warning: room "Sala Tejo" is double-booked on 11 June 2026: "First" (10:15–11:00) overlaps "Second" (10:30–11:15, content/talks/b.md:3:1); move one of them to another room or time` + "\n"},
		{"an error", map[string]string{"config.toml": "timezone = \"IST\"\nbase_url = \"https://example.org/\"\n", "content/about.md": "---\ntitle: About\n---\n"}, nil, exitError, "Checked 1 file, 0 talks, 0 events: 1 error, 0 warnings\n",
			`config.toml:1:1: timezone "IST" is an abbreviation of several time zones; write the IANA name of the one meant: "Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"` + "\n"},
		{"output paths lectern refuses", map[string]string{
			"config.toml":           "base_url = \"https://example.org/\"\n",
			"content/talks/!!!.md":  "---\ntitle: Bang\n---\n",
			"content/talks/dots.md": "---\ntitle: Dots\nslug: ..\n---\n",
			"content/talks/h.md":    "---\ntitle: H\nurl: //h/x/\n---\n",
		}, nil, exitError, "Checked 3 files, 1 talk, 0 events: 2 errors, 1 warning\n",
			`content/talks/!!!.md:1:1: warning: the file name "!!!.md" has no letters or digits to make a URL of; using the slug "bang", made from its title: rename the file or set "slug:" to choose another` + "\n" +
				`content/talks/dots.md:3:7: slug ".." cannot name a page: its URL /talks/../ has a ".." part, which would place the page outside its folder; choose a slug of letters, digits and hyphens` + "\n" +
				`content/talks/h.md:3:6: url "//h/x/" starts with "//", which browsers read as the address of another site; start it with a single "/", as "/h/x/"` + "\n"},
		{"a Jekyll site in place", map[string]string{
			"_config.yml":            "title: Conf\nurl: https://example.org\n",
			"_posts/2021-01-02-a.md": "---\ntitle: A\n---\n",
			"_layouts/default.html":  "{{ content }}",
		}, nil, exitOK, "Reading a Jekyll site in place (_config.yml)\nChecked 1 file, 0 talks, 0 events: 0 errors, 0 warnings\n", ""},
		{"advice", map[string]string{
			"content/talks/k.md":       "---\ntitle: Opening\nformat: keynote\ndate: 2026-06-11 09:00\nspeakers: [Ada Lovelace, Ben Kraus]\n---\n",
			"content/speakers/ben.md":  "---\nname: Ben Kraus\nphoto: /img/ben.png\n---\nBen builds compilers.\n",
			"content/notes/undated.md": "---\ntitle: Thoughts\n---\nUndated.\n",
		}, nil, exitOK, "Checked 3 files, 1 talk, 0 events: 0 errors, 5 warnings\n",
			`config.toml: warning: base_url is not set, so no absolute URL can be written: the sitemap, og:url, og:image, share preview cards and calendar subscriptions are left out and canonical links are root-relative; set base_url = "https://your.site/" in config.toml or pass --base-url` + "\n" +
				`content/notes/undated.md:1:1: warning: 1 note is left out of the feeds: it has no date, and the site folder is not in a git repository (content/notes/undated.md); give it a date field (date: 2026-06-11)` + "\n" +
				`content/speakers/ben.md:3:8: warning: the photo "/img/ben.png" of Ben Kraus is not a file of this site (neither beside this page nor under static/ or content/); pages show Ben Kraus's initials instead; add the file or correct the path` + "\n" +
				`content/talks/k.md:4:1: warning: "Opening" gives a time of day without a time zone, and the site names none, so its times are local times of no zone: its pages say 09:00 with no zone, calendars put it at that hour wherever their reader is, no reader elsewhere can be shown it in their own zone, and the frab export for conference apps, which must give an offset, says UTC; name the zone its times are in with an IANA name, timezone = "Europe/Lisbon" say, in config.toml, or with a timezone field on its event` + "\n" +
				`content/talks/k.md:5:1: warning: Ada Lovelace gives the keynote "Opening" but has no bio; write one in a bio field, or in a page of their own (content/speakers/ada-lovelace.md)` + "\n"},
		{"times of no zone on a Jekyll site", map[string]string{
			"_config.yml":                  "title: Conf\nurl: https://example.org\n",
			"_posts/2026-06-11-opening.md": "---\ntitle: Opening\nkind: talk\ndate: 2026-06-11 09:00\n---\n",
			"_layouts/default.html":        "{{ content }}",
		}, nil, exitOK, "Reading a Jekyll site in place (_config.yml)\nChecked 1 file, 1 talk, 0 events: 0 errors, 1 warning\n",
			`_posts/2026-06-11-opening.md:4:1: warning: "Opening" gives a time of day without a time zone, and the site names none, so its times are local times of no zone: its pages say 09:00 with no zone, calendars put it at that hour wherever their reader is, no reader elsewhere can be shown it in their own zone, and the frab export for conference apps, which must give an offset, says UTC; name the zone its times are in with an IANA name, timezone: Europe/Lisbon say, in _config.yml, or with a timezone field on its event` + "\n"},
		{"times in a zone the site names", map[string]string{
			"config.toml":           "base_url = \"https://conf.example/\"\ntimezone = \"Europe/Dublin\"\n",
			"content/talks/a.md":    "---\ntitle: Opening\ndate: 2026-06-11 09:00\n---\n",
			"content/events/x.md":   "---\nname: Meetup\nstart: 2026-06-11 08:30\n---\n",
			"content/talks/late.md": "---\ntitle: Late\ndate: 2026-06-11T17:00:00Z\n---\n",
		}, nil, exitOK, "Checked 3 files, 2 talks, 1 event: 0 errors, 0 warnings\n", ""},
		{"times of an event that names its zone, and a date alone", map[string]string{
			"config.toml":         "base_url = \"https://conf.example/\"\n",
			"content/events/x.md": "---\nname: Meetup\nstart: 2026-07-01 18:30\ntimezone: America/Chicago\n---\n",
			"content/talks/a.md":  "---\ntitle: Opening\nevent: x\ndate: 2026-07-01 18:45\n---\n",
			"content/talks/b.md":  "---\ntitle: Lightning talks\ndate: 2026-07-01\n---\n",
		}, nil, exitOK, "Checked 3 files, 2 talks, 1 event: 0 errors, 0 warnings\n", ""},
		{"an address the tool's config does not give plainly", map[string]string{
			"astro.config.mjs":      "export default defineConfig({ site: getSiteUrl() });\n",
			"src/content/blog/a.md": "---\ntitle: A\ndate: 2026-01-02\n---\n",
		}, nil, exitOK, "Reading an Astro site in place (astro.config.mjs)\nChecked 1 file, 0 talks, 0 events: 0 errors, 1 warning\n",
			`astro.config.mjs: warning: base_url is not set, so no absolute URL can be written: the sitemap, og:url, og:image, share preview cards and calendar subscriptions are left out and canonical links are root-relative; set site to the address the site is published at ("https://your.site/") in astro.config.mjs, as a plain string lectern can read, or pass --base-url` + "\n"},
		{"an argument", nil, []string{"talks"}, exitUsage, "", "lectern check: unexpected argument \"talks\"; check reads the whole site (use --source DIR)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"check"}, tt.args...)
			if tt.files != nil {
				args = append(args, "--source", checkSite(t, tt.files))
			}
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), args, &stdout, &stderr)
			if code != tt.code || stdout.String() != tt.stdout || stderr.String() != tt.stderr {
				t.Errorf("exit %d\nstdout: %s\nstderr: %s\nwant exit %d\nstdout: %s\nstderr: %s", code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}
