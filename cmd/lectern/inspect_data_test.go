package main

import (
	"context"
	"testing"
	"testing/fstest"

	"lectern/internal/build"
)

// TestInspectRecords checks that each record of a data file is a page of
// its own in inspect, named by the file and the line it starts on, with
// the URL the model gave it.
func TestInspectRecords(t *testing.T) {
	fsys := fstest.MapFS{
		"content/index.md": {Data: []byte("# Home\n")},
		"data/speakers.yml": {Data: []byte(`- name: Ada Example
  id: P1
- name: Bo Sample
  id: P2
`)},
		"data/talks/one.yml": {Data: []byte("title: One\nspeakers: [P2]\ndate: 2024-01-01 10:00\n")},
	}
	m, diags := build.LoadModel(context.Background(), fsys, build.ModelOptions{})
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %q", diags.Strings())
	}
	got := map[string]pageView{}
	for _, v := range inspectViews(m, diags, nil) {
		got[v.File] = v
	}
	want := map[string]string{
		"data/speakers.yml:1":  "/speakers/ada-example/",
		"data/speakers.yml:3":  "/speakers/bo-sample/",
		"data/talks/one.yml:1": "/talks/one/",
	}
	for file, url := range want {
		v, ok := got[file]
		if !ok {
			t.Errorf("no page %s; have %v", file, keysOf(got))
			continue
		}
		if v.URL != url {
			t.Errorf("%s: url %q; want %q", file, v.URL, url)
		}
	}
	if sp := got["data/talks/one.yml:1"].Speakers; len(sp) != 1 || sp[0].Name != "Bo Sample" {
		t.Errorf("the talk's speakers are %+v; want the record P2, Bo Sample", sp)
	}
}

func keysOf(m map[string]pageView) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
