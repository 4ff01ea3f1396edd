package data

import "lectern/internal/content"

// flatSessions reports whether v, a programme file's list, is a flat
// list of talks written whole rather than of slots: every entry is a
// mapping that holds no list of entries (days and slots in groups are
// sessionsInGroups'), gives no day (a dated entry is a slot placing a
// talk), names no talk written elsewhere (talk: morten), and some entry
// carries a talk's own content: an abstract or description, or a
// speaker (a speaker field, or "name" beside "title"). Such a file,
// often with only a time of day per entry, places nothing as a
// schedule; its entries are the site's talks, undated, in file order.
func flatSessions(v *content.Value) bool {
	items := v.Items()
	if len(items) == 0 {
		return false
	}
	content := false
	for _, it := range items {
		if !it.IsMap() {
			return false
		}
		for _, k := range it.Keys() {
			if x := it.Get(k); x != nil && x.IsList() && len(x.Items()) > 0 && x.Items()[0].IsMap() && k != "speakers" && k != "presenters" {
				return false
			}
		}
		if field(it, "date", "day", "start_datetime", "starts_at", "datetime", "talk", "talk_id", "talkid") != nil {
			return false
		}
		if field(it, "abstract", "description", "summary", "speakers", "speaker", "presenters", "presenter") != nil ||
			field(it, "name") != nil && field(it, "title") != nil {
			content = true
		}
	}
	return content
}
