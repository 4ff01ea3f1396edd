package site

import (
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"lectern/internal/content"
)

// SponsorTier is the sponsors of one tier, for the sponsors page.
type SponsorTier struct {
	// Name is the tier as its first sponsor (by title) wrote it, with a
	// capital first letter ("Gold"); empty for sponsors with no tier.
	Name string
	// Sponsors are the tier's visible sponsor pages, sorted by title, or
	// in the order its event lists them.
	Sponsors []*Page
	// Event is the event whose own file lists these sponsors at this
	// tier (see eventTiers); nil for sponsors by their own tier.
	Event *Event
}

// groupSponsors groups sponsor pages by tier, case ignored, in the order
// of content.TierRank, tiers of one rank alphabetically.
func groupSponsors(pages []*Page) []*SponsorTier {
	sorted := slices.Clone(pages)
	slices.SortStableFunc(sorted, bySponsorTitle)
	byKey := map[string]*SponsorTier{}
	var tiers []*SponsorTier
	for _, p := range sorted {
		key := strings.ToLower(strings.Join(strings.Fields(p.Doc.Extras().Tier), " "))
		t := byKey[key]
		if t == nil {
			t = &SponsorTier{Name: capitalize(strings.Join(strings.Fields(p.Doc.Extras().Tier), " "))}
			byKey[key] = t
			tiers = append(tiers, t)
		}
		t.Sponsors = append(t.Sponsors, p)
	}
	slices.SortStableFunc(tiers, func(a, b *SponsorTier) int {
		if c := content.TierRank(a.Name) - content.TierRank(b.Name); c != 0 {
			return c
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return tiers
}

// bySponsorTitle orders sponsors by title, case ignored, then file.
func bySponsorTitle(a, b *Page) int {
	if c := strings.Compare(strings.ToLower(a.Doc.Title), strings.ToLower(b.Doc.Title)); c != 0 {
		return c
	}
	return strings.Compare(a.Doc.File, b.Doc.File)
}

// sponsorLogos points the relative logo of a sponsor at the copy of the
// file beside its page, as written relative to the page's file: where the
// file is published depends on the page's URL (see assets). A logo that
// is no such file is kept as written.
func (b *builder) sponsorLogos() {
	out := map[string]string{}
	for _, a := range b.site.Assets {
		out[a.Source] = a.Output
	}
	for _, p := range b.site.Pages {
		if p.Doc.Kind != content.KindSponsor || p.Doc.Logo == "" || strings.HasPrefix(p.Doc.Logo, "/") || strings.Contains(p.Doc.Logo, ":") {
			continue
		}
		if o, ok := out[path.Join(path.Dir(p.Doc.File), p.Doc.Logo)]; ok {
			p.Doc.Logo = "/" + o
		}
	}
}

// capitalize upper-cases the first letter of s: "gold" is shown "Gold".
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
