package content

import (
	"path"
	"regexp"
	"slices"
	"strings"
)

// categories reads the categories as Jekyll does, without using the
// fields: a category is also a tag, or a talk's format. "categories" is a
// list or words separated by blanks; "category" is one value (or a list).
func (f *fields) categories() []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, name := range []string{"categories", "category"} {
		i, ok := f.index[name]
		if !ok {
			continue
		}
		switch v := f.root.keys[i].val; v.kind {
		case scalarNode:
			if v.tag == tagNull {
				continue
			}
			if name == "category" {
				add(v.text)
				continue
			}
			for _, w := range strings.Fields(v.text) {
				add(w)
			}
		case listNode:
			for _, it := range v.items {
				if it.kind == scalarNode && it.tag != tagNull {
					add(it.text)
				}
			}
		}
	}
	return out
}

// tags merges tags, keywords, categories and topics; on a page other than
// a talk a single category is a tag too (on a talk it is the format).
// Keywords count only as keywordsAreTags says.
func (f *fields) tags() {
	for _, name := range []string{"tags", "keywords", "categories", "topics", "category"} {
		if name == "keywords" && !f.keywordsAreTags() {
			continue // stays in Params, for the page's meta keywords
		}
		e, ok := f.lookup(name)
		if !ok {
			continue
		}
		var words []string
		if f.spacedTags && (name == "tags" || name == "categories") && e.val.kind == scalarNode && !strings.Contains(e.val.text, ",") {
			// Jekyll's "tags: python django": words separated by blanks.
			words = dedupeWords(nil, strings.Fields(e.val.text))
		} else {
			words = f.words(e, "a word")
		}
		for i, w := range words {
			words[i] = linkWord(w)
		}
		if !f.doc.Fields.Has("tags") && e.val.kind != mapNode {
			f.record("tags", e)
		}
		f.doc.Tags = dedupeWords(f.doc.Tags, words)
	}
	if series := f.seriesTags(); len(series) > 0 {
		if !f.doc.Fields.Has("tags") {
			f.record("tags", f.root.keys[f.index["series"]])
		}
		f.doc.Tags = dedupeWords(f.doc.Tags, series)
		f.doc.EditExtra().Series = series
	}
	if f.collectionTags {
		f.doc.Tags = slices.DeleteFunc(f.doc.Tags, func(t string) bool { return isCollectionTag(t, f.doc.Kind) || f.namesCollection(t) })
	}
	if n := len(f.doc.Tags); n > MaxTags {
		f.warnf(f.doc.Pos("tags"), "this page has %d tags; only the first %d are kept, as each tag makes a page that lists this one: keep the ones a reader would look for", n, MaxTags)
		f.doc.Tags = f.doc.Tags[:MaxTags:MaxTags]
	}
}

// keywordsAreTags reports whether a page's keywords are its tags: only
// when the page writes them itself and writes no tags, categories or
// topics of its own (a talk's category is its format, see tags). Keywords are what sites write for search engines'
// <meta name="keywords">: set for a whole folder (Eleventy's directory
// data, Jekyll's defaults, a Hugo cascade) they describe the site, not
// each page, and would tag every page alike; beside the page's own tags
// they are that page's search terms, not more tags.
func (f *fields) keywordsAreTags() bool {
	i, ok := f.index["keywords"]
	if !ok || f.root.keys[i].inherited {
		return false
	}
	for _, name := range []string{"tags", "categories", "topics", "category"} {
		if name == "category" && f.doc.Kind == KindTalk {
			continue // a talk's category is its format, not a tag
		}
		if j, ok := f.index[name]; ok && !f.root.keys[j].inherited && !f.root.keys[j].val.isNull() {
			return false
		}
	}
	return true
}

// isCollectionTag reports a tag that files a page of kind k into a
// collection (see Options.CollectionTags). Every tag of a page that is
// no talk, note or reading list is one: such a page (the home page's
// tags: [home, nav], an about page's [sidebar]) is tagged to be listed
// where the site's templates loop over that collection, which lectern's
// navigation and home page already are, and its tags name no subject a
// reader browses; a tag page of them would list that page alone.
func isCollectionTag(tag string, k Kind) bool {
	switch k {
	case KindTalk, KindNote, KindReading, "":
	default:
		return true
	}
	t := strings.ToLower(tag)
	switch t {
	case "all", "nav", "post", "posts", "podcastepisode":
		// podcastEpisode files a post into Eleventy's podcaster
		// plugin's episodes, whose feed it makes.
		return true
	}
	return k != "" && (t == string(k) || t == string(k)+"s")
}

// A tag written as a link: "[Learning](Learning.md)", "[[Learning]]",
// "[[notes/Learning|learning]]".
var (
	tagMdLink   = regexp.MustCompile(`^\[([^\[\]]*)\]\([^()]*\)$`)
	tagWikiLink = regexp.MustCompile(`^\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]$`)
)

// linkWord is a tag or category written as a link made the text a reader
// sees: a markdown link's text, a wikilink's alias or else its target's
// name without folders or heading, as Obsidian shows a link in a page's
// properties. Left as written, the brackets and address would make the
// tag's name and slug ("learning-learning-md").
func linkWord(w string) string {
	if m := tagMdLink.FindStringSubmatch(w); m != nil && strings.TrimSpace(m[1]) != "" {
		return strings.TrimSpace(m[1])
	}
	if m := tagWikiLink.FindStringSubmatch(w); m != nil {
		if a := strings.TrimSpace(m[2]); a != "" {
			return a
		}
		target, _, _ := strings.Cut(m[1], "#")
		if t := strings.TrimSpace(path.Base(strings.TrimSpace(target))); t != "" && t != "." && t != "/" {
			return t
		}
	}
	return w
}

// namesCollection reports whether tag names a collection of an Eleventy
// site rather than a subject: one the config adds or the page's
// directory data files it into (fields.collections), or the top folder
// the page is in, as Eleventy's sites tag each page of schedule/
// "schedule" to loop over collections.schedule (singular or plural
// alike, as for the page's kind). A folder further down (posts/python/)
// may well be a subject and stays one.
func (f *fields) namesCollection(tag string) bool {
	t := Slugify(tag)
	same := func(name string) bool {
		n := Slugify(name)
		return n != "" && (t == n || t == n+"s" || n == t+"s")
	}
	if slices.ContainsFunc(f.collections, same) {
		return true
	}
	top, _, nested := strings.Cut(f.doc.Path, "/")
	return nested && same(top)
}
