package content

import "strings"

// A multilingual site writes a text field once per language, as a
// mapping of language codes (title: {en: "Bitcoin", es: "Bitcoin y
// blockchain"}), and its templates pick the reader's. lectern builds a
// site in one language, so such a mapping is read, wherever it is, as
// the one text of the site's language; every field that reads text then
// reads it without knowing about languages.

// localized returns n with every mapping of texts by language (see
// langChoice) replaced by the text langs chooses, n itself when it holds
// none. n is not changed: the nodes a page inherits are shared with its
// neighbours, read at the same time.
func localized(n *node, langs []string) *node {
	if n == nil {
		return nil
	}
	switch n.kind {
	case mapNode:
		if v := langChoice(n, langs); v != nil {
			return v
		}
		var out *node
		for i, e := range n.keys {
			v := localized(e.val, langs)
			if v == e.val {
				continue
			}
			if out == nil {
				c := *n
				c.keys = append([]entry(nil), n.keys...)
				out = &c
			}
			out.keys[i].val = v
		}
		if out != nil {
			return out
		}
	case listNode:
		var out *node
		for i, it := range n.items {
			v := localized(it, langs)
			if v == it {
				continue
			}
			if out == nil {
				c := *n
				c.items = append([]*node(nil), n.items...)
				out = &c
			}
			out.items[i] = v
		}
		if out != nil {
			return out
		}
	}
	return n
}

// langChoice returns the text a mapping of texts by language gives in
// the first of langs it has (a key written with a region, pt-BR or
// pt_BR, answers for its language), else under "default", else its
// first key; nil when m is not such a mapping. Such a mapping has only
// texts, under keys that are all language codes (see langKey) or
// "default"; a mapping of one key counts only when the key is one of
// langs or "default", as {id: …} or {no: …} is more likely a field of
// its own than Indonesian or Norwegian.
func langChoice(m *node, langs []string) *node {
	if len(m.keys) == 0 {
		return nil
	}
	text := false
	for _, e := range m.keys {
		if e.val.kind != scalarNode {
			return nil
		}
		text = text || e.val.tag == tagString
		if k := langTag(e.key); k != "default" && !langKey(k, langs) {
			return nil
		}
	}
	if !text {
		return nil
	}
	pick := func(match func(k string) bool) *node {
		for _, e := range m.keys {
			if match(langTag(e.key)) && !e.val.isNull() {
				return e.val
			}
		}
		return nil
	}
	for _, l := range langs {
		l = langTag(l)
		if l == "" {
			continue
		}
		// The language itself, then the same language of any region.
		base, _, _ := strings.Cut(l, "-")
		if v := pick(func(k string) bool { return k == l }); v != nil {
			return v
		}
		if v := pick(func(k string) bool { p, _, _ := strings.Cut(k, "-"); return p == base }); v != nil {
			return v
		}
	}
	if v := pick(func(k string) bool { return k == "default" }); v != nil {
		return v
	}
	if len(m.keys) == 1 {
		return nil
	}
	return pick(func(string) bool { return true })
}

// langTag is a language key lower-cased, its region after a hyphen
// (pt_BR is pt-br).
func langTag(k string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(k)), "_", "-")
}

// langKey reports whether k, a langTag, is a language code: a two-letter
// ISO 639-1 code, optionally followed by a region or script ("pt-br",
// "zh-hant"); or three letters (ISO 639-2 and 639-3, too many to list)
// with a region, or naming the language of one of langs ("fil"). A bare
// three-letter key is more often a field (url, alt, src) than a
// language.
func langKey(k string, langs []string) bool {
	primary, region, hasRegion := strings.Cut(k, "-")
	if hasRegion && !letters(region, 2, 4) && !(len(region) == 3 && digits(region)) {
		return false
	}
	switch len(primary) {
	case 2:
		return strings.Contains(iso6391, " "+primary+" ")
	case 3:
		if !letters(primary, 3, 3) {
			return false
		}
		if hasRegion {
			return true
		}
		for _, l := range langs {
			if p, _, _ := strings.Cut(langTag(l), "-"); p == primary {
				return true
			}
		}
	}
	return false
}

// letters reports whether s is between lo and hi ASCII letters.
func letters(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// digits reports whether s is all ASCII digits (a UN M.49 region, 419).
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// iso6391 are the two-letter language codes of ISO 639-1, each between
// blanks.
const iso6391 = " aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs" +
	" ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy" +
	" ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv" +
	" ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi" +
	" mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps" +
	" pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te" +
	" tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu "
