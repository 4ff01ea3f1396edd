package content

import "testing"

// TestTeamPage pins the pages of a site's own people who are not
// speakers (organizers/, team/, volunteers/…): a page there naming a
// person is titled by their name, and its title, their role, stays in
// Params; elsewhere, and without a name, the title is the page's.
func TestTeamPage(t *testing.T) {
	tests := []struct {
		name, path, fm string
		kind           Kind
		title          string
		param          any
	}{
		{"an organiser's card", "organizers/alex.md", "name: Alex Moldovan\ntitle: Organizer", KindPage, "Alex Moldovan", "Organizer"},
		{"a Jekyll collection of the team", "_team/ada.md", "title: Chair\nname: Ada Lovelace", KindPage, "Ada Lovelace", "Chair"},
		{"one year's volunteers", "volunteers-2024/grace.md", "name: Grace Hopper\ntitle: Door", KindPage, "Grace Hopper", "Door"},
		{"a team page without a name", "team/index.md", "title: Our team", KindPage, "Our team", nil},
		{"a page elsewhere keeps its title", "about/alex.md", "name: Alex Moldovan\ntitle: Organizer", KindPage, "Organizer", nil},
		{"a speaker is read as a speaker", "speakers/alex.md", "name: Alex Moldovan\ntitle: Organizer", KindSpeaker, "Alex Moldovan", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			if d.Kind != tt.kind || d.Title != tt.title {
				t.Errorf("kind %q, title %q; want %q, %q", d.Kind, d.Title, tt.kind, tt.title)
			}
			if tt.param != nil && d.Params["title"] != tt.param {
				t.Errorf("params[title] = %v, want %v", d.Params["title"], tt.param)
			}
			wantDiags(t, d)
		})
	}
}
