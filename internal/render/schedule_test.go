package render

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/txtar"

	"lectern/internal/site"
)

// scheduleGolden lists the outputs kept in testdata/schedule/conference.txtar.
var scheduleGolden = []string{
	"schedule/index.html",
	"schedule.ics",
	"schedule.json",
	"schedule.xml",
	"talks/day2-a/day2-a.ics",
}

// mainOf keeps the <main> element of a page, normalized: the rest is
// the same on every page and has golden tests of its own.
func mainOf(page []byte) []byte {
	start, end := bytes.Index(page, []byte("<main")), bytes.Index(page, []byte("</main>"))
	if start < 0 || end < start {
		return page
	}
	return normalize(page[start : end+len("</main>")])
}

func conference(t *testing.T) (*txtar.Archive, map[string]Output) {
	t.Helper()
	a, err := txtar.ParseFile("testdata/schedule/conference.txtar")
	if err != nil {
		t.Fatal(err)
	}
	return a, renderSite(t, archiveFiles(a))
}

// TestScheduleGolden compares the schedule page, calendars and frab files
// of the conference in testdata/schedule/conference.txtar with its want/
// files. Run with -update to rewrite them, then read the diff.
func TestScheduleGolden(t *testing.T) {
	const file = "testdata/schedule/conference.txtar"
	a, outs := conference(t)
	got := map[string][]byte{}
	for _, name := range scheduleGolden {
		o, ok := outs[name]
		if !ok {
			t.Fatalf("no output %s", name)
		}
		body := o.Body
		switch {
		case strings.HasSuffix(name, ".html"):
			body = mainOf(body)
		case strings.HasSuffix(name, ".json"):
			// Written compact; kept indented here so that a diff reads.
			var out bytes.Buffer
			if err := json.Indent(&out, body, "", "  "); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			body = out.Bytes()
		}
		got["want/"+name] = body
	}
	if *update {
		var files []txtar.File
		for _, f := range a.Files {
			if !strings.HasPrefix(f.Name, "want/") {
				files = append(files, f)
			}
		}
		for _, name := range scheduleGolden {
			files = append(files, txtar.File{Name: "want/" + name, Data: got["want/"+name]})
		}
		a.Files = files
		if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	seen := 0
	for _, f := range a.Files {
		want, ok := got[f.Name]
		if !ok {
			continue
		}
		seen++
		if !bytes.Equal(f.Data, want) {
			t.Errorf("%s differs from %s (run go test -update and read the diff):\n%s", f.Name, file, firstDiff(string(f.Data), string(want)))
		}
	}
	if seen != len(scheduleGolden) {
		t.Errorf("%s holds %d of the %d want/ files; run go test -update", file, seen, len(scheduleGolden))
	}
}

// TestScheduleOutputs lists the programme's outputs: per event and again
// at the site's root for its main event, with their media types.
func TestScheduleOutputs(t *testing.T) {
	_, outs := conference(t)
	want := map[string]string{
		"schedule/index.html": "text/html",
		"schedule.ics":        "text/calendar",
		"schedule.json":       "application/json",
		"schedule.xml":        "application/xml",
		"events/herbstcamp-2024/schedule/index.html": "text/html",
		"events/herbstcamp-2024/schedule.ics":        "text/calendar",
		"events/herbstcamp-2024/schedule.json":       "application/json",
		"events/herbstcamp-2024/schedule.xml":        "application/xml",
		"talks/opening/opening.ics":                  "text/calendar",
		"talks/hallway/hallway.ics":                  "text/calendar",
		"js/myschedule.js":                           "text/javascript",
	}
	for path, mt := range want {
		o, ok := outs[path]
		if !ok {
			t.Errorf("no output %s", path)
			continue
		}
		if o.MediaType != mt {
			t.Errorf("%s has media type %q, want %q", path, o.MediaType, mt)
		}
	}
	if _, ok := outs["talks/tbd/tbd.ics"]; ok {
		t.Errorf("an undated talk has a calendar")
	}
	if !bytes.Equal(outs["schedule.json"].Body, outs["events/herbstcamp-2024/schedule.json"].Body) {
		t.Errorf("the main schedule.json differs from its event's")
	}
}

// TestFrabJSONSchema validates schedule.json against the c3voc schema
// that pretalx's export follows (vendored in testdata/frab).
func TestFrabJSONSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile("testdata/frab/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, files := range map[string]func(t *testing.T) map[string]Output{
		"conference": func(t *testing.T) map[string]Output { _, o := conference(t); return o },
		"seed 001": func(t *testing.T) map[string]Output {
			a, err := txtar.ParseFile("testdata/schedule/seed001.txtar")
			if err != nil {
				t.Fatal(err)
			}
			return renderSite(t, archiveFiles(a))
		},
		"no zone anywhere": func(t *testing.T) map[string]Output {
			return renderSite(t, map[string]string{
				"config.toml":            "base_url = \"https://conf.example/\"\n",
				"content/events/conf.md": "---\nname: Conf\nstart: 2024-05-02\n---\n",
				"content/talks/a.md":     "---\ntitle: A\nevent: conf\ndate: 2024-05-02 10:00\nduration: 45\nroom: R\n---\n",
			})
		},
	} {
		t.Run(name, func(t *testing.T) {
			body := files(t)["schedule.json"].Body
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(v); err != nil {
				t.Errorf("schedule.json does not follow the schema: %v\n%s", err, body)
			}
		})
	}
}

