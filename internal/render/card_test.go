package render

import (
	"bytes"
	"image/png"
	"os"
	"strings"
	"testing"
)

func TestDrawCard(t *testing.T) {
	c := card{Site: "DjangoCon Notes", Kicker: "Talk", Title: "Taking Django Distributed: a very long title that needs more than one line to be shown on the card at all, and then some more words so that it is cut", People: "Andrew Godwin, Ada Lovelace", When: "Monday 14 August 2017 · 10:00–10:45", Where: "Main hall · DjangoCon US 2017"}
	body := drawCard(c)
	img, err := png.Decode(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != CardWidth || b.Dy() != CardHeight {
		t.Errorf("card is %v, want %dx%d", b, CardWidth, CardHeight)
	}
	if out := os.Getenv("LECTERN_CARD"); out != "" {
		os.WriteFile(out, body, 0o644)
	}
	if !bytes.Equal(body, drawCard(c)) {
		t.Error("the same card drew different bytes")
	}
	if c2 := c; c2.key() == (card{Site: c.Site, Title: c.Title}).key() {
		t.Error("cards with different text have the same key")
	}
}

func TestFit(t *testing.T) {
	fs := getFaces()
	defer putFaces(fs)
	w := fs.title.width("Taking Django")
	tests := []struct {
		name, in string
		n        int
		want     []string
	}{
		{"fits", "Taking Django", 2, []string{"Taking Django"}},
		{"wraps", "Taking Django Taking Django", 2, []string{"Taking Django", "Taking Django"}},
		{"ellipsis", "Taking Django Taking Django Taking", 2, []string{"Taking Django", "Taking…"}},
		{"empty", "", 2, []string{""}},
		{"long word", strings.Repeat("x", 60), 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fit(fs.title, tt.in, w, tt.n)
			if len(got) > tt.n {
				t.Fatalf("fit gave %d lines, want at most %d: %q", len(got), tt.n, got)
			}
			for _, l := range got {
				if fs.title.width(l) > w {
					t.Errorf("line %q is wider than %d", l, w)
				}
			}
			if tt.want != nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("fit(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// BenchmarkDrawCard reports the cost of one share preview card.
func BenchmarkDrawCard(b *testing.B) {
	c := card{Site: "Generated Conference Archive", Kicker: "Talk", Title: "Understanding distributed systems without losing your mind", People: "Ada Lovelace, Grace Hopper", When: "Wednesday 16 August 2017 · 11:30–12:15", Where: "Room 3 · PyCon 2017"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Title = "Talk " + strings.Repeat("x", i%7)
		drawCard(c)
	}
}
