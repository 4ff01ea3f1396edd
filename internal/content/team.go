package content

import "strings"

// teamFolders name the folders of a site's own people who are not its
// speakers: organisers, team, volunteers, crew. lectern has no page of
// its own for such people (a speaker page would list them among the
// speakers), so a file there stays a page, but a page that is a person:
// see personPage.
var teamFolders = map[string]bool{
	"organizers": true, "organisers": true, "organizer": true, "organiser": true,
	"team": true, "volunteers": true, "crew": true,
}

// InTeamFolder reports whether a folder of path (slash-separated) is a
// folder of the site's team, written as a Jekyll collection
// (_organizers), joined to a year (organizers-2024) or after other words
// (local_organizers, see folderWord) too.
func InTeamFolder(path string) bool {
	dirs := strings.Split(path, "/")
	for i, d := range dirs[:len(dirs)-1] {
		if teamFolders[folderWord(d, topFolder(path, i))] {
			return true
		}
	}
	return false
}

// personPage reports whether doc, a page, is a card of one of the
// site's team (organizers/alex.md with name: Alex Moldovan): such a page
// is named by its name, and a title beside it is the person's role
// (title: Organizer), as on a speaker's page, and stays in Params.
func (f *fields) personPage() bool {
	return f.doc.Kind == KindPage && InTeamFolder(f.doc.Path) && f.has("name")
}
