package content

import "testing"

// TestEventNameTitle: an event page that names itself as its talks name
// it (event_name, eventName), as an Astro events collection's schema
// writes it beside start_datetime, has that name as its title; a title
// wins over it, and on a talk the field is its event, not its title.
func TestEventNameTitle(t *testing.T) {
	tests := []struct {
		name, path, src   string
		wantTitle, wantEv string
	}{
		{"event_name", "content/events/kyoto.md", "event_name: Kyoto Frontend Night 7\nstart_datetime: \"2024-06-20T19:00:00+09:00\"\n", "Kyoto Frontend Night 7", ""},
		{"eventName", "content/events/kyoto.md", "eventName: Kyoto Frontend Night 8\ndate: 2024-07-18\n", "Kyoto Frontend Night 8", ""},
		{"a title wins", "content/events/kyoto.md", "title: Night 9\nevent_name: Kyoto Frontend Night 9\ndate: 2024-08-15\n", "Night 9", ""},
		{"a talk's event", "content/talks/edge.md", "title: Edge caches\nevent_name: Kyoto Frontend Night 7\n", "Edge caches", "Kyoto Frontend Night 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.path, []byte("---\n"+tt.src+"---\n"), Options{})
			if d.Title != tt.wantTitle || d.Event != tt.wantEv {
				t.Errorf("title %q, event %q; want %q, %q", d.Title, d.Event, tt.wantTitle, tt.wantEv)
			}
			for _, dg := range d.Diags {
				t.Errorf("diagnostic: %v", dg)
			}
		})
	}
}
