package content

import (
	"path"
	"strings"
)

// KindHints is what a file says about its kind, besides its folder: the
// values of its kind, layout and type fields as written, whether it names
// speakers or presenters, and whether it has a date (in its front matter or
// its file name). The zero value says nothing.
type KindHints struct {
	Kind        string
	Layout      string
	Type        string
	HasSpeakers bool
	HasDate     bool
	// NamesEvent reports an event field (the event a talk is given
	// at), and HasAuthors an authors or author field.
	NamesEvent, HasAuthors bool
	// Sponsor reports front matter shaped like a sponsor card: a tier, a
	// logo and a link (see sponsorShaped).
	Sponsor bool
	// Recorded reports a link to slides or a recording (see
	// fields.recorded): beside an event named, a talk given there.
	Recorded bool
	// OthersTalk reports a page naming speakers other than itself and
	// a time or room (see fields.othersTalk): in a people folder, a
	// talk.
	OthersTalk bool
}

// kinds lists the kinds in the order messages name them.
var kinds = []Kind{KindTalk, KindNote, KindReading, KindSpeaker, KindEvent, KindPage, KindSponsor}

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
	"talks": KindTalk, "talk": KindTalk, "sessions": KindTalk, "session": KindTalk, "schedule": KindTalk,
	// A folder of workshops holds sessions of the programme, each of the
	// format its folder names (folderFormats). A tutorials/ folder does
	// not: a blog's are articles; a programme's tutorial is a talk by
	// its speakers and time, as in any folder.
	"workshops": KindTalk, "workshop": KindTalk,
	// A speaker's own site keeps the talks they gave in speaking/ or
	// presentations/ (Hugo personal themes' content/speaking/). A
	// conference keeps its call for speakers there too, so these folders
	// are talk archives (archiveFolders): an undated page naming no
	// event, speakers or materials is a page.
	"speaking": KindTalk, "presentations": KindTalk,
	"notes": KindNote, "note": KindNote, "posts": KindNote, "post": KindNote, "blog": KindNote,
	"reading": KindReading, "books": KindReading, "book": KindReading,
	"speakers": KindSpeaker, "speaker": KindSpeaker, "presenters": KindSpeaker, "presenter": KindSpeaker,
	// Hugo's authors taxonomy: a page of content/authors/ is a person's
	// profile (Hugo Academic's authors/admin/_index.md), whom talks and
	// notes name in their authors field.
	"authors": KindSpeaker,
	// Folders named for people in general hold a page per person as
	// speakers/ does: Hugo themes' person/ section, people/, and the
	// participants/ of conference templates whose talks name them.
	"person": KindSpeaker, "people": KindSpeaker,
	"participants": KindSpeaker, "participant": KindSpeaker,
	// Keynote speakers kept apart from the programme's speakers, as
	// EuroPython's Astro site keeps a page per keynote speaker in
	// src/content/keynoters/ ({name, image, tagline, bio, socials}).
	"keynoters": KindSpeaker, "keynoter": KindSpeaker,
	// A podcast keeps a page per guest and per host, as Castanet (the
	// Hugo podcast theme) keeps content/guest/ and content/host/, whom
	// its episodes name in guests and hosts (see people).
	"guests": KindSpeaker, "guest": KindSpeaker, "hosts": KindSpeaker, "host": KindSpeaker,
	"events": KindEvent, "event": KindEvent,
	// A user group's site keeps each evening in meetups/ (Eleventy's
	// src/meetups/, Jekyll's _meetups/): each file is an event.
	"meetups": KindEvent, "meetup": KindEvent,
	// Hugo's Stack theme keeps About, Archives, Search and Links in
	// content/page/, each dated by the theme's archetype: pages, not
	// posts of the blog.
	"pages": KindPage, "page": KindPage,
	"sponsors": KindSponsor, "sponsor": KindSponsor,
}

// archiveFolders are the talk folders of a speaker's archive, whose
// talks are dated or name where they were given: a page there with
// neither ("Speaking at DjangoCon: how to submit") is about speaking.
var archiveFolders = map[string]bool{"speaking": true, "presentations": true}

