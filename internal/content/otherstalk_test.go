package content

import "testing"

// A page of a people folder naming another speaker and a time or room
// is that speaker's talk; a person's page naming themselves, alone or
// with a co-speaker, or another speaker with no time, stays a person.
// A page there leaving its speaker empty beside a time is a slot of the
// programme: a talk, or a break when its title names one.
func TestOthersTalkInPeopleFolder(t *testing.T) {
	for _, tt := range []struct {
		name, file, front string
		want              Kind
	}{
		{"another speaker and a session time", "speaker/talk-two.md", "title: Talk two\nspeaker: Mary Jones\nsession: 9:30am", KindTalk},
		{"other speakers listed and a room", "speakers/panel.md", "title: The panel\nspeakers: [Ada Lovelace, Grace Hopper]\nroom: Hall A", KindTalk},
		{"their own name as speaker", "speakers/ada.md", "title: Ada Lovelace\nspeaker: Ada Lovelace\ntime: 10:00", KindSpeaker},
		{"a co-speaker beside their own name", "speakers/ada.md", "title: Ada Lovelace\nspeakers: Ada Lovelace & Grace Hopper\ntime: 10:00", KindSpeaker},
		{"named apart, their slug as speaker", "speakers/ada-lovelace.md", "name: Ada Lovelace\ntitle: Engineer\nspeaker_slugs: [ada-lovelace]\nroom: B", KindSpeaker},
		{"another speaker without a time", "speakers/ada.md", "title: Ada Lovelace\nspeaker: Grace Hopper", KindSpeaker},
		{"a time without speakers", "speaker/break.md", "title: Break\nsession: 11:30am", KindSpeaker},
		{"an empty speaker and a session time", "speaker/break-one.md", "title: Break one\nspeaker: \nsession: 11:30am", KindTalk},
		{"no speakers listed and a time", "speakers/opening.md", "title: Opening\nspeakers: []\ntime: 9:00", KindTalk},
		{"an empty speaker and a session's name", "speakers/ada.md", "title: Ada Lovelace\nspeaker:\nsession: Morning", KindSpeaker},
		{"an empty speaker and a room", "speakers/ada.md", "title: Ada Lovelace\nspeaker:\nroom: B", KindSpeaker},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.file, []byte("---\n"+tt.front+"\n---\nBody.\n"), Options{})
			if d.Kind != tt.want {
				t.Errorf("%s: kind %s, want %s", tt.file, d.Kind, tt.want)
			}
		})
	}
}

// A slot of the programme kept among the speakers is timed by its
// session field, and a break when its title names one.
func TestSlotInPeopleFolder(t *testing.T) {
	d := Parse("speaker/break-one.md", []byte("---\ntitle: Break one\nspeaker:\ndate: 2019-12-09T00:00:00.000Z\nsession: 11:30am\n---\nTea.\n"), Options{})
	if d.Kind != KindTalk || d.Format != "break" {
		t.Errorf("kind %s, format %q; want talk, break", d.Kind, d.Format)
	}
	if got := rfc3339(d.Date); got != "2019-12-09T11:30:00Z" {
		t.Errorf("date %s, want 2019-12-09T11:30:00Z", got)
	}
}
