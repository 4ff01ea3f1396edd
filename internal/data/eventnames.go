package data

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"lectern/internal/content"
)

// eventNames names each event record that has no name of its own: none,
// or only its slug written again (a devopsdays data/events/2019-x.yml
// says name: "2019-x"), which would name the event "2019-x" on every
// index. Its name is then the title of the page that is the event's
// home: a page in a folder named by the event's slug whose URL or old
// URL is the event's own address (events/2019-x/welcome.md with
// aliases = ["/events/2019-x/"]); else its city and year, as a series
// held in many cities tells its editions apart. An event with neither
// keeps what it has.
func (c *combiner) eventNames() {
	for i, d := range c.docs {
		if d.Kind != content.KindEvent || !d.FromRecord() || d.Slug == "" ||
			d.Title != "" && d.Title != content.Slugify(d.Title) {
			continue
		}
		name := c.homeTitle(d.Slug)
		if name == "" {
			name = cityYear(d)
		}
		if name != "" && name != d.Title {
			c.own(i).Title = name
		}
	}
}

// homeTitle is the title of the first page, in path order, that is the
// home of the event of slug (see homePage), "" for none.
func (c *combiner) homeTitle(slug string) string {
	i, _ := c.homePage(slug, false)
	if i < 0 {
		return ""
	}
	return c.docs[i].Title
}

// homePage is the index in c.docs of the first page, in path order,
// that is the home of the event of slug: in a folder of that name, at
// an address (its url or an old URL) whose last folder is that name;
// addr is that address. absolute takes only an address written from
// the site's root, as one that becomes the page's own URL must be.
func (c *combiner) homePage(slug string, absolute bool) (best int, addr string) {
	best = -1
	for i, d := range c.docs {
		if d.Kind != content.KindPage || d.FromRecord() || d.Title == "" ||
			!slices.Contains(strings.Split(path.Dir(d.Path), "/"), slug) {
			continue
		}
		for _, u := range append([]string{d.URL}, d.Aliases...) {
			if u != "" && path.Base(strings.Trim(u, "/")) == slug && (!absolute || strings.HasPrefix(u, "/")) &&
				(best < 0 || d.Path < c.docs[best].Path) {
				best, addr = i, u
				break
			}
		}
	}
	return best, addr
}

// cityYear is "City Year" from an event record's city and year fields,
// or "" when it lacks either.
func cityYear(d *content.Document) string {
	city := strings.TrimSpace(param(d, "city"))
	year := strings.TrimSpace(param(d, "year"))
	if city == "" || year == "" {
		return ""
	}
	if strings.Contains(city, year) {
		return city
	}
	return city + " " + year
}

// param is the text of d's unknown field key, or "" when it is absent
// or not a scalar.
func param(d *content.Document, key string) string {
	switch v := d.Params[key].(type) {
	case string:
		return v
	case int, int64, float64:
		return fmt.Sprint(v)
	}
	return ""
}
