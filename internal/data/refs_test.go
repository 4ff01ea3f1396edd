package data

import (
	"slices"
	"testing"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// TestExportSpeakerCodes: a talk of an export that names its speakers
// by code (pretalx's API without ?expand) takes the person of the
// speaker record that has the code, from another file of the export;
// a code no record has is left out, with a warning, rather than shown
// as a speaker's name.
func TestExportSpeakerCodes(t *testing.T) {
	ref := func(code string) content.Person {
		return content.Person{Name: code, Slug: content.Slugify(code), Ref: true}
	}
	talk := &content.Document{
		File: "_data/pretalx/talks.json", Line: 4, Kind: content.KindTalk, Title: "Bothy Networks", Slug: "bothy-networks",
		Path: "talks/bothy-networks.md", Speakers: []content.Person{ref("SPKBBB"), ref("SPKZZZ")},
		Fields: content.PositionsAt(diag.Pos{File: "_data/pretalx/talks.json", Line: 4, Col: 5}, "speakers"),
	}
	speaker := &content.Document{
		File: "_data/pretalx/speakers.json", Line: 5, Kind: content.KindSpeaker, Title: "Euan Baird", Slug: "euan-baird",
		Path: "speakers/euan-baird.md", Speakers: []content.Person{{Name: "Euan Baird", Slug: "euan-baird", Bio: "Euan builds bothies."}},
		Params: map[string]any{"id": "SPKBBB"},
	}
	docs, diags := Combine(nil, Set{Docs: []*content.Document{speaker, talk}}, nil)
	i := slices.IndexFunc(docs, func(d *content.Document) bool { return d.Kind == content.KindTalk })
	if i < 0 {
		t.Fatal("the talk is gone")
	}
	want := []content.Person{{Name: "Euan Baird", Slug: "euan-baird"}}
	if got := docs[i].Speakers; !slices.Equal(got, want) {
		t.Errorf("speakers %+v; want %+v", got, want)
	}
	wantDiag := `_data/pretalx/talks.json:4:5: warning: talk "Bothy Networks" names speaker SPKZZZ by id, and no speaker record of the site has that id; the talk is read without this speaker; keep the export of the speakers (pretalx's /speakers/) in the data folder beside the talks', or export the talks with their speakers expanded`
	if got := diags.Strings(); len(got) != 1 || got[0] != wantDiag {
		t.Errorf("diagnostics %q; want %q", got, wantDiag)
	}
	if len(talk.Speakers) != 2 || !talk.Speakers[0].Ref {
		t.Errorf("Combine changed its input: %+v", talk.Speakers)
	}
}
