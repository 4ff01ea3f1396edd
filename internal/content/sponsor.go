package content

import (
	"slices"
	"strings"
	"time"
)

// sponsorTiers are the tier names conference sites give their sponsors, in
// the order a sponsors page shows them; TierRank places the others.
var sponsorTiers = []string{"diamond", "platinum", "gold", "silver", "bronze"}

// lastTiers close a sponsors page: the tiers that thank rather than rank.
var lastTiers = []string{"community", "supporter", "supporters"}

// TierRank orders sponsor tiers: Diamond, Platinum, Gold, Silver and
// Bronze first, in that order; then every other tier, which the caller
// sorts alphabetically; then Community and Supporters; then sponsors with
// no tier. Case, blanks around the name and a word saying what it ranks
// ("Diamond Sponsors", "Gold partners", "Silver tier") are ignored.
func TierRank(tier string) int {
	t := strings.ToLower(strings.TrimSpace(tier))
	for _, w := range []string{" sponsors", " sponsor", " partners", " partner", " tier", " level"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, w))
	}
	for i, name := range sponsorTiers {
		if t == name {
			return i
		}
	}
	switch {
	case t == "":
		return len(sponsorTiers) + 3
	case t == lastTiers[0]:
		return len(sponsorTiers) + 1
	case t == lastTiers[1] || t == lastTiers[2]:
		return len(sponsorTiers) + 2
	}
	return len(sponsorTiers)
}

// isTierWord reports whether s names a sponsor tier by itself ("Gold",
// "community"): a talk level is never one of these.
func isTierWord(s string) bool {
	r := TierRank(s)
	return strings.TrimSpace(s) != "" && r != len(sponsorTiers)
}

// sponsorShaped reports whether front matter reads as a sponsor card: a
// tier (a "tier" or "sponsor_level" field, or a "level" or "category"
// holding a tier word such as Gold), a logo and a link, and neither a date
// nor speakers (hasDate and hasSpeakers, which the caller knows).
func (f *fields) sponsorShaped() bool {
	tier := f.has("tier", "sponsor_level") ||
		isTierWord(f.peek("level")) || isTierWord(f.peek("category"))
	link := f.has(sponsorLinkKeys...) || strings.Contains(f.peek("url"), "://")
	return tier && f.has(sponsorLogoKeys...) && link
}

// textOrMap reads the first of names that is set: text, or a mapping
// holding the text under one of inner ("logo: {filename: acme.svg}",
// "url: {target: https://…, label: …}"), as some themes write a sponsor.
func (f *fields) textOrMap(field string, names []string, inner ...string) (string, entry, bool) {
	for _, name := range names {
		i, ok := f.index[name]
		if !ok || f.used[i] {
			continue
		}
		if v := f.root.keys[i].val; v.kind == mapNode {
			e, _ := f.lookup(name)
			f.record(field, e)
			if s := mapText(v, inner...); s != "" {
				return s, e, true
			}
			f.warnf(e.pos, "%q should be text or a mapping with one of %s; the field is ignored", e.key, strings.Join(inner, ", "))
			return "", e, false
		}
		if s, e, ok := f.text(field, name); ok {
			return s, e, true
		}
	}
	return "", entry{}, false
}

// coverKeys are the names blogs give the picture shown above a post:
// Hugo themes' cover (or cover.image) and featured_image, Astro's
// heroImage, Ghost's feature_image, Beautiful Jekyll's cover-img;
// Castanet's episode_image, a podcast episode's artwork; Minimal
// Mistakes' header: {overlay_image, image} is read too. shareKeys name
// the picture a post gives link previews alone, which its page does not
// show:
// jekyll-seo-tag's image, and Hugo's images (the first is og:image).
var coverKeys = []string{"cover", "heroimage", "hero_image", "featured_image", "featuredimage", "feature_image", "banner",
	"cover-img", "cover_image", "coverimage", "episode_image"}

// shareKeys, in the order tried: jekyll-seo-tag's image, Hugo's images,
// and the ogImage (AstroPaper) and socialImage of other blogs.
var shareKeys = []string{"image", "images", "ogimage", "og_image", "socialimage", "social_image"}

