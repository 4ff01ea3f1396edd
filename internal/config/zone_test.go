package config

import "testing"

// A zone is an IANA name, "UTC" or a known abbreviation, and also those
// names as people write them otherwise: blanks for underscores, any
// case, an offset from UTC in whole hours. A name that means nothing,
// or an ambiguous abbreviation, is a problem.
func TestZone(t *testing.T) {
	for in, want := range map[string]string{
		"Europe/Berlin":                  "Europe/Berlin",
		"UTC":                            "UTC",
		"aest":                           "Australia/Sydney",
		"America/New York":               "America/New_York",
		"america/new_york":               "America/New_York",
		"EUROPE/LISBON":                  "Europe/Lisbon",
		"America/Argentina/buenos aires": "America/Argentina/Buenos_Aires",
		"UTC+2":                          "Etc/GMT-2",
		"GMT -5":                         "Etc/GMT+5",
		"utc+02:00":                      "Etc/GMT-2",
		"UTC+0":                          "UTC",
	} {
		loc, iana, problem := Zone(in)
		if loc == nil || iana != want || problem != "" {
			t.Errorf("Zone(%q) = %v, %q, %q; want %q", in, loc, iana, problem, want)
		}
	}
	for _, bad := range []string{"Mars/Olympus", "", "Local", "IST", "UTC+5:30", "UTC+15"} {
		if loc, _, problem := Zone(bad); loc != nil || problem == "" {
			t.Errorf("Zone(%q) = %v, %q; want a problem", bad, loc, problem)
		}
	}
}
