package markdown

import (
	"net/url"
	"strings"
	"unicode"
)

// This file holds the words that tell a list item's link from a link to
// something to read: a service or a profile, a talk's material, an event.

// profileWords are link texts that name a service or a way to reach
// someone rather than a work: the links of a profile or a footer.
var profileWords = map[string]bool{
	"linkedin": true, "twitter": true, "x": true, "github": true, "gitlab": true,
	"bitbucket": true, "mastodon": true, "bluesky": true, "threads": true,
	"facebook": true, "instagram": true, "youtube": true, "twitch": true,
	"tiktok": true, "reddit": true, "discord": true, "slack": true,
	"telegram": true, "keybase": true, "stackoverflow": true, "stack overflow": true,
	"orcid": true, "google scholar": true, "researchgate": true, "medium": true,
	"substack": true, "website": true, "web site": true, "web": true,
	"homepage": true, "home page": true, "home": true, "site": true,
	"personal site": true, "personal website": true, "blog": true,
	"portfolio": true, "email": true, "e-mail": true, "mail": true,
	"contact": true, "rss": true, "feed": true, "atom": true, "resume": true,
	"résumé": true, "cv": true, "about": true, "about me": true,
}

// profileWord reports whether a link's text names a service or a profile:
// one of profileWords (case, a leading "my " and trailing punctuation
// ignored), or a single "@handle".
func profileWord(title string) bool {
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(title), ".:!"))
	t = strings.TrimPrefix(t, "my ")
	if strings.HasPrefix(t, "@") && !strings.ContainsAny(t, " \t") && len(t) > 1 {
		return true
	}
	return profileWords[t]
}

// materialWords name what a talk or a project comes with rather than a
// work: "[Abstract](…)", "[Slides](…)", "[Video](…)" under a talk's
// heading. A reading entry titled so says nothing of what it is.
var materialWords = map[string]bool{
	"abstract": true, "slides": true, "slide": true, "deck": true, "slidedeck": true,
	"video": true, "videos": true, "recording": true, "recordings": true,
	"audio": true, "screencast": true, "livestream": true, "stream": true,
	"notes": true, "transcript": true, "transcripts": true, "handout": true,
	"handouts": true, "materials": true, "material": true, "poster": true,
	"code": true, "source": true, "repo": true, "repository": true,
	"demo": true, "demos": true, "pdf": true, "photos": true, "pictures": true,
	"description": true,
}

// materialJoiners may stand between the words of a material link's text:
// "Slides and Video", "Slides (PDF)", "My Notes".
var materialJoiners = map[string]bool{
	"and": true, "&": true, "+": true, "/": true, "|": true, "the": true,
	"my": true, "our": true, "with": true,
}

// accessVerbs may start a material link's text, as a talk's page asks to
// "[Watch the video](…)" or "[Download the slides](…)". "read" is none:
// "[Read the paper](…)" points at something to read, and so may "Read
// the notes".
var accessVerbs = map[string]bool{
	"view": true, "watch": true, "download": true, "see": true, "get": true,
	"open": true, "browse": true, "listen": true,
}

// materialWord reports whether a link's text names a talk's material and
// nothing else: every word is one of materialWords or materialJoiners
// (case, parentheses and punctuation ignored), and one at least is a
// material word; the first may be a verb of access (accessVerbs).
func materialWord(title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("(),:;.!", r)
	})
	if len(words) > 1 && accessVerbs[words[0]] {
		words = words[1:]
		if words[0] == "to" && len(words) > 1 { // "Listen to the recording"
			words = words[1:]
		}
	}
	material := false
	for _, w := range words {
		switch {
		case materialWords[w]:
			material = true
		case materialJoiners[w]:
		default:
			return false
		}
	}
	return material
}

// slideHosts publish slide decks: a link there is a talk's slides,
// whatever its text says ("[Parsing in anger](https://speakerdeck.com/…)"
// on a speaker's list of talks), not something to read.
var slideHosts = map[string]bool{
	"speakerdeck.com": true, "slideshare.net": true, "slides.com": true,
	"slid.es": true, "noti.st": true, "prezi.com": true,
}

// slideDeck reports whether dest is a slide deck: on one of slideHosts,
// or a Google Slides presentation.
func slideDeck(dest string) bool {
	u, err := url.Parse(dest)
	if err != nil || u.Host == "" {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if i := strings.Index(host, ".slideshare.net"); i > 0 {
		host = host[i+1:] // de.slideshare.net
	}
	return slideHosts[host] || host == "docs.google.com" && strings.HasPrefix(u.Path, "/presentation/")
}

// eventWords in a link's text name an event, not a work: "Workshop on
// Manifolds", "Young Researchers Minisymposium". "school" counts after a
// season ("Summer School"). Plurals are left out: one event is singular,
// and "Why Conferences Matter" is an essay.
var eventWords = map[string]bool{
	"workshop": true, "conference": true, "conf": true, "symposium": true,
	"minisymposium": true, "seminar": true, "colloquium": true, "congress": true,
	"summit": true, "hackathon": true, "meetup": true, "convention": true,
}

var seasons = map[string]bool{"summer": true, "winter": true, "spring": true, "autumn": true, "fall": true}

// eventItem reports whether an item whose link has the text title, and
// after it the text rest, reads as an event someone went to or organized:
// the title names an event (eventWords) and the text after the link gives
// a day ("August 9, 2019", "6–10 March", "2019-08-09"). A title alone is
// not enough, as papers of a workshop's proceedings are things to read,
// and a date alone is not either, as articles are listed with theirs.
func eventItem(title, rest string) bool {
	named := false
	prev := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(title), notLetter) {
		if eventWords[w] || w == "school" && seasons[prev] {
			named = true
			break
		}
		prev = w
	}
	return named && hasDay(rest)
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// months are the English names of months and their abbreviations.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// hasDay reports whether s names a day: a capitalized month beside a day
// of the month ("August 9", "9 August", "December 1st", "March 6—10"),
// or a date written yyyy-mm-dd.
func hasDay(s string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if isoDate(w) {
			return true
		}
		m := strings.TrimRight(w, ".,")
		if m == "" || !unicode.IsUpper(rune(m[0])) || !months[strings.ToLower(m)] {
			continue
		}
		if i > 0 && dayOfMonth(words[i-1]) || i+1 < len(words) && dayOfMonth(words[i+1]) {
			return true
		}
	}
	return false
}

// dayOfMonth reports whether w starts with a day of the month, 1 to 31,
// not followed by another digit: "9,", "1st,", "6—10", "10.".
func dayOfMonth(w string) bool {
	n := 0
	for n < len(w) && isDigit(w[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	d := int(w[0] - '0')
	if n == 2 {
		d = d*10 + int(w[1]-'0')
	}
	return d >= 1 && d <= 31
}

// isoDate reports whether w starts with a date written yyyy-mm-dd.
func isoDate(w string) bool {
	if len(w) < 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(w[i]) {
			return false
		}
	}
	return len(w) == 10 || !isDigit(w[10])
}
