package render

import (
	"strings"
	"testing"
)

// TestModelNamesStillWork renders pages with templates written for the
// model that templates used to get, before views: the names they use
// must mean the same on the views.
func TestModelNamesStillWork(t *testing.T) {
	th := siteTheme(t, map[string]string{
		"layouts/talk.html": `<p>{{.Page.Title}}|{{.Page.CalendarURL}}|{{.Page.VideoHost}}|` +
			`{{range .Page.Speakers}}{{.Name}} {{.URL}} {{photoURL .Person}} {{range personLinks .Person}}{{.URL}} {{end}}{{end}}|` +
			`{{with .Page.Event}}{{.Name}}{{end}}|{{len (visible .Site.Notes)}} {{.Site.NoteCount}}|{{speakersURL .Site}}|` +
			`{{range .Page.Tags}}{{.Name}}{{end}}|{{.Site.Config.Title}}</p>` + "\n",
		"layouts/speaker.html": `<p>{{with .Speaker}}{{.Name}}|{{range visible .Talks}}{{.Title}};{{end}}|{{len .TalksByEvent}}|{{.OwnBio}}|{{.Person.URL}}{{end}}</p>` + "\n",
		"layouts/term.html":    `<p>{{if eq .Taxonomy .Site.Tags}}tag{{end}}|{{.Term.Name}}|{{len (visible .Term.Pages)}} {{.Term.Count}}|{{len .Pages}}</p>` + "\n",
	})
	outs := renderAll(t, th, fixture())
	for _, tc := range []struct{ path, want string }{
		{"talks/taking-django-distributed/index.html", "<p>Taking Django Distributed|/talks/taking-django-distributed/taking-django-distributed.ics|YouTube|" +
			"Andrew Godwin /speakers/andrew-godwin/ /speakers/andrew-godwin/photo.svg http://www.aeracode.org https://github.com/andrewgodwin https://twitter.com/andrewgodwin |" +
			"DjangoCon US 2017|1 1|/speakers/|Django|DjangoCon Notes</p>\n"},
		{"speakers/andrew-godwin/index.html", "<p>Andrew Godwin|You Have Control: Learning lessons from aviation;Taking Django Distributed;|1|" +
			"<p>Andrew is a Django core developer and Senior Software Engineer at Eventbrite.</p>|http://www.aeracode.org</p>\n"},
		{"tags/sre/index.html", "<p>tag|SRE|2 2|2</p>\n"},
	} {
		got, ok := outs[tc.path]
		if !ok {
			var paths []string
			for p := range outs {
				paths = append(paths, p)
			}
			t.Fatalf("no output %s among %s", tc.path, strings.Join(paths, " "))
		}
		if string(got.Body) != tc.want {
			t.Errorf("%s =\n%s\nwant\n%s", tc.path, got.Body, tc.want)
		}
	}
}