// TestFrabJSON checks what conference apps read from schedule.json: the
// talks by day and room, their start, duration and people.
func TestFrabJSON(t *testing.T) {
	_, outs := conference(t)
	var doc struct {
		Schedule struct {
			Conference struct {
				Acronym   string `json:"acronym"`
				DaysCount int    `json:"daysCount"`
				Zone      string `json:"time_zone_name"`
				Timeslot  string `json:"timeslot_duration"`
				Rooms     []struct{ Name string }
				Days      []struct {
					Date  string
					Rooms map[string][]struct {
						GUID     string
						Date     string
						Start    string
						Duration string
						Room     string
						Title    string
						Type     string
						Track    string
						Persons  []struct{ Name string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(outs["schedule.json"].Body, &doc); err != nil {
		t.Fatal(err)
	}
	c := doc.Schedule.Conference
	if c.Acronym != "herbstcamp-2024" || c.DaysCount != 2 || c.Zone != "Europe/Berlin" || c.Timeslot != "00:15" {
		t.Errorf("conference = %q, %d days, zone %q, timeslot %q", c.Acronym, c.DaysCount, c.Zone, c.Timeslot)
	}
	var rooms []string
	for _, r := range c.Rooms {
		rooms = append(rooms, r.Name)
	}
	if got := strings.Join(rooms, ", "); got != "Saal, Raum 2, Garten" {
		t.Errorf("rooms = %s", got)
	}
	tls := c.Days[0].Rooms["Saal"][2]
	if tls.Title != `TLS, Certificates; and "Trust"` || tls.Date != "2024-10-26T10:00:00+02:00" || tls.Start != "10:00" || tls.Duration != "01:00" || tls.Track != "Security" || tls.Type != "talk" || len(tls.Persons) != 2 {
		t.Errorf("TLS talk = %+v", tls)
	}
	after := c.Days[1].Rooms["Saal"][0]
	if after.Date != "2024-10-27T10:00:00+01:00" {
		t.Errorf("after the clock change, date = %s", after.Date)
	}
	closing := c.Days[1].Rooms["Saal"][1]
	if closing.Title != "Closing" || closing.Room != "Saal" {
		t.Errorf("a talk without a room is listed in the day's first room; got %+v", closing)
	}
}

// TestFrabXMLSchema validates schedule.xml against voc/schedule's XSD
// with xmllint, which Go cannot replace: CI installs it (libxml2-utils).
func TestFrabXMLSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("no xmllint on PATH: install Debian's libxml2-utils to validate schedule.xml against its XSD")
	}
	_, outs := conference(t)
	file := filepath.Join(t.TempDir(), "schedule.xml")
	if err := os.WriteFile(file, outs["schedule.xml"].Body, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--schema", "testdata/frab/schedule.xml.xsd", file).CombinedOutput()
	if err != nil {
		t.Errorf("schedule.xml does not validate: %v\n%s", err, out)
	}
}

// TestScheduleCSS checks the filter rules and that a hostile slug can
// neither end the CSS string nor the <style> element.
func TestScheduleCSS(t *testing.T) {
	sc := &site.Schedule{
		Tracks: []*site.Term{{Name: "Web", Slug: "web"}},
		Levels: []*site.Term{{Name: "x", Slug: `a"]</style><script>`}},
	}
	want := `.programme [data-track="web"]{--track:var(--track-0)}
.programme:has(input[name="track"][value="web"]:checked) .session:not(.session-break):not([data-track="web"]){display:none}
.programme:has(input[name="level"][value="a\22 ]\3c /style\3e \3c script\3e "]:checked) .session:not(.session-break):not([data-level="a\22 ]\3c /style\3e \3c script\3e "]):not([data-all-levels]){display:none}
`
	if got := string(scheduleCSS(sc)); got != want {
		t.Errorf("scheduleCSS =\n%s\nwant\n%s", got, want)
	}
}

func TestUUID5(t *testing.T) {
	// Python's uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/").
	if got, want := uuid5("https://example.org/"), "527dda32-a0de-5105-a042-cb475b5f7d11"; got != want {
		t.Errorf("uuid5 = %s, want %s", got, want)
	}
}
