package data

import (
	"path"
	"strings"

	"lectern/internal/content"
)

// recordNames are the folder and file names that hold records of a kind,
// lower-cased, without a leading underscore.
var recordNames = map[string]content.Kind{
	"session": content.KindTalk, "sessions": content.KindTalk,
	"talk": content.KindTalk, "talks": content.KindTalk,
	"workshop": content.KindTalk, "workshops": content.KindTalk,
	"tutorial": content.KindTalk, "tutorials": content.KindTalk,
	"keynote": content.KindTalk, "keynotes": content.KindTalk,
	// A speaker's own list of talks is named for what they do
	// (_data/speaking.yml, data/speaking.yaml).
	"speaking": content.KindTalk,
	"speaker":  content.KindSpeaker, "speakers": content.KindSpeaker,
	"presenter": content.KindSpeaker, "presenters": content.KindSpeaker,
	"person": content.KindSpeaker, "people": content.KindSpeaker,
	"event": content.KindEvent, "events": content.KindEvent,
	"meetup": content.KindEvent, "meetups": content.KindEvent,
	"sponsor": content.KindSponsor, "sponsors": content.KindSponsor,
	"book": content.KindReading, "books": content.KindReading,
	"reading": content.KindReading, "readings": content.KindReading,
	"bookshelf": content.KindReading, "bookshelves": content.KindReading,
	// A reading list's file is named so as often as books.yml
	// (_data/reading_list.yml, readingList.json).
	"reading_list": content.KindReading, "reading-list": content.KindReading, "readinglist": content.KindReading,
	"reading_lists": content.KindReading, "reading-lists": content.KindReading, "readinglists": content.KindReading,
}

// scheduleNames are the names of a programme: a file or folder so named
// holds a schedule grid or a list of slots.
var scheduleNames = map[string]bool{
	"schedule": true, "program": true, "programme": true, "agenda": true, "timetable": true,
	// A folder of a programme's days (an Astro collection of one file a
	// day) is named in the plural.
	"schedules": true, "programs": true, "programmes": true, "agendas": true, "timetables": true,
}

// fold lower-cases a folder or file name and drops the leading
// underscore of Jekyll's collections.
func fold(name string) string {
	return strings.TrimPrefix(strings.ToLower(name), "_")
}

// switchedOff reports whether a data key starts with an underscore, as
// authors switch a list off ("_sponsors") or keep one to themselves; a
// site's templates read the key as written, never its records.
func switchedOff(key string) bool { return strings.HasPrefix(key, "_") }

// stem is a file's base name without its extension.
func stem(file string) string {
	b := path.Base(file)
	return strings.TrimSuffix(b, path.Ext(b))
}

// kindFolders are the folders records stand in among the pages, so that
// the site's permalink of their kind applies (see content.RecordOptions).
var kindFolders = map[content.Kind]string{
	content.KindTalk: "talks", content.KindSpeaker: "speakers", content.KindEvent: "events",
	content.KindReading: "reading", content.KindSponsor: "sponsors",
}

// nameKind returns the kind that rel, a file's path relative to the
// folder it was found in, names: the nearest folder with a record name,
// else the file's own base name. A schedule folder or file names no kind.
func nameKind(rel string) (content.Kind, bool) {
	parts := strings.Split(rel, "/")
	for i := len(parts) - 2; i >= 0; i-- {
		if k, ok := recordNames[fold(parts[i])]; ok {
			return k, true
		}
	}
	k, ok := recordNames[fold(stem(rel))]
	return k, ok
}

// isScheduleFile reports whether rel is named as a programme, by its
// base name or a folder.
func isScheduleFile(rel string) bool { return namedAs(rel, scheduleNames) }

// namedAs reports whether rel's base name or one of its folders is one
// of names (folded).
func namedAs(rel string, names map[string]bool) bool {
	if names[fold(stem(rel))] {
		return true
	}
	for _, p := range strings.Split(path.Dir(rel), "/") {
		if names[fold(p)] {
			return true
		}
	}
	return false
}
