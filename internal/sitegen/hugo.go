package sitegen

import (
	"strings"
	"unicode"
)

// hugoFixed are the Hugo site's configuration and minimal theme. The
// theme does what lectern's default theme does on each kind of page, in
// less markup: a base layout with navigation, talk and note pages with
// their speakers, tags, track and room, paginated lists for the home page,
// sections and terms, and a list of terms per taxonomy. Hugo adds RSS
// feeds (limited to 50 entries, as lectern's) and a sitemap by default, as
// lectern does. Term links are built from front matter with urlize rather
// than with .GetTerms, which in Hugo 0.111 scans the whole taxonomy on each
// call and makes the build quadratic in the number of speakers (131 s
// instead of about 15 s at 10,000 talks): a Hugo user with a big site
// writes them this way.
func hugoFixed() []fixedFile {
	return []fixedFile{
		{"config.toml", []byte(hugoConfig)},
		{"layouts/_default/baseof.html", []byte(hugoBaseof)},
		{"layouts/_default/single.html", []byte(hugoSingle)},
		{"layouts/_default/list.html", []byte(hugoList)},
		{"layouts/_default/taxonomy.html", []byte(hugoTaxonomy)},
		{"layouts/_default/term.html", []byte(hugoList)},
		{"layouts/index.html", []byte(hugoHome)},
		{"layouts/partials/item.html", []byte(hugoItem)},
	}
}

const hugoConfig = `baseURL = "https://archive.example.org/"
title = "Generated Conference Archive"
languageCode = "en"
paginate = 100
rssLimit = 50
disableKinds = ["robotsTXT"]

[taxonomies]
tag = "tags"
speaker = "speakers"
track = "tracks"
format = "formats"
level = "levels"

[markup.goldmark.renderer]
unsafe = true

[markup.highlight]
noClasses = false
`

const hugoBaseof = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
<meta name="description" content="{{ with .Summary }}{{ . | plainify | truncate 160 }}{{ else }}{{ .Site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:url" content="{{ .Permalink }}">
{{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav><a href="{{ "/talks/" | relURL }}">Talks</a> <a href="{{ "/speakers/" | relURL }}">Speakers</a> <a href="{{ "/tags/" | relURL }}">Tags</a> <a href="{{ "/notes/" | relURL }}">Notes</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ .Site.Title }}</footer>
</body>
</html>
`

const hugoSingle = `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "Monday 2 January 2006, 15:04" }}</time>{{ with .Params.room }} · {{ . }}{{ end }}{{ with .Params.event }} · {{ . }}{{ end }}</p>
{{ with .Params.speakers }}<ul class="speakers">{{ range . }}<li><a href="{{ printf "/speakers/%s/" (urlize .) | relURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
{{ with .Params.author }}<p>By {{ . }}</p>{{ end }}
{{ with .Params.tracks }}<p>Track: {{ range . }}<a href="{{ printf "/tracks/%s/" (urlize .) | relURL }}">{{ . }}</a>{{ end }}</p>{{ end }}
{{ with .Params.tags }}<ul class="tags">{{ range . }}<li><a href="{{ printf "/tags/%s/" (urlize .) | relURL }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
{{ with .Params.summary }}<div class="summary">{{ . | markdownify }}</div>{{ end }}
{{ .Content }}
{{ with .Params.books }}<ul class="books">{{ range . }}<li><a href="{{ .url }}">{{ .title }}</a> by {{ .author }} · {{ .status }}{{ with .note }} — {{ . }}{{ end }}</li>{{ end }}</ul>{{ end }}
<p>{{ .WordCount }} words, {{ .ReadingTime }} min</p>
</article>{{ end }}
`

const hugoList = `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
{{ $pager := .Paginate .Pages }}<ul>{{ range $pager.Pages }}{{ partial "item.html" . }}{{ end }}</ul>
<nav>{{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">Previous</a>{{ end }} Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }} {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">Next</a>{{ end }}</nav>
{{ end }}
`

const hugoHome = `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ $pager := .Paginate (where .Site.RegularPages "Section" "talks") }}<ul>{{ range $pager.Pages }}{{ partial "item.html" . }}{{ end }}</ul>
<nav>{{ with $pager.Prev }}<a rel="prev" href="{{ .URL }}">Previous</a>{{ end }} Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }} {{ with $pager.Next }}<a rel="next" href="{{ .URL }}">Next</a>{{ end }}</nav>
{{ if eq $pager.PageNumber 1 }}<h2>Latest notes</h2><ul>{{ range first 5 (where .Site.RegularPages "Section" "notes") }}{{ partial "item.html" . }}{{ end }}</ul>{{ end }}
{{ end }}
`

const hugoItem = `<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2 Jan 2006" }}</time>{{ with .Params.speakers }} — {{ delimit . ", " }}{{ end }}</li>
`

const hugoTaxonomy = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> ({{ len .Pages }})</li>{{ end }}</ul>
{{ end }}
`

// hugoURLize approximates Hugo's urlize for a person's name: letters and
// digits are kept, accents too, spaces become hyphens and most
// punctuation goes.
func hugoURLize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r), r == '.', r == '_', r == '-':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}
