package exports

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// bigSchedule is a schedule.json of n talks over ten days and five rooms,
// each with a speaker who has a biography.
func bigSchedule(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"schedule": {"version": "1", "conference": {"acronym": "big", "title": "Big", "start": "2026-01-01", "end": "2026-01-10", "time_zone_name": "Europe/Berlin", "rooms": [], "days": [`)
	perDay := n / 10
	for d := 0; d < 10; d++ {
		if d > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"index": %d, "date": "2026-01-%02d", "rooms": {`, d+1, d+1)
		for r := 0; r < 5; r++ {
			if r > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"Room %d": [`, r)
			for k := 0; k < perDay/5; k++ {
				if k > 0 {
					b.WriteByte(',')
				}
				id := (d*5+r)*1000 + k
				fmt.Fprintf(&b, `{"id": %d, "guid": "g-%d", "date": "2026-01-%02dT%02d:%02d:00+01:00", "start": "10:00", "duration": "00:30", "room": "Room %d", "slug": "big-%d-talk-%d", "title": "Talk %d", "track": "T%d", "type": "lecture", "language": "en", "abstract": "An abstract of some length to read.", "description": "A longer description\n\nwith two paragraphs.", "persons": [{"public_name": "Person %d", "biography": "A biography."}], "links": []}`,
					id, id, d+1, 8+k/4%12, k%4*15, r, id, id, id, r, id%3000)
			}
			b.WriteByte(']')
		}
		b.WriteString("}}")
	}
	b.WriteString("]}}}")
	return []byte(b.String())
}

// BenchmarkReadFrabJSON reads a schedule.json of 10,000 talks.
func BenchmarkReadFrabJSON(b *testing.B) {
	src := bigSchedule(10000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		docs, ok, _ := Read("data/schedule.json", src, time.UTC)
		if !ok || len(docs) < 10000 {
			b.Fatalf("ok=%v, %d documents", ok, len(docs))
		}
	}
}

// BenchmarkDecline is the cost of offering Read a JSON data file that is
// none of its formats.
func BenchmarkDecline(b *testing.B) {
	src := []byte(strings.Repeat(`{"name": "Acme", "level": "gold", "url": "https://acme.example.org/"},`, 2000))
	src = append(append([]byte("["), src[:len(src)-1]...), ']')
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, ok, _ := Read("data/sponsors.json", src, time.UTC); ok {
			b.Fatal("took the file")
		}
	}
}
