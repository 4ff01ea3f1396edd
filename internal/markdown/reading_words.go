package markdown

import (
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

// materialWord reports whether a link's text names a talk's material and
// nothing else: every word is one of materialWords or materialJoiners
// (case, parentheses and punctuation ignored), and one at least is a
// material word.
func materialWord(title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("(),:;.!", r)
	})
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