// cover reads a note's or a talk's picture (see Document.Image): a
// speaker's archive gives each talk one as a blog does each post (a
// Quarto listing's image: featured.webp, a cover:); other kinds keep
// these fields in Params, where a theme of theirs finds them. image and
// images stay in Params too: themes and Liquid read them as they were
// written (page.image), and lectern only takes them for previews. A
// talk's image that a person's fields beside its speaker's name used
// (namedSpeaker) is that person's photo, not the talk's.
func (f *fields) cover() {
	if f.doc.Kind != KindNote && f.doc.Kind != KindTalk {
		return
	}
	defer func() {
		if f.doc.Image != "" && f.doc.Extras().ImageAlt == "" {
			// Quarto's image-alt, beside its image.
			f.doc.EditExtra().ImageAlt = f.peek("image_alt")
		}
	}()
	if s, e, ok := f.textOrMap("image", coverKeys, "image", "src", "url", "path", "filename"); ok && strings.TrimSpace(s) != "" {
		f.doc.Image, f.doc.Cover = strings.TrimSpace(s), true
		if e.val.kind == mapNode {
			f.doc.EditExtra().ImageAlt = mapText(e.val, "alt", "alt_text", "caption")
		}
		return
	}
	if i, ok := f.index["header"]; ok {
		if v := f.root.keys[i].val; v.kind == mapNode {
			if s := mapText(v, "overlay_image", "image"); s != "" {
				f.record("image", f.root.keys[i])
				f.doc.Image, f.doc.Cover, f.doc.EditExtra().ImageAlt = s, true, mapText(v, "image_description", "alt", "caption")
				return
			}
		}
	}
	keys := shareKeys
	if f.pandocFormat {
		// A distill post's preview: the picture of its listing's card
		// and of its link previews, as a Quarto post's image is.
		keys = append(slices.Clip(shareKeys), "preview")
	}
	for _, name := range keys {
		i, ok := f.index[name]
		if !ok || f.used[i] {
			continue
		}
		e := f.root.keys[i]
		v := e.val
		if v.kind == listNode && len(v.items) > 0 {
			v = v.items[0]
		}
		if s := strings.TrimSpace(v.text); v.kind == scalarNode && v.tag != tagNull && s != "" {
			f.record("image", e)
			f.doc.Image = s
			return
		}
		// jekyll-seo-tag's and Chirpy's image: {path: …, alt: …}.
		if s := mapText(v, "path", "src", "url"); v.kind == mapNode && s != "" {
			f.record("image", e)
			f.doc.Image, f.doc.EditExtra().ImageAlt = s, mapText(v, "alt", "alt_text", "caption")
			return
		}
	}
}

// The front matter names of a sponsor's fields.
var (
	sponsorTierKeys = []string{"tier", "sponsor_level", "level", "category"}
	sponsorLogoKeys = []string{"logo", "image", "logo_url"}
	sponsorLinkKeys = []string{"link", "website", "url_target", "homepage"}
)

// sponsor reads a sponsor's tier, logo and link. "url" is the sponsor's
// link when it is an absolute address; a path there is still the page's
// own URL (see url). A sponsor card is not dated: a date in its file
// name only orders the files. Other kinds are left alone.
func (f *fields) sponsor() {
	d := f.doc
	if d.Kind != KindSponsor {
		return
	}
	var tier string
	if f.setText(&tier, "tier", sponsorTierKeys...); tier != "" {
		d.EditExtra().Tier = tier
	}
	if s, _, ok := f.textOrMap("logo", sponsorLogoKeys, "src", "url", "filename", "file", "path"); ok {
		d.Logo = s
	}
	linkKeys := sponsorLinkKeys
	if i, ok := f.index["url"]; ok {
		if v := f.root.keys[i].val; v.kind == mapNode || strings.Contains(v.text, "://") {
			linkKeys = append(linkKeys[:len(linkKeys):len(linkKeys)], "url")
		}
	}
	if s, e, ok := f.textOrMap("link", linkKeys, "target", "url", "href", "link"); ok {
		d.Link = f.link(e.val.pos, e.key, s)
	}
	d.Date, d.End, d.Floating, d.DatePrecision = time.Time{}, time.Time{}, false, PrecisionDay
}

// previewOnly reports whether the page's image mapping says its picture
// is for link previews alone, as Hugo Academic's image.preview_only
// keeps a bundle's featured.jpg off the page it describes.
func (f *fields) previewOnly() bool {
	v := f.root.get("image")
	if v == nil || v.kind != mapNode || v.get("preview_only") == nil {
		return false
	}
	b, ok := boolValue(v.get("preview_only"))
	return ok && b
}