// deckFolders are the folders of slide decks (a Hugo theme's
// content/slides/, rendered by remark.js): a deck is a page the talk
// links to, dated when it was made, not a post of the blog.
var deckFolders = map[string]bool{"slides": true, "_slides": true, "decks": true}

// inDeckFolder reports whether a folder of path is a deckFolder.
func inDeckFolder(path string) bool {
	dirs := strings.Split(strings.ToLower(path), "/")
	for _, d := range dirs[:len(dirs)-1] {
		if deckFolders[d] {
			return true
		}
	}
	return false
}

// folderFormats are the talk formats that a kind folder's name gives
// its talks, as data files of workshops give theirs (see data's
// recordNames): a talk written in workshops/ is a workshop unless it
// says otherwise.
var folderFormats = map[string]string{
	"workshops": "Workshop", "workshop": "Workshop",
}

// folderKind is the kind a folder's name gives, if any: a Jekyll
// collection's folder (_talks, _speakers) names its kind as the folder
// without the underscore does, and Hugo's sections are often singular
// (post/, talk/). top says the folder is the outermost of its path,
// where a name of several words names its kind by its last (see
// folderWord).
func folderKind(name string, top bool) (Kind, bool) {
	k, ok := folderKinds[folderWord(name, top)]
	return k, ok
}

// YearlyFolder reports whether the name of a folder at the top of the
// site is a kind's joined to a year (_speakers_2024, 2019-talks): a
// collection of one year's pages.
func YearlyFolder(name string) bool {
	_, yearly := yearless(strings.TrimPrefix(strings.ToLower(name), "_"))
	_, known := folderKind(name, true)
	return yearly && known
}

// yearless returns name without a year joined to its end or its start
// by _ or - ("speakers_2024", "2019-talks", "invited_speakers_2024" are
// "speakers", "talks", "invited_speakers").
func yearless(name string) (string, bool) {
	if i := strings.LastIndexAny(name, "_-"); i > 0 && isYear(name[i+1:]) {
		return name[:i], true
	}
	if i := strings.IndexAny(name, "_-"); i >= 0 && i+1 < len(name) && isYear(name[:i]) {
		return name[i+1:], true
	}
	return "", false
}

