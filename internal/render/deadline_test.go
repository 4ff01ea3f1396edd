package render

import (
	"context"
	"errors"
	"html/template"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"lectern/internal/hangtest"
)

func TestRunStopsOnCancel(t *testing.T) {
	// No deadline: only the context ends the loop.
	r, diags := New(siteTheme(t, map[string]string{"layouts/talk.html": hangtest.Loop}), Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Strings())
	}
	jobs, _ := r.Jobs(fixture())
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	hangtest.Within(t, "Stream after cancel", func() {
		diags = r.Stream(ctx, jobs, func(Output) error { return nil })
	})
	want := []string{"rendering stopped before the end: context canceled"}
	if got := diags.Strings(); !slices.Equal(got, want) {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTemplateDeadline(t *testing.T) {
	const why = "; a template that never ends (a range over a huge number, a template that calls itself)? "
	tests := []struct {
		name  string
		files map[string]string
		opts  Options
		path  string
		want  string
	}{
		{
			name:  "a talk",
			files: map[string]string{"layouts/talk.html": hangtest.Loop},
			opts:  Options{TemplateTimeout: 300 * time.Millisecond},
			path:  "talks/taking-django-distributed/index.html",
			want:  "layouts/talk.html: rendering content/talks/taking-django-distributed.md: did not finish within 300ms" + why + "Fix the template, or raise [build] template_timeout in config.toml",
		},
		{
			name:  "a generated page, with a hint",
			files: map[string]string{"layouts/home.html": hangtest.Loop},
			opts:  Options{TemplateTimeout: 300 * time.Millisecond, TimeoutHint: "Fix the template; the preview gives each page 300ms"},
			path:  "index.html",
			want:  "layouts/home.html: rendering the home page: did not finish within 300ms" + why + "Fix the template; the preview gives each page 300ms",
		},
		{
			name:  "a template calling itself over huge data",
			files: map[string]string{"layouts/note.html": "{{define \"main\"}}{{template \"n\" 40}}{{end}}{{define \"n\"}}{{if .}}<i>{{template \"n\" (len (slice \"0123456789012345678901234567890123456789\" 1 .))}}{{template \"n\" (len (slice \"0123456789012345678901234567890123456789\" 1 .))}}</i>{{end}}{{end}}"},
			opts:  Options{TemplateTimeout: 300 * time.Millisecond},
			path:  "notes/failover-conf/index.html",
			want:  "layouts/note.html: rendering content/notes/2020-06-01-failover-conf.md: did not finish within 300ms" + why + "Fix the template, or raise [build] template_timeout in config.toml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, diags := New(siteTheme(t, tt.files), tt.opts)
			if diags.HasErrors() {
				t.Fatal(diags.Strings())
			}
			jobs, _ := r.Jobs(fixture())
			i := slices.IndexFunc(jobs, func(j Job) bool { return j.Path == tt.path })
			if i < 0 {
				t.Fatalf("no job writes %s", tt.path)
			}
			hangtest.Within(t, "Render", func() { _, diags = jobs[i].Render() })
			if got := diags.Strings(); !slices.Equal(got, []string{tt.want}) {
				t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
			// Run stops at the first page that overruns: it does not wait
			// out a deadline per page.
			hangtest.Within(t, "Run", func() { diags = r.Run(context.Background(), jobs, func(Output) error { return nil }) })
			if !diags.HasErrors() || len(diags.Errors()) > 8*len(jobs) {
				t.Errorf("Run: %v", diags.Strings())
			}
			for _, d := range diags.Errors() {
				if !strings.Contains(d.Msg, ": did not finish within") {
					t.Errorf("Run: unexpected %s", d)
				}
			}
		})
	}
}

// counter counts the writes made to it.
type counter struct{ n atomic.Int64 }

func (c *counter) Write(p []byte) (int, error) {
	c.n.Add(1)
	return len(p), nil
}

func TestAbandonedRunStopsWriting(t *testing.T) {
	set := template.Must(template.New("hangtest.Loop").Parse("{{range $i := 100000000000}}{{$i}}{{end}}"))
	var c counter
	tk := newTask(context.Background(), nil)
	if err := runTemplate(tk, &c, set, "hangtest.Loop", nil, 20*time.Millisecond); !errors.Is(err, errTimeout) || !tk.timedOut || !tk.lost {
		t.Fatalf("runTemplate = %v, timed out %v, lost %v; want the deadline", err, tk.timedOut, tk.lost)
	}
	// Give the abandoned run the time of a few writes, then check that
	// it stopped: the writer fails from the first write after the
	// deadline.
	time.Sleep(20 * time.Millisecond)
	before := c.n.Load()
	time.Sleep(50 * time.Millisecond)
	if after := c.n.Load(); after != before {
		t.Errorf("the abandoned template went on writing: %d writes, then %d", before, after)
	}
}

func TestNewGivesUpOnALoopWithoutOutput(t *testing.T) {
	// A page template whose hangtest.Loop writes nothing runs when New checks its
	// HTML, whatever the data.
	th := siteTheme(t, map[string]string{"layouts/page.html": "{{range $i := 100000000000}}{{end}}<p>x</p>"})
	var diags []string
	hangtest.Within(t, "New", func() {
		_, d := New(th, Options{TemplateTimeout: 300 * time.Millisecond})
		diags = d.Strings()
	})
	want := []string{"layouts/page.html: checking the template's HTML on no data: did not finish within 300ms; a template that never ends (a range over a huge number, a template that calls itself)? Fix the template, or raise [build] template_timeout in config.toml"}
	if !slices.Equal(diags, want) {
		t.Errorf("diagnostics\n%s\nwant\n%s", strings.Join(diags, "\n"), strings.Join(want, "\n"))
	}
}
