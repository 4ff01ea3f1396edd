package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
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
	if err == nil {
		return loc, s, ""
	}
	for _, v := range zoneSpellings(s) {
		if loc, err := time.LoadLocation(v); err == nil {
			return loc, v, ""
		}
	}
	return nil, "", `is not an IANA time zone name; write one such as "Europe/Berlin" or "America/Chicago"`
}

// utcOffset matches a zone written as an offset from UTC in whole hours:
// "UTC+2", "GMT -5", "UTC+02:00".
var utcOffset = regexp.MustCompile(`^(?i:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?00)?$`)

// zoneSpellings are the IANA names a zone written otherwise may mean,
// tried in turn: blanks for underscores and each word capitalised
// ("america/new york" is America/New_York), and an offset from UTC in
// whole hours as the Etc zone of that offset ("UTC+2" is Etc/GMT-2,
// whose sign POSIX inverts).
func zoneSpellings(s string) []string {
	if m := utcOffset.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[2])
		switch {
		case n == 0:
			return []string{"UTC"}
		case m[1] == "+" && n <= 14, m[1] == "-" && n <= 12:
			sign := "-"
			if m[1] == "-" {
				sign = "+"
			}
			return []string{"Etc/GMT" + sign + strconv.Itoa(n)}
		}
		return nil
	}
	under := strings.ReplaceAll(strings.TrimSpace(s), " ", "_")
	var b strings.Builder
	up := true
	for _, r := range strings.ToLower(under) {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		up = r == '/' || r == '_' || r == '-'
	}
	return []string{under, b.String()}
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
