package render

import (
	"testing"

	"lectern/internal/content"
)

// TestKindNames: every kind has a name of its own, which is what
// templates see as .Kind and what names a page kind's template; and a
// content document's page has the kind of its template.
func TestKindNames(t *testing.T) {
	seen := map[string]Kind{}
	for k := KindNone + 1; k < kinds; k++ {
		name := k.String()
		if name == "" {
			t.Errorf("kind %d has no name", k)
		}
		if other, ok := seen[name]; ok {
			t.Errorf("kinds %d and %d are both %q", other, k, name)
		}
		seen[name] = k
	}
	if got := pageTemplate(KindReadingIndex); got != "reading-index.html" {
		t.Errorf("pageTemplate(KindReadingIndex) = %q", got)
	}
	if got := Kind(200).String(); got != "kind(200)" {
		t.Errorf("an unknown kind is %q", got)
	}
	for _, tc := range []struct {
		doc  content.Kind
		want Kind
	}{
		{content.KindTalk, KindTalk},
		{content.KindNote, KindNote},
		{content.KindReading, KindReading},
		{content.KindEvent, KindEvent},
		{content.KindSpeaker, KindPage},
		{content.KindSponsor, KindPage},
		{content.KindPage, KindPage},
	} {
		if got := kindOf(tc.doc); got != tc.want {
			t.Errorf("kindOf(%s) = %s, want %s", tc.doc, got, tc.want)
		}
	}
	for k := KindNone; k < kinds; k++ {
		want := k == KindTalk || k == KindNote || k == KindReading || k == KindPage || k == KindEvent || k == KindSpeaker
		if k.Content() != want {
			t.Errorf("%s.Content() = %v", k, !want)
		}
	}
}
