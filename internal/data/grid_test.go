package data

import (
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"09:05", 9*time.Hour + 5*time.Minute, true},
		{"9:05", 9*time.Hour + 5*time.Minute, true},
		{"16:35:30", 16*time.Hour + 35*time.Minute + 30*time.Second, true},
		{"2pm", 14 * time.Hour, true},
		{"2:30 PM", 14*time.Hour + 30*time.Minute, true},
		{"12am", 0, true},
		{"12pm", 12 * time.Hour, true},
		{"24:00", 0, false},
		{"9:5", 0, false},
		{"9", 0, false},
		{"13pm", 0, false},
		{"Lunch", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := clock(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("clock(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestSplitDayName(t *testing.T) {
	tests := []struct {
		in  string
		wd  time.Weekday
		dom int
		ok  bool
	}{
		{"Thursday 15th", time.Thursday, 15, true},
		{"Fri 16", time.Friday, 16, true},
		{"sunday 1st", time.Sunday, 1, true},
		{"Monday, 22nd", time.Monday, 22, true},
		{"Thursday", 0, 0, false},
		{"Someday 15th", 0, 0, false},
		{"Thursday 32nd", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			wd, dom, ok := splitDayName(tt.in)
			if wd != tt.wd || dom != tt.dom || ok != tt.ok {
				t.Errorf("splitDayName(%q) = %v, %d, %v; want %v, %d, %v", tt.in, wd, dom, ok, tt.wd, tt.dom, tt.ok)
			}
		})
	}
}

func TestLooksLikeID(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"403", true},
		{"XU7RQG", true},
		{"talks/my-talk", true},
		{"my-talk", true},
		{"Lunch", false},
		{"Coffee break", false},
		{"Lightning-Talks", false},
		{`<a href="/x/">Clinic 2</a>`, false},
	}
	for _, tt := range tests {
		if got := looksLikeID(tt.in); got != tt.want {
			t.Errorf("looksLikeID(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}

func TestClaims(t *testing.T) {
	o := Options{Dirs: []string{"data"}, ContentDirs: []string{"content"}}
	tests := []struct {
		file string
		want bool
	}{
		{"data/anything.yml", true},
		{"data/images/logo.png", true},
		{"content/reading/_meta.toml", true},
		{"content/speakers/ada.yml", true},
		{"content/schedule/manual.yaml", true},
		{"content/programme.json", true},
		{"content/cities/plzen/venues/raven-pub.yaml", true},
		{"content/_places.yml", true},
		{"content/venues/map.png", false},
		{"content/talks/a.md", false},
		{"content/misc/config.yml", false},
		{"content/_meta.toml", false},
		{"static/data.json", false},
	}
	for _, tt := range tests {
		if got := o.Claims(tt.file); got != tt.want {
			t.Errorf("Claims(%q) = %v; want %v", tt.file, got, tt.want)
		}
	}
}
