package data

import (
	"testing"
	"testing/fstest"
	"time"

	"lectern/internal/content"
)

// FuzzRecords feeds any text, as each kind of data file in a records
// folder and as a schedule, through the whole data stage: it must never
// panic, and every record it makes must name its file.
func FuzzRecords(f *testing.F) {
	seeds := []string{
		"title: A\nspeakers: [P1]\nstart: 2020-09-05 16:35:00+09:30\n",
		"- date: 2018-08-24\n  tracks: [{title: A}]\n  timeslots:\n    - {startTime: '09:00', endTime: '09:30', talkIds: [1, 2]}\n",
		"- date: 2019-10-19\n  tracks: [{title: A}, {title: B}]\n  timeslots:\n    - {startTime: '09:30', endTime: '10:30', sessions: [{items: [1]}, {items: [2, 3]}]}\n",
		"Thursday 15th:\n  Hall:\n    - None:\n        '08:00': Registration\n        '09:00': talks/x\n",
		"- {title: Lunch, start: 2024-09-22 12:30, end: 2024-09-22 13:30, room: Hall}\n",
		"name: Meetup\nstart: 2019-05-02\ntalks:\n  - title: T\nprogram:\n  - {title: x, date: 2019-05-02, start_time: '9:00'}\n",
		"{\"readings\": [{\"title\": \"B\", \"rating\": 9}]}",
		"[[books]]\ntitle = \"x\"\nread_at = 2024-01-01\n",
		"name,level\nA,\"B\n",
		"name,level,url\nA,Gold\nB,Silver,https://b.example,extra\n",
		"- conference: C\n  date: 2026-09-02\n  items:\n    - {title: T, links: [['slides', 'https://x.example/s.pdf']]}\n",
		"&a [*a, *a]\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		fsys := fstest.MapFS{}
		for _, name := range []string{"data/talks/x.yml", "data/events/y.json", "data/books.toml", "data/sponsors.csv", "data/schedule.yml", "content/schedule/z.yaml"} {
			fsys[name] = &fstest.MapFile{Data: []byte(src)}
		}
		o := Options{Dirs: []string{"data"}, ContentDirs: []string{"content"}, Location: time.UTC}
		ds, _ := Load(fsys, o)
		page := content.Parse("content/talks/x.md", []byte("---\nid: x\n---\nbody"), content.Options{})
		docs, _ := Combine([]*content.Document{page}, ds, time.UTC)
		for _, d := range docs {
			if d.File == "" {
				t.Fatalf("a document without a file: %+v", d)
			}
		}
	})
}
