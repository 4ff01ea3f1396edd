package config

import (
	"testing"
	"time"
)

// TestFloating checks that a site names its zone or has Floating: a
// config.toml without timezone places times written without an offset in
// Floating, one naming any zone, UTC too, in that zone.
func TestFloating(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		floating  bool
	}{
		{"no config.toml", "", true},
		{"no timezone", "title = \"Conf\"\n", true},
		{"timezone UTC", "timezone = \"UTC\"\n", false},
		{"timezone Europe/Lisbon", "timezone = \"Europe/Lisbon\"\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			if tt.src != "" {
				parsed, diags := Parse(FileName, []byte(tt.src))
				if diags.HasErrors() {
					t.Fatal(diags.Strings())
				}
				c = parsed
			}
			at := time.Date(2024, 5, 2, 10, 0, 0, 0, c.Location)
			if got := IsFloating(at); got != tt.floating {
				t.Errorf("IsFloating = %v, want %v (zone %v, set %v)", got, tt.floating, c.Location, c.ZoneSet)
			}
			if name, off := at.Zone(); tt.floating && (name != "UTC" || off != 0) {
				t.Errorf("a floating time reads as %s%+d, want UTC", name, off)
			}
		})
	}
}
