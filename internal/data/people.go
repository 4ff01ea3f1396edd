package data

import (
	"slices"

	"lectern/internal/content"
)

// distinctPeople keeps apart the speaker records that carry different
// ids but make one person's slug (two records named John Smith, id 1
// and id 2): the site model merges people by slug, as a name written
// in several files is one person, but a data file that gives two
// records two ids says they are two people. In file and line order,
// the first record of a slug keeps it; a later record with another id
// takes the slug followed by its id (john-smith-2), and so does its
// page when its slug was made from the name, so that a talk naming it
// by id (see references) names that person. Records of one id, and
// records without an id, are merged by name as before: nothing says
// they are different people. It runs before the index of references
// is made, so the index knows the new slugs.
func (c *combiner) distinctPeople() {
	var recs []int
	for i, d := range c.docs {
		if d.Kind == content.KindSpeaker && d.FromRecord() && len(d.Speakers) > 0 && recordID(d) != "" {
			recs = append(recs, i)
		}
	}
	if len(recs) < 2 {
		return
	}
	// Deterministic whatever order the records were given in.
	slices.SortStableFunc(recs, func(a, b int) int { return byFileLine(c.docs[a], c.docs[b]) })
	// keeper is the id of the first record of each slug.
	keeper := map[string]string{}
	for _, i := range recs {
		d := c.docs[i]
		slug, id := d.Speakers[0].Slug, recordID(d)
		first, seen := keeper[slug]
		if !seen {
			keeper[slug] = id
			continue
		}
		if first == id {
			continue
		}
		own := c.own(i)
		own.Speakers[0].Slug = content.Slugify(slug + "-" + id)
		if own.Slug == slug && !own.Fields.Has("slug") {
			own.Slug = own.Speakers[0].Slug
		}
	}
}

// recordID is the first id a record carries (see idKeys), lower-cased,
// "" when it has none: its slug and file name are not ids, as they come
// from its name.
func recordID(d *content.Document) string {
	ids := recordIDs(d, false)
	if len(ids) < 2 {
		// Only the slug, which recordIDs always adds last.
		return ""
	}
	return ids[0]
}
