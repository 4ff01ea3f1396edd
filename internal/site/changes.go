package site

import (
	"strings"
	"time"

	"lectern/internal/content"
)

// The statuses a talk may have (Page.Status).
const (
	Cancelled = "cancelled"
	Moved     = "moved"
)

// status reads a talk's change of plan from its front matter: "status:
// cancelled" (or "canceled"), "status: moved", or "cancelled: true" (or
// "canceled: true"). Any other status value ("confirmed", "accepted")
// says nothing about the plan and is ignored.
func status(d *content.Document) string {
	if s, ok := d.Params["status"].(string); ok {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "cancelled", "canceled":
			return Cancelled
		case "moved":
			return Moved
		}
	}
	if truth(d.Params["cancelled"]) || truth(d.Params["canceled"]) {
		return Cancelled
	}
	return ""
}

// Placement is when and where a talk is: the two things a programme
// change moves.
type Placement struct {
	Start time.Time `json:"start"`
	Room  string    `json:"room,omitempty"`
}

// Programme is where every dated talk of a site was at one build, by
// talk URL, and the moves noticed so far that are still shown. The build
// keeps it in the output folder's state, so that the next build of the
// same folder can say "moved from 10:00, Room A".
type Programme struct {
	Talks map[string]Placement `json:"talks"`
	Moves map[string]Move      `json:"moves,omitempty"`
}

// Move is a talk's earlier placement, and when the build that noticed
// the change ran.
type Move struct {
	From Placement `json:"from"`
	Seen time.Time `json:"seen"`
}

// Changes say what the build knows of earlier builds. The zero value
// knows none: no talk has moved.
type Changes struct {
	// Previous is the programme of the last build of the same output
	// folder, or nil.
	Previous *Programme
	// Now is the build's clock: a move is shown until its talk's event
	// ends (or the talk, without an event), or for config.toml's
	// schedule.show_changes after it was noticed.
	Now time.Time
}

// changes sets each talk's Status and MovedFrom and records the site's
// programme for the next build (Site.Programme).
func (b *builder) changes(c Changes) {
	prog := &Programme{Talks: map[string]Placement{}, Moves: map[string]Move{}}
	b.site.Programme = prog
	b.site.previous = c.Previous != nil
	for _, p := range b.site.Pages {
		if p.Doc.Kind != content.KindTalk {
			continue
		}
		p.Status = status(&p.Doc)
		if !HasTime(p.Doc.Date) {
			continue
		}
		now := Placement{Start: p.Doc.Date, Room: p.Doc.Room}
		prog.Talks[p.URL] = now
		if c.Previous == nil {
			continue
		}
		move, moved := c.Previous.Moves[p.URL]
		if was, ok := c.Previous.Talks[p.URL]; ok && !same(was, now) {
			move, moved = Move{From: was, Seen: c.Now}, true
		}
		if !moved || !b.showing(p, move, c.Now) {
			continue
		}
		prog.Moves[p.URL] = move
		from := move.From
		from.Start = from.Start.In(p.Doc.Date.Location())
		p.MovedFrom = &from
	}
}

// showing reports whether a talk's move is still news at now.
func (b *builder) showing(p *Page, m Move, now time.Time) bool {
	if d := b.cfg.Schedule.ChangesFor; d > 0 {
		return now.Before(m.Seen.Add(d))
	}
	until := end(p)
	if e := p.Event; e != nil && !e.End.IsZero() {
		until = e.End
		if !HasTime(until) {
			// An event that ends on a day ends at that day's midnight.
			until = until.AddDate(0, 0, 1)
		}
	}
	if until.IsZero() {
		until = p.Doc.Date
	}
	return now.Before(until)
}

// same reports whether two placements are the same time and room.
func same(a, b Placement) bool {
	return a.Start.Equal(b.Start) && a.Room == b.Room
}
