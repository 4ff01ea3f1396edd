package site

// EventTalks are the talks a speaker gives at one event.
type EventTalks struct {
	// Event is nil for the talks of no event.
	Event *Event
	Talks []*Page
}

// TalksByEvent returns the speaker's talks that are not hidden, grouped by
// event in the order of their first talk, talks of no event last; each
// group keeps the order of Talks (by date).
func (s *Speaker) TalksByEvent() []EventTalks {
	var out []EventTalks
	var loose []*Page
	index := map[*Event]int{}
	for _, p := range s.Talks {
		if p.Doc.Hidden {
			continue
		}
		if p.Event == nil {
			loose = append(loose, p)
			continue
		}
		i, ok := index[p.Event]
		if !ok {
			i = len(out)
			index[p.Event] = i
			out = append(out, EventTalks{Event: p.Event})
		}
		out[i].Talks = append(out[i].Talks, p)
	}
	if len(loose) > 0 {
		out = append(out, EventTalks{Talks: loose})
	}
	return out
}
