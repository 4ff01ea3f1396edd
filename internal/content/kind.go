package content

import "strings"

// KindHints is what a file says about its kind, besides its folder: the
// values of its kind, layout and type fields as written, and whether it
// names speakers or presenters. The zero value says nothing.
type KindHints struct {
	Kind        string
	Layout      string
	Type        string
	HasSpeakers bool
}

// kinds lists the kinds in the order messages name them.
var kinds = []Kind{KindTalk, KindNote, KindReading, KindSpeaker, KindEvent, KindPage}

// ParseKind returns the kind named s (case and surrounding blanks
// ignored), and false when s names none.
func ParseKind(s string) (Kind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, k := range kinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// folderKinds maps folder names that other tools use to kinds.
var folderKinds = map[string]Kind{
	"talks": KindTalk, "_talks": KindTalk, "sessions": KindTalk, "schedule": KindTalk,
	"notes": KindNote, "posts": KindNote, "_posts": KindNote, "blog": KindNote,
	"reading": KindReading, "books": KindReading,
	"speakers": KindSpeaker, "presenters": KindSpeaker, "_presenters": KindSpeaker,
	"events": KindEvent,
}

// FolderKind returns the kind that the nearest folder of path names
// ("talks", "_posts", "speakers"…), and false when no folder of path has a
// known name. path is slash-separated, relative to the content folder.
func FolderKind(path string) (Kind, bool) {
	dirs := strings.Split(path, "/")
	dirs = dirs[:len(dirs)-1]
	for i := len(dirs) - 1; i >= 0; i-- {
		if k, ok := folderKinds[strings.ToLower(dirs[i])]; ok {
			return k, true
		}
	}
	return "", false
}

// layoutKinds maps the layout or type names of other tools to kinds.
var layoutKinds = map[string]Kind{
	"talk": KindTalk, "session": KindTalk, "session-details": KindTalk,
	"keynote": KindTalk, "tutorial": KindTalk,
	"post": KindNote,
}

// KindOf decides the kind of the page at path (slash-separated, relative
// to the content folder), in the order content.md gives: an explicit kind
// that ParseKind knows; then the nearest folder of path with a known name
// ("talks", "_posts", "speakers"…); then the layout, then the type, as
// other tools spell them ("session-details", "post"…); then a page naming
// speakers is a talk; else it is a note. An unknown explicit kind is
// ignored here; Parse reports it.
func KindOf(path string, h KindHints) Kind {
	if k, ok := ParseKind(h.Kind); ok {
		return k
	}
	if k, ok := FolderKind(path); ok {
		return k
	}
	for _, s := range []string{h.Layout, h.Type} {
		if k, ok := layoutKinds[strings.ToLower(strings.TrimSpace(s))]; ok {
			return k
		}
	}
	if h.HasSpeakers {
		return KindTalk
	}
	return KindNote
}

// isKindWord reports whether a type value names a kind rather than a
// format: "type: talk" or "type: post" say what the page is, while
// "type: keynote" also says what format the talk has.
func isKindWord(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if _, ok := ParseKind(s); ok {
		return true
	}
	switch s {
	case "session", "session-details", "post":
		return true
	}
	return false
}
