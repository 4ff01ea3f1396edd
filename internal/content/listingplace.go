package content

import (
	"bytes"
	"regexp"
	"strings"
)

// A Quarto page places each listing that has an id where its text holds
// an empty div of that id (":::{#talks_2023}" then ":::"), often under a
// heading of its own ("## 2023"). lectern lists the pages once, below
// the page's text, so those divs would stay empty and their headings
// would head nothing: both are left out, their lines kept blank so that
// positions stay the file's.

// listingDiv matches the opening of a fenced div naming an id, with
// classes or attributes beside it: ":::{#talks_2023}", "::: {#a .b}".
var listingDiv = regexp.MustCompile(`^ {0,3}:{3,}\s*\{[^}]*#([A-Za-z0-9_:.-]+)[^}]*\}\s*$`)

// divClose matches the closing fence of a div.
var divClose = regexp.MustCompile(`^ {0,3}:{3,}\s*$`)

// atxHeading matches a heading written with hashes, giving its level.
var atxHeading = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]|$)`)

// dropListingPlaces returns body without the empty divs named by ids and
// the headings whose sections held nothing else, each such line made
// blank. A div holding text, and a heading over text, are kept.
func dropListingPlaces(body []byte, ids map[string]bool) []byte {
	if len(ids) == 0 || !bytes.Contains(body, []byte(":::")) {
		return body
	}
	lines := strings.SplitAfter(string(body), "\n")
	blank := make([]bool, len(lines))
	dropped := make([]bool, len(lines))
	heading := make([]int, len(lines)) // level, 0 for none
	fence := ""
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r\n")
		if fence != "" {
			if strings.HasPrefix(strings.TrimLeft(l, " "), fence) {
				fence = ""
			}
			continue
		}
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			continue
		}
		blank[i] = strings.TrimSpace(l) == ""
		if m := atxHeading.FindStringSubmatch(l); m != nil {
			heading[i] = len(m[1])
			continue
		}
		m := listingDiv.FindStringSubmatch(l)
		if m == nil || !ids[m[1]] {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j == len(lines) || !divClose.MatchString(strings.TrimRight(lines[j], "\r\n")) {
			continue
		}
		for k := i; k <= j; k++ {
			blank[k], dropped[k] = true, true
		}
		i = j
	}
	// Headings from the last, so that a heading over headings left out
	// sees their sections empty.
	for i := len(lines) - 1; i >= 0; i-- {
		if heading[i] == 0 {
			continue
		}
		held := false
		empty := true
		for j := i + 1; j < len(lines) && (heading[j] == 0 || heading[j] > heading[i]); j++ {
			if !blank[j] { // text, or a heading kept
				empty = false
				break
			}
			held = held || dropped[j]
		}
		if empty && held {
			blank[i], dropped[i] = true, true
		}
	}
	var b strings.Builder
	b.Grow(len(body))
	for i, l := range lines {
		if dropped[i] {
			if strings.HasSuffix(l, "\n") {
				b.WriteByte('\n')
			}
			continue
		}
		b.WriteString(l)
	}
	return []byte(b.String())
}
