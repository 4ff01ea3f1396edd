package data

import (
	"path"
	"time"

	"lectern/internal/content"
)

// deliveries reads the deliveries of the talk record talk, one talk
// record each (content.Deliveries): lectern's model of a talk given at
// several events, as when an archive writes one record per event. The
// first keeps the talk's slug; each later one, as a dated record of a
// URL already taken does, takes its slug and day
// (/talks/operating-rails-2025-11-20/), or its slug and event when it
// has no date, so that none moves with a warning: the author wrote one
// talk given several times, not two talks of one name.
func (r recordReader) deliveries(talk *content.Document, ds []*content.Value) []*content.Document {
	out := make([]*content.Document, 0, len(ds))
	for i, d := range ds {
		rr := r
		rr.perFile = false
		t := rr.record(d, content.KindTalk)
		if !t.Fields.Has("slug") {
			t.Slug = talk.Slug
		}
		if i > 0 {
			var tell string
			switch {
			case !t.Date.IsZero():
				tell = t.Date.Format(time.DateOnly)
			case t.Event != "":
				tell = t.Event
			}
			if s := content.Slugify(tell); s != "" {
				t.Slug += "-" + s
			}
		}
		t.Path = path.Dir(t.Path) + "/" + t.Slug + path.Ext(t.Path)
		out = append(out, t)
	}
	return out
}
