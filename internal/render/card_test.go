package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image/png"
	"os"
	"slices"
	"strings"
	"testing"

	"lectern/themes"
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

// BenchmarkDrawCards draws the cards of a programme: every title its
// own, speakers giving a few talks each, talks sharing time slots and
// rooms, as a site's cards do. BenchmarkDrawCard, which draws one card
// over and over, would be flattered by anything a card shares with the
// next.
func BenchmarkDrawCards(b *testing.B) {
	words := strings.Fields("distributed systems without losing your mind practical testing types async python rust web apps data pipelines at scale lessons learned from production building fast reliable")
	names := strings.Fields("Ada Grace Alan Barbara Edsger Donald Frances Margaret Ken Radia Leslie Tony")
	days := []string{"Monday 14 August 2017", "Tuesday 15 August 2017", "Wednesday 16 August 2017"}
	slots := []string{"09:00–09:45", "10:00–10:45", "11:30–12:15", "14:00–14:45", "15:00–15:45", "16:30–17:15"}
	cards := make([]card, 600)
	for i := range cards {
		title := ""
		for j := range 4 + i%6 {
			title += words[(i*7+j*13)%len(words)] + " "
		}
		cards[i] = card{
			Site: "Generated Conference Archive", Kicker: "Talk",
			Title:  fmt.Sprintf("%s%d", title, i),
			People: names[i/3%len(names)] + " " + names[(i/3+5)%len(names)] + "son",
			When:   days[i/40%len(days)] + " · " + slots[i/6%len(slots)],
			Where:  fmt.Sprintf("Room %d · PyCon 2017", i%6+1),
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		drawCard(cards[i%len(cards)])
	}
}

// TestCardsInAnyOrder draws cards of one site in one order and then in
// the other: each must come out the same. A card starts from what the
// last one left on the canvas, of which only the rows it drew on are put
// back, so a card must not depend on the cards before it.
func TestCardsInAnyOrder(t *testing.T) {
	site := "A Conference"
	cards := []card{
		{Site: site, Kicker: "Talk", Title: "A title long enough to take three lines on the card, with more words after that still, and still more", People: "Ada Lovelace", When: "Monday 14 August 2017 · 10:00–10:45", Where: "Room 1"},
		{Site: site, Kicker: "Talk", Title: "Short", People: "Ada Lovelace", When: "Monday 14 August 2017 · 10:00–10:45", Where: "Room 2"},
		{Site: site, Kicker: "Speaker", Title: "Ada Lovelace", People: "Analyst", When: "2 talks"},
		{Site: site, Title: site},
		{Site: site, Kicker: "Talk", Title: "Short", People: "Grace Hopper", When: "Monday 14 August 2017 · 10:00–10:45", Where: "Room 1"},
	}
	first := make([][]byte, len(cards))
	for i, c := range cards {
		first[i] = drawCard(c)
	}
	for i := len(cards) - 1; i >= 0; i-- {
		if !bytes.Equal(drawCard(cards[i]), first[i]) {
			t.Errorf("card %d (%q) drawn after the others differs from the card drawn first", i, cards[i].Title)
		}
	}
}

// drawCard returns c drawn as a PNG in a slice of its own, or nil when
// the fonts cannot be loaded.
func drawCard(c card) []byte {
	var b bytes.Buffer
	if !writeCard(&b, c) {
		return nil
	}
	return b.Bytes()
}

// TestCardFileName checks that a card's file is named by the first 8
// bytes of the SHA-256 of its fields, each ended by a zero byte, after
// the drawing's version: the names earlier builds wrote, which a build
// finds again in the output folder. The sums share one scratch buffer,
// as the jobs' do.
func TestCardFileName(t *testing.T) {
	var scratch []byte
	for _, c := range append(testCards, card{}, card{Title: strings.Repeat("long ", 400)}) {
		h := sha256.New()
		for _, s := range []string{cardVersion, c.Site, c.Kicker, c.Title, c.People, c.When, c.Where} {
			h.Write([]byte(s + "\x00"))
		}
		want := "cards/" + hex.EncodeToString(h.Sum(nil)[:8]) + ".png"
		if got := cardFile(c.sum(&scratch)); got != want {
			t.Errorf("%q: file %s, want %s", c.Title, got, want)
		}
		if got := strings.TrimPrefix(cardURL(c), "/"); got != want {
			t.Errorf("%q: URL names %s, want %s", c.Title, got, want)
		}
	}
}

// TestCardSumsOnAnyCores: the cards' sums come in the order cards adds
// them (the talks', the speakers', the events' with a page, the home
// page's), each the sum of its card's text, however many cores make
// them: jobsOf asks for one, a patch for all.
func TestCardSumsOnAnyCores(t *testing.T) {
	s := fixture()
	jobs, _ := mustNew(t, themes.Default()).Jobs(s)
	b := jobs[0].built
	var want [][8]byte
	for _, p := range s.Talks {
		want = append(want, b.talkCard(p).sum(nil))
	}
	for _, sp := range s.Speakers {
		want = append(want, b.speakerCard(sp).sum(nil))
	}
	for _, e := range s.Events {
		if e.URL != "" {
			want = append(want, b.eventCard(e).sum(nil))
		}
	}
	want = append(want, b.homeCard().sum(nil))
	if len(s.Talks) < 2 || len(s.Speakers) < 2 || len(want) == len(s.Talks)+len(s.Speakers)+1 {
		t.Fatal("the fixture lacks talks, speakers or an event with a page: the test shows nothing")
	}
	for _, workers := range []int{1, 2, 3, len(want) - 1, len(want), len(want) + 5} {
		if got := b.cardSums(workers)(); !slices.Equal(got, want) {
			t.Errorf("%d workers: %d sums, want %d, or in another order", workers, len(got), len(want))
		}
	}
}