// isYear reports whether s is a year of four digits.
func isYear(s string) bool {
	if len(s) != 4 || s[0] != '1' && s[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// FolderKind returns the kind that the folders of path name, and false
// when no folder of path has a known name. path is slash-separated,
// relative to the content folder.
//
// The outermost kind folder wins, because it is the author's own sorting
// of the site: an attendee's notes/sessions/x.md are notes about a session,
// and _pages/schedule/friday.md is a page. An events/ folder is the
// exception: an event holds talks, speakers and notes of its own, so in
// events/pycon/talks/a.md the kind folder inside the event decides.
func FolderKind(path string) (Kind, bool) {
	k, _, ok := kindFolder(path)
	return k, ok
}

// FolderFormat is the talk format that the folder deciding path's kind
// (see FolderKind) names: "Workshop" in workshops/, and "" in any
// other.
func FolderFormat(path string) string {
	_, word, ok := kindFolder(path)
	if !ok {
		return ""
	}
	return folderFormats[word]
}

// folderWord is the kind word of a folder's name: lower-cased, without
// a collection's underscore or a year ("_Talks_2019" is "talks"). At the
// top of the site (top), where Jekyll's collections and Hugo's sections
// are, a name of several words joined by _ or - that is no kind word
// itself gives its last word, as English puts the noun last
// ("_invited_speakers" and "keynote-speakers" are "speakers",
// "accepted_talks" is "talks", "past-events" is "events"). Deeper down a
// folder so named is a page bundle named by its slug
// (talks/my-talk/index.md), which says nothing of its kind.
func folderWord(dir string, top bool) string {
	dir = strings.TrimPrefix(strings.ToLower(dir), "_")
	if word, ok := yearless(dir); ok {
		dir = word
	}
	if _, known := folderKinds[dir]; known || !top {
		return dir
	}
	return dir[strings.LastIndexAny(dir, "_-")+1:]
}

// topFolder reports whether the i-th folder of path is the outermost,
// where a name of several words names a kind (see folderWord), and path
// is not its index file: a folder at the top holding its index
// (evaluating-hn-book/index.qmd, a Quarto or Hugo post's bundle) is
// named by its slug.
func topFolder(path string, i int) bool {
	if i != 0 {
		return false
	}
	dir, file, _ := strings.Cut(path, "/")
	stem := indexStem(file)
	return dir != "" && stem != "index" && stem != "_index" && stem != "readme"
}

// kindFolder returns the kind FolderKind decides and the kind word (see
// folderWord) of the folder that decides it.
func kindFolder(path string) (Kind, string, bool) {
	dirs := strings.Split(path, "/")
	dirs = dirs[:len(dirs)-1]
	found, word, ok := Kind(""), "", false
	for i, d := range dirs {
		top := topFolder(path, i)
		k, known := folderKind(d, top)
		if !known {
			continue
		}
		found, word, ok = k, folderWord(d, top), true
		if k != KindEvent {
			break
		}
	}
	return found, word, ok
}

// layoutKinds maps the layout or type names of other tools to kinds.
var layoutKinds = map[string]Kind{
	"talk": KindTalk, "session": KindTalk, "session-details": KindTalk,
	"keynote": KindTalk, "tutorial": KindTalk,
	"post":    KindNote,
	"page":    KindPage,
	"sponsor": KindSponsor,
}

// layoutName is the name a layout or type is looked up by: lower-cased,
// without the folders and template extensions Eleventy and Hugo sites
// write (layouts/talk.njk and talk.html are the layout talk).
func layoutName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = s[strings.LastIndexByte(s, '/')+1:]
	for {
		ext := path.Ext(s)
		if ext == "" || ext == s || !templateExts[ext] {
			return s
		}
		s = strings.TrimSuffix(s, ext)
	}
}

// templateExts are the extensions of template files a layout may be
// named with.
var templateExts = map[string]bool{".njk": true, ".liquid": true, ".html": true, ".htm": true, ".hbs": true,
	".mustache": true, ".ejs": true, ".haml": true, ".pug": true, ".11ty": true, ".js": true, ".webc": true, ".astro": true}

// sectionIndex reports whether path is the index file of a folder that is
// itself a kind folder ("talks/index.md", "blog/_index.md",
// "speakers/README.md"): that file is the section's own page, not one of
// its members. Hugo's _index.md is a section's page wherever it is, except
// inside events/ or a people folder, where the folder it stands for is an
// event or a person.
func sectionIndex(path string) bool {
	dirs := strings.Split(path, "/")
	stem := strings.ToLower(dirs[len(dirs)-1])
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	if stem != "index" && stem != "_index" && stem != "readme" {
		return false
	}
	dirs = dirs[:len(dirs)-1]
	if len(dirs) == 0 {
		return true
	}
	if _, ok := folderKind(dirs[len(dirs)-1], topFolder(path, len(dirs)-1)); ok {
		return true
	}
	if stem == "_index" {
		// A folder inside events/ stands for an event, and one inside a
		// people folder for a person (a Hugo branch bundle: the term
		// page of authors/ada/).
		k, ok := FolderKind(path)
		return !ok || k != KindEvent && k != KindSpeaker
	}
	// talks/my-talk/index.md is a page bundle: the talk itself.
	return false
}

// inEventFolder reports whether path is a member of a folder inside an
// events folder (events/pycon/welcome.md), rather than an event file of
// the events folder itself (events/pycon.md) or a folder's index
// (events/pycon/index.md, _index.md: the event).
func inEventFolder(path string) bool {
	dirs := strings.Split(path, "/")
	stem := strings.ToLower(dirs[len(dirs)-1])
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	if stem == "index" || stem == "_index" || stem == "readme" {
		return false
	}
	dirs = dirs[:len(dirs)-1]
	for i := len(dirs) - 1; i >= 0; i-- {
		if k, ok := folderKind(dirs[i], topFolder(path, i)); ok && k == KindEvent {
			return i < len(dirs)-1
		}
	}
	return false
}

// KindOf decides the kind of the page at path (slash-separated, relative
// to the content folder), in this order:
//
//  1. an explicit kind that ParseKind knows;
//  2. a type that names a kind exactly ("type: talk", "Type = 'page'"),
//     which beats the folder, as the author wrote it for this file,
//     unless the layout names another kind, or the type is event and
//     the file is inside an event's folder (then rule 4 decides);
//  3. the index file of a kind folder, or any _index.md outside events/
//     and people folders, is a page (the section's page, see
//     sectionIndex);
//  4. the folders of path (see FolderKind), but a page of an events
//     folder that names its event and its speakers or authors is a
//     talk, one of a people folder naming other speakers and a time or
//     room is a talk, one in an event's own folder with neither a date
//     nor speakers is a page about that event, and one of a talk archive
//     (archiveFolders) naming nothing of a talk is a page;
//  5. the layout, then the type, as other tools spell them
//     ("session-details", "post", "page"…);
//  6. a page naming speakers, or naming its event and linking slides or
//     a recording, is a talk, and one shaped like a sponsor card (a
//     tier, a logo and a link) without a date is a sponsor;
//  7. a page with a date is a note, and one without is a page: an
//     About or a Code of Conduct has no date. A slide deck (a page of a
//     deckFolder) is a page though it is dated.
//
// An unknown explicit kind is ignored here; Parse reports it.
func KindOf(path string, h KindHints) Kind {
	if k, ok := ParseKind(h.Kind); ok {
		return k
	}
	if k, ok := ParseKind(h.Type); ok && !(k == KindEvent && inEventFolder(path)) {
		// A layout naming another kind wins: in Jekyll's
		// "layout: talk, type: event" the type is the session's format
		// (a social event on the programme), not the page's kind.
		if lk, named := layoutKinds[layoutName(h.Layout)]; !named || lk == k {
			return k
		}
	}
	// "type: event" inside an event's own folder says no more than the
	// folder does: Hugo reads the type only to pick the layout of the
	// event's subpages (devopsdays' events/2019-chicago/contact.md), so
	// the folder rules below decide whether the file is the event or a
	// page about it.
	if sectionIndex(path) {
		return KindPage
	}
	if k, word, ok := kindFolder(path); ok {
		if k == KindTalk && archiveFolders[word] && !h.HasDate && !h.HasSpeakers && !h.NamesEvent && !h.Recorded {
			// A conference's speaking/ holds its call for speakers
			// and their guidelines: undated, naming no talk's event,
			// speakers or materials, they are pages.
			return KindPage
		}
		if k == KindEvent && h.NamesEvent && (h.HasSpeakers || h.HasAuthors) {
			// An event names no event of its own: a page of an events
			// folder naming its event and its people is a talk given
			// there (Hugo Academic keeps talks in event/).
			return KindTalk
		}
		if k == KindSpeaker && h.OthersTalk {
			// A person's page does not name another person as its
			// speaker: with a time or room, it is that person's talk,
			// as sites keep the programme among the speakers.
			return KindTalk
		}
		if k == KindEvent && !h.HasDate && !h.HasSpeakers && inEventFolder(path) {
			// devopsdays keeps an event's welcome, location and
			// registration pages in the event's folder
			// (events/2019-london/welcome.md): with no date of their
			// own they are pages about the event, not events.
			return KindPage
		}
		return k
	}
	for _, s := range []string{h.Layout, h.Type} {
		if k, ok := layoutKinds[layoutName(s)]; ok {
			return k
		}
	}
	if h.HasSpeakers || h.NamesEvent && h.Recorded {
		// A page naming the event it was given at and linking its
		// slides or recording is a talk, wherever it is kept; a video
		// or an event alone is a post's (a talk's write-up).
		return KindTalk
	}
	if h.Sponsor && !h.HasDate {
		return KindSponsor
	}
	if h.HasDate && !inDeckFolder(path) {
		return KindNote
	}
	return KindPage
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
