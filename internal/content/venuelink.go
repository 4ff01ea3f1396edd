package content

import (
	"net/url"
	"strings"
)

// venueLinkKeys are the fields, in order, in which an event's page gives
// the address of its place on the web: a map (Astro and Eleventy meetup
// sites' locationLink and location_url, map_url, directions) or the
// venue's own site (venue_url). Lower case, as the fields' index holds
// them.
var venueLinkKeys = []string{"location_url", "location_link", "location_map", "venue_url", "venue_link", "venue_map",
	"map", "map_url", "map_link", "maps", "maps_url", "maps_link", "google_maps", "google_maps_url", "google_maps_link",
	"directions", "directions_url", "directions_link"}

// venueMapKeys are the keys of a venue written as a mapping (venue:
// {name, address, map}) that give its address on the web.
var venueMapKeys = []string{"map", "map_url", "maps_url", "directions", "directions_link", "directions_url", "url", "link"}

// venueLink adds the web address of an event's place to its links
// (Document.Links), which its page shows as a button beside the sign-up
// one, so a visitor finds the way as the site's own event card lets
// them: named "Map" when the field or the address says it is one
// (maps.google.com, openstreetmap.org, map_url), else "Venue". Only an
// absolute address is a link; every field stays in Params, for the
// site's own templates. A talk's venue written as a mapping with its
// address on the web (venue: {name: Northwind Dev Days, url: …}, as
// Astro talk schemas write it) links it too; a talk's other fields
// (map, venue_url) may name anything, and are not read.
func (f *fields) venueLink() {
	if f.doc.Kind != KindEvent && f.doc.Kind != KindTalk || f.root == nil {
		return
	}
	u, key := "", ""
	for _, k := range venueLinkKeys {
		if s := f.peek(k); f.doc.Kind == KindEvent && isExternal(s) {
			u, key = s, k
			break
		}
	}
	if i, ok := f.index["venue"]; u == "" && ok && f.root.keys[i].val.kind == mapNode {
		for _, k := range venueMapKeys {
			if s := mapText(f.root.keys[i].val, k); isExternal(s) {
				u, key = s, k
				break
			}
		}
	}
	if u == "" || f.hasLink(u) {
		return
	}
	name := "Venue"
	if isMapLink(key, u) {
		name = "Map"
	}
	f.doc.Links = append(f.doc.Links, Link{Name: name, URL: u})
}

// isMapLink reports whether the place's address u, given in field key,
// is a map: the field says so (map_url, directions), or the address is
// a map service's (maps.google.com, goo.gl/maps, openstreetmap.org).
func isMapLink(key, u string) bool {
	if strings.Contains(key, "map") || strings.Contains(key, "directions") {
		return true
	}
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	host, path := strings.ToLower(p.Host), strings.ToLower(p.Path)
	return strings.Contains(host, "map") || strings.HasPrefix(path, "/maps") || strings.HasPrefix(path, "/map/")
}
