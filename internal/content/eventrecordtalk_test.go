package content

import "testing"

// TestEventRecordTalk: a record of an events collection that names its
// event and its speakers or authors is a talk given there (an Astro
// site's src/content/events/*.json holding talks, each {title, event:
// {name, location}, speakers}), as a page of an events folder is; an
// event record listing its speakers, or naming a series it belongs to
// without people, stays an event.
func TestEventRecordTalk(t *testing.T) {
	tests := []struct {
		name, src string
		want      Kind
	}{
		{"a talk with its event's name and place", `{"title": "Typed rivers", "date": "2024-05-16", "event": {"name": "RiverCon 2024", "location": "Lyon"}, "speakers": ["ada"]}`, KindTalk},
		{"a talk naming its event by text", `{"title": "Small servers", "event": "Harbour JS", "authors": ["bo"]}`, KindTalk},
		{"an event listing its speakers", `{"title": "Harbour JS #12", "date": "2024-09-03", "speakers": ["ada", "bo"]}`, KindEvent},
		{"an event of a series", `{"title": "Harbour JS #13", "date": "2024-10-01", "event": "Harbour JS"}`, KindEvent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, diags := DecodeData("src/content/events/x.json", []byte(tt.src), nil)
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			d := Record(v, RecordOptions{File: "src/content/events/x.json", Path: "events/x.json", Kind: KindEvent})
			if d.Kind != tt.want {
				t.Errorf("kind %q, want %q", d.Kind, tt.want)
			}
		})
	}
}
