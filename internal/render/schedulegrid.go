package render

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"lectern/internal/view"
)

// gridRows returns the grid-template-rows of a day's grid: the room
// headers, then a row per site.Row whose least height is proportional to
// its length (var(--minute) per minute, set by the theme), so that an
// hour looks twice as long as half an hour. A pause (Row.Gap) and a last
// row without an end take the height of their label: a long lunch would
// otherwise fill a screen with nothing.
func gridRows(d *view.Day) template.CSS {
	var b strings.Builder
	b.WriteString("auto")
	for _, r := range d.Rows {
		if r.Gap || r.End.IsZero() {
			b.WriteString(" auto")
			continue
		}
		fmt.Fprintf(&b, " minmax(calc(%d * var(--minute, 0px)), auto)", int(r.End.Sub(r.Start).Minutes()))
	}
	// Only digits and the fixed text above: safe as it is.
	return template.CSS(b.String())
}

// duration writes the length of a span for a reader: "45 min", "1 h",
// "1 h 30 min".
func duration(start, end time.Time) string {
	m := int(end.Sub(start).Round(time.Minute).Minutes())
	switch {
	case m < 60:
		return fmt.Sprintf("%d min", m)
	case m%60 == 0:
		return fmt.Sprintf("%d h", m/60)
	default:
		return fmt.Sprintf("%d h %d min", m/60, m%60)
	}
}
