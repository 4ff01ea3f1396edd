package content

import (
	"slices"
	"strings"
)

// speakerPrefixed gives the one speaker a talk names as text the
// person fields written beside the name with a speaker_ prefix
// (speaker_image, speaker_twitter, speaker_bio, speaker_company), as
// conference sites generate one talk a file from their call for papers
// (DjangoCon Europe's Hugo pages: speakers, speaker_image,
// speaker_twitter): the prefix says whose they are, so no bio need
// stand beside them as speakerBeside asks. A field the speaker's own
// mapping or page already gives wins, and one naming the speaker
// (speaker_name, speaker_id…) is left to the fields that read those.
func (f *fields) speakerPrefixed() {
	if len(f.doc.Speakers) != 1 || !f.oneNamedSpeaker() {
		return
	}
	own := ownFields(f.root)
	m := &node{kind: mapNode, pos: own.pos}
	var keys []string
	for _, e := range own.keys {
		k, ok := speakerField(e.key)
		if !ok {
			continue
		}
		m.keys = append(m.keys, entry{key: k, pos: e.pos, val: e.val})
		keys = append(keys, e.key)
	}
	if len(m.keys) == 0 {
		return
	}
	var q Person
	f.fillPerson(&q, m, []string{"website", "homepage", "url"})
	f.doc.Speakers[0].takeBlanks(q, m)
	for i, k := range keys {
		if j, ok := f.index[strings.ToLower(k)]; ok && personKey(m.keys[i].key) {
			f.used[j] = true
		}
	}
}

// personKey reports whether k, a key without its speaker_ prefix, is
// one of a person's fields, read by fillPerson.
func personKey(k string) bool {
	return k == "url" || slices.ContainsFunc(personFieldKeys, func(ks []string) bool { return slices.Contains(ks, k) })
}

// speakerField returns the person field a talk's key names with a
// speaker_ prefix (speaker_image is image, speakerTwitter twitter), and
// false for any other key and for those naming the speaker.
func speakerField(key string) (string, bool) {
	var rest string
	switch lower := strings.ToLower(key); {
	case strings.HasPrefix(lower, "speaker_"), strings.HasPrefix(lower, "speaker-"):
		rest = lower[len("speaker_"):]
	case len(key) > len("speaker") && strings.HasPrefix(key, "speaker") && key[len("speaker")] >= 'A' && key[len("speaker")] <= 'Z':
		// speakerImage, speakerTwitterHandle: image, twitter_handle.
		rest = strings.TrimPrefix(snakeKey(key), "speaker_")
	default:
		return "", false
	}
	switch rest {
	case "", "name", "names", "id", "ids", "slug", "slugs", "key", "keys", "ref", "refs":
		return "", false
	}
	return rest, true
}
