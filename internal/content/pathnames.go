package content

import (
	"strings"
	"unicode"
)

// PathNames is the rule by which the names of a page's folders and file
// become the parts of its URL when the page is published at its path
// (content/post/my_first_post.md at /post/my_first_post/). Each
// generator has its own, and a site read in place keeps the URLs its
// generator gave it, so that links shared before the move still work.
// The zero value is lectern's own rule.
type PathNames uint8

const (
	// SlugNames makes each name a slug (Slugify): lower case, accents
	// removed, every run of other characters one hyphen. lectern's own
	// layout and the folders of markdown no generator builds use it.
	SlugNames PathNames = iota
	// HugoNames is Hugo's: letters, digits, marks and . _ ~ + # @ -
	// kept, accents too, each run of blanks one hyphen, every other
	// character dropped, and the whole made lower case, as Hugo does
	// unless its config sets disablePathToLower.
	HugoNames
	// WrittenNames keeps each name as written, case and all: Eleventy's
	// default permalinks and Astro's src/pages routes copy the file's
	// path. The URL is percent-encoded later, as every URL is.
	WrittenNames
	// JekyllNames is WrittenNames less a leading underscore: Jekyll
	// writes a page at its :path and :basename as written, and names a
	// collection's folder (_talks) by its label (talks), which a
	// document of a folder no pattern places is published under.
	JekyllNames
	// GitHubNames is github-slugger's, which Astro applies to each part
	// of a content collection entry's path to make its slug or id: lower
	// case, each blank one hyphen, letters, digits, marks, _ and - kept,
	// every other character dropped (llama.cpp gives llamacpp).
	GitHubNames
	// HugoUndatedNames is HugoNames less a file name's date prefix, as
	// Hugo names a page whose config reads dates from file names
	// ([frontmatter] date = [":filename", …]): 2018-01-01-hello.md is at
	// …/hello/.
	HugoUndatedNames
	// QuartzNames is Quartz's slug of each part of a file's path: case
	// kept, each blank a hyphen, "&" "-and-", "%" "-percent", "?" and
	// "#" dropped ("Literature notes/Peak - Notes.md" is at
	// Literature-notes/Peak---Notes).
	QuartzNames
)

// Part returns name, the name of one folder or of a file without its
// extension, as a part of a URL under rule n. It returns "" when nothing
// of name can stay, or only dots would (a part "." or ".." is no URL's),
// so that the caller falls back to a name of lectern's choosing.
func (n PathNames) Part(name string) string {
	var s string
	switch n {
	case HugoNames, HugoUndatedNames:
		s = strings.ToLower(hugoPart(name))
	case WrittenNames:
		s = name
	case JekyllNames:
		s = strings.TrimPrefix(name, "_")
	case GitHubNames:
		s = githubPart(name)
	case QuartzNames:
		s = quartzPart(name)
	default:
		return Slugify(name)
	}
	if strings.Trim(s, ".") == "" {
		return ""
	}
	return s
}

// Name returns the last part of the URL of the page at path (relative to
// the content folder) under rule n: its file name without extension, or
// an index file's folder name, made a part by Part. A date prefix
// (2018-01-01-hello) stays where the tool keeps it: Hugo, Eleventy and
// Astro publish a page at its path as written, date and all; Jekyll
// reads the date of a post or collection document from it and drops it,
// as lectern's own layout does.
//
// A date suffix (ViennaJS-2013-11-27) goes only under lectern's own
// rule, which dates a page by it as by a prefix: Jekyll and Hugo read
// no date there, and publish the name whole.
func (n PathNames) Name(path string) string {
	switch n {
	case HugoNames, WrittenNames, GitHubNames, QuartzNames:
		return n.Part(stemSource(path))
	case JekyllNames, HugoUndatedNames:
		return n.Part(undatedPrefix(stemSource(path)))
	}
	return n.Part(defaultSlugSource(path))
}

// hugoPart keeps the characters Hugo keeps in a content path: a run of
// blanks between kept characters becomes one hyphen (none beside a
// hyphen written there), and the rest is dropped, not replaced.
func hugoPart(name string) string {
	var b strings.Builder
	blank := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune("._~+#@-", r):
			if blank && r != '-' && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
			blank = false
			b.WriteRune(r)
		case unicode.IsSpace(r):
			blank = b.Len() > 0
		}
	}
	return b.String()
}

// githubPart is github-slugger's slug of name: lower case, each space a
// hyphen (two spaces make two), letters, digits, marks, connector
// punctuation (_) and - kept, everything else dropped.
func githubPart(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.Is(unicode.Pc, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quartzPart is Quartz's sluggify of one part of a path.
func quartzPart(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte('-')
		case r == '&':
			b.WriteString("-and-")
		case r == '%':
			b.WriteString("-percent")
		case r == '?' || r == '#':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
