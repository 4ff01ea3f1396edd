package config

import (
	"fmt"
	"strings"
	"time"
)

// zoneAbbrevs maps the time zone abbreviations that sites write in place
// of an IANA name to the zone they name. An abbreviation names a region's
// zone with its daylight-saving rules, not a fixed offset: sites write one
// abbreviation for the whole year ("EST" for a conference in July), and a
// date then gets the offset that region had on that day. Where a pair of
// abbreviations belongs to several regions with the same rules, the zone
// of the largest city stands for them all. docs/corpora.md lists the table.
var zoneAbbrevs = map[string]string{
	"AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
	"ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
	"AWST": "Australia/Perth",
	"NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
	"EST": "America/New_York", "EDT": "America/New_York",
	"MST": "America/Denver", "MDT": "America/Denver",
	"PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"AKST": "America/Anchorage", "AKDT": "America/Anchorage",
	"HST": "Pacific/Honolulu",
	"NST": "America/St_Johns", "NDT": "America/St_Johns",
	"WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
	"CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
	"EET": "Europe/Helsinki", "EEST": "Europe/Helsinki",
	"MSK": "Europe/Moscow",
	"JST": "Asia/Tokyo", "KST": "Asia/Seoul", "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong",
	"PHT": "Asia/Manila", "WIB": "Asia/Jakarta", "PKT": "Asia/Karachi",
	"BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires",
	"SAST": "Africa/Johannesburg", "WAT": "Africa/Lagos", "EAT": "Africa/Nairobi", "CAT": "Africa/Maputo",
}

// ambiguousZones are abbreviations that name zones of different offsets,
// with the zones they may mean: lectern does not choose among them.
var ambiguousZones = map[string][]string{
	"IST": {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"},
	"CST": {"America/Chicago", "Asia/Shanghai", "America/Havana"},
	"CDT": {"America/Chicago", "America/Havana"},
	"BST": {"Europe/London", "Asia/Dhaka"},
	"AST": {"America/Halifax", "Asia/Riyadh"},
	"ADT": {"America/Halifax"},
	"GST": {"Asia/Dubai", "Atlantic/South_Georgia"},
}

// Zone resolves a time zone as a site writes it: an IANA name
// ("Europe/Berlin"), "UTC", or an abbreviation of zoneAbbrevs ("AEST", any
// case). It returns the location and the IANA name it stands for; when it
// cannot, problem completes a sentence that starts with the name as
// written (`is not an IANA time zone name; …`) and says what to write.
func Zone(name string) (loc *time.Location, iana, problem string) {
	s := strings.TrimSpace(name)
	up := strings.ToUpper(s)
	if z, ok := zoneAbbrevs[up]; ok {
		s = z
	}
	if choices, ok := ambiguousZones[up]; ok {
		return nil, "", fmt.Sprintf("is an abbreviation of several time zones; write the IANA name of the one meant: %s", quoteAll(choices))
	}
	if s == "" || s == "Local" {
		return nil, "", `is not an IANA time zone name; write one such as "Europe/Berlin" or "America/Chicago"`
	}
	loc, err := time.LoadLocation(s)
	if err != nil {
		return nil, "", `is not an IANA time zone name; write one such as "Europe/Berlin" or "America/Chicago"`
	}
	return loc, s, ""
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
