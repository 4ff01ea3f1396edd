package data

import (
	"strings"

	"lectern/internal/content"
)

// Place is a venue described in a data file of its own, which events
// name by id rather than writing out: a meetup series keeps its pubs in
// venues/, and each meetup says "venue: raven-pub".
type Place struct {
	Name    string
	Address string
}

// Text is how an event shows the place: its name, then its address
// unless the name already holds it.
func (p Place) Text() string {
	if p.Address == "" || strings.Contains(p.Name, p.Address) {
		return p.Name
	}
	if p.Name == "" {
		return p.Address
	}
	return p.Name + ", " + p.Address
}

// placeNames are the folder and file names that hold places, lower-cased,
// without a leading underscore.
var placeNames = map[string]bool{
	"venue": true, "venues": true, "place": true, "places": true, "location": true, "locations": true,
}

// isPlaceFile reports whether rel, a file's path from the folder it was
// found in, is named as places: by a folder or its own base name.
func isPlaceFile(rel string) bool { return namedAs(rel, placeNames) }

// readPlaces returns the places a file holds, by every name they answer
// to (lower-cased): one place (a mapping with a name), named by the
// file's base name too; a list of places; or a mapping of ids to places.
// Each answers to its id fields (see idKeys), its slug field and the slug
// of its name.
func readPlaces(v *content.Value, file string) map[string]Place {
	out := map[string]Place{}
	add := func(it *content.Value, names ...string) {
		p, ok := place(it)
		if !ok {
			return
		}
		for _, k := range idKeys {
			names = append(names, text(it, k))
		}
		names = append(names, text(it, "slug"), content.Slugify(p.Name))
		for _, n := range names {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
				if _, taken := out[n]; !taken {
					out[n] = p
				}
			}
		}
	}
	switch {
	case v.IsList():
		for _, it := range v.Items() {
			add(it)
		}
	case v.IsMap():
		if _, ok := place(v); ok {
			add(v, stem(file))
			break
		}
		for _, k := range v.Keys() {
			add(v.Get(k), k)
		}
	}
	return out
}

// place reads one place: a mapping with a name (or title) or address.
func place(v *content.Value) (Place, bool) {
	if v == nil || !v.IsMap() {
		return Place{}, false
	}
	p := Place{Name: text(v, "name", "title"), Address: text(v, "address", "street", "location")}
	return p, p.Name != "" || p.Address != ""
}

// text is the first of keys that v holds as text, "" for none.
func text(v *content.Value, keys ...string) string {
	for _, k := range keys {
		if f := v.Get(k); f != nil {
			if t := f.Text(); t != "" {
				return t
			}
		}
	}
	return ""
}
