package exports

import (
	"bytes"
	"path"
	"strings"
	"time"

	"lectern/internal/content"
	"lectern/internal/diag"
)

// bibEntry is one BibTeX entry: its type, key, and fields by lower-case
// name, each value as written with its braces (macros expanded, "#"
// concatenations joined), so that author lists can be split at the top
// level before the text is decoded.
type bibEntry struct {
	typ, key string
	fields   map[string]string
	pos      diag.Pos
}

// bibParser reads BibTeX as BibTeX itself does: text outside entries is a
// comment, @comment and @preamble are skipped, @string defines macros.
type bibParser struct {
	src    []byte
	i      int
	r      *reader
	macros map[string]string
}

var months = map[string]string{"jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December"}

// bibtex reads a .bib file, as Zotero, Better BibTeX or lectern write
// them, into one reading list of the file's entries.
func (r *reader) bibtex(src []byte) {
	p := &bibParser{src: src, r: r, macros: map[string]string{}}
	for k, v := range months {
		p.macros[k] = v
	}
	stem := strings.TrimSuffix(path.Base(r.file), path.Ext(r.file))
	d := r.newDoc(content.KindReading, "reading", humanize(stem), stem, r.lines.pos(0))
	at(d, r.lines.pos(0), "items")
	// lectern's own export writes the day an entry was read as its date;
	// in other files date is when the work was published.
	ownExport := bytes.Contains(src[:min(len(src), 200)], []byte("written by lectern"))
	for {
		e, ok := p.next()
		if !ok {
			break
		}
		if e == nil {
			continue
		}
		if it, ok := bibItem(e, ownExport, r.loc, &d.Diags); ok {
			d.Items = append(d.Items, it)
		}
	}
	r.dropEmpty(d)
}

// next returns the next entry; nil (and true) for a skipped or broken one,
// false at the end of the file.
func (p *bibParser) next() (*bibEntry, bool) {
	// A backslash at the end of the file has moved i one past it.
	if p.i >= len(p.src) {
		return nil, false
	}
	at := bytes.IndexByte(p.src[p.i:], '@')
	if at < 0 {
		return nil, false
	}
	start := p.i + at
	p.i = start + 1
	pos := p.r.lines.pos(start)
	typ := strings.ToLower(p.ident())
	p.space()
	if typ == "" || p.i >= len(p.src) || (p.src[p.i] != '{' && p.src[p.i] != '(') {
		// An "@" in a comment, such as an e-mail address.
		return nil, true
	}
	open := p.src[p.i]
	close := byte('}')
	if open == '(' {
		close = ')'
	}
	p.i++
	switch typ {
	case "comment", "preamble":
		if !p.skipGroup(close) {
			p.r.diags.Errorf(pos, "@%s is not closed: a %q is missing; close it", typ, close)
		}
		return nil, true
	case "string":
		p.space()
		name, val, err := p.field()
		if err != "" {
			p.fail(pos, "@string", err)
			return nil, true
		}
		p.macros[name] = val
		p.space()
		if p.i < len(p.src) && p.src[p.i] == close {
			p.i++
		}
		return nil, true
	}
	e := &bibEntry{typ: typ, fields: map[string]string{}, pos: pos}
	p.space()
	keyStart := p.i
	for p.i < len(p.src) && !strings.ContainsRune(",}) \t\r\n", rune(p.src[p.i])) {
		p.i++
	}
	e.key = string(p.src[keyStart:p.i])
	for {
		p.space()
		if p.i < len(p.src) && p.src[p.i] == ',' {
			p.i++
			p.space()
		}
		if p.i >= len(p.src) {
			p.r.diags.Errorf(pos, "@%s{%s is not closed: a %q is missing before the end of the file (a brace opened in one of its values and never closed takes in the rest of the file); close it; the entry is left out", typ, e.key, close)
			return nil, true
		}
		if p.src[p.i] == close {
			p.i++
			return e, true
		}
		name, val, err := p.field()
		if err != "" {
			p.fail(pos, "@"+typ+"{"+e.key, err)
			return nil, true
		}
		e.fields[name] = val
	}
}

// fail reports a broken entry; reading goes on at the next "@".
func (p *bibParser) fail(pos diag.Pos, what, msg string) {
	p.r.diags.Errorf(p.r.lines.pos(min(p.i, len(p.src))), "%s (line %d): %s; the entry is left out", what, pos.Line, msg)
}

func (p *bibParser) space() {
	for p.i < len(p.src) && strings.IndexByte(" \t\r\n", p.src[p.i]) >= 0 {
		p.i++
	}
}

// ident reads a name: an entry type, field name, key or macro.
func (p *bibParser) ident() string {
	start := p.i
	for p.i < len(p.src) {
		c := p.src[p.i]
		if c <= ' ' || strings.IndexByte("{}(),=#\"%'", c) >= 0 {
			break
		}
		p.i++
	}
	return string(p.src[start:p.i])
}

// field reads "name = value # value …", returning an error message when it
// is not one.
func (p *bibParser) field() (name, val, err string) {
	name = strings.ToLower(p.ident())
	if name == "" {
		return "", "", "a field name is expected here; write fields as name = {value}, separated by commas"
	}
	p.space()
	if p.i >= len(p.src) || p.src[p.i] != '=' {
		return "", "", "field " + name + " has no \"=\"; write it as " + name + " = {value}"
	}
	p.i++
	var b strings.Builder
	for {
		p.space()
		if p.i >= len(p.src) {
			return "", "", "field " + name + " has no value"
		}
		switch c := p.src[p.i]; {
		case c == '{':
			start := p.i + 1
			p.i++
			if !p.skipGroup('}') {
				return "", "", "the value of " + name + " opens a brace that is never closed"
			}
			b.Write(p.src[start : p.i-1])
		case c == '"':
			start := p.i + 1
			depth := 0
			for p.i++; p.i < len(p.src) && (p.src[p.i] != '"' || depth > 0); p.i++ {
				switch p.src[p.i] {
				case '{':
					depth++
				case '}':
					depth--
				case '\\':
					p.i++
				}
			}
			if p.i >= len(p.src) {
				return "", "", "the value of " + name + " opens a quote that is never closed"
			}
			b.Write(p.src[start:p.i])
			p.i++
		default:
			word := p.ident()
			if word == "" {
				return "", "", "the value of " + name + " should be {text}, \"text\", a number or a @string name"
			}
			if v, ok := p.macros[strings.ToLower(word)]; ok {
				b.WriteString(v)
			} else if isDigits(word) {
				b.WriteString(word)
			} else {
				return "", "", "the value of " + name + " names " + word + ", which no @string defines; define it or write the value in braces"
			}
		}
		p.space()
		if p.i < len(p.src) && p.src[p.i] == '#' {
			p.i++
			continue
		}
		return name, b.String(), ""
	}
}

// skipGroup moves past the close that ends a group opened just before i,
// counting nested braces; it reports whether one was found.
func (p *bibParser) skipGroup(close byte) bool {
	depth := 0
	for ; p.i < len(p.src); p.i++ {
		switch c := p.src[p.i]; {
		case c == '\\':
			p.i++
		case c == '{':
			depth++
		case c == '}' && depth > 0:
			depth--
		case c == close && depth == 0:
			p.i++
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// bibItem makes a reading item of an entry: title, authors (or editors),
// the url, a DOI's address or a \url in howpublished, the note (or
// abstract), keywords as tags, and as the day it was read its urldate, or
// its date in lectern's own export.
func bibItem(e *bibEntry, ownExport bool, loc *time.Location, diags *diag.List) (content.Item, bool) {
	f := e.fields
	it := content.Item{Title: texText(f["title"]), Note: texText(first(f["note"], f["abstract"], f["annote"]))}
	it.Author = strings.Join(bibNames(first(f["author"], f["editor"])), ", ")
	switch {
	case f["url"] != "":
		it.URL = texURL(f["url"])
	case f["doi"] != "":
		it.URL = "https://doi.org/" + strings.TrimPrefix(strings.TrimPrefix(texURL(f["doi"]), "https://doi.org/"), "doi:")
	case strings.Contains(f["howpublished"], `\url{`):
		h := f["howpublished"]
		h = h[strings.Index(h, `\url{`)+5:]
		if end := strings.IndexByte(h, '}'); end >= 0 {
			it.URL = texURL(h[:end])
		}
	}
	if it.URL != "" && !content.IsWebAddress(it.URL) {
		diags.Warnf(e.pos, "entry %s: %q is not a web address (http, https or mailto); the entry is read without it", e.key, it.URL)
		it.URL = ""
	}
	for _, k := range strings.FieldsFunc(texText(f["keywords"]), func(r rune) bool { return r == ',' || r == ';' }) {
		if k = strings.TrimSpace(k); k != "" {
			it.Tags = append(it.Tags, k)
		}
	}
	read := f["urldate"]
	if read == "" && ownExport {
		read = f["date"]
	}
	if read = strings.TrimSpace(read); read != "" {
		if t, err := time.ParseInLocation(time.DateOnly, read, loc); err == nil {
			it.Date = t
		} else {
			diags.Warnf(e.pos, "entry %s: date %q is not a day such as 2024-03-15; the entry is read without a date", e.key, read)
		}
	}
	if it.Title == "" && it.URL == "" {
		diags.Warnf(e.pos, "entry %s has neither a title nor a url; it is left out", e.key)
		return it, false
	}
	return it, true
}

func first(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// bibNames splits a BibTeX name list at the "and"s outside braces and
// writes each name given name first: "Knuth, Donald E." is "Donald E.
// Knuth", and "{Barnes and Noble}" one name.
func bibNames(raw string) []string {
	var names []string
	depth, start := 0, 0
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			depth++
		case '}':
			depth--
		case ' ', '\t', '\n', '\r':
			if depth == 0 && i+5 <= len(raw) && strings.EqualFold(raw[i+1:i+4], "and") && strings.IndexByte(" \t\r\n", raw[i+4]) >= 0 {
				names = append(names, raw[start:i])
				start = i + 5
				i += 4
			}
		}
	}
	names = append(names, raw[start:])
	var out []string
	for _, n := range names {
		parts := splitTop(n, ',')
		for i := range parts {
			parts[i] = texText(parts[i])
		}
		name := parts[0]
		switch len(parts) {
		case 2: // Last, First
			name = strings.TrimSpace(parts[1] + " " + parts[0])
		case 3: // Last, Jr, First
			name = strings.TrimSpace(parts[2] + " " + parts[0] + " " + parts[1])
		}
		if name = strings.TrimSpace(name); name != "" && !strings.EqualFold(name, "others") {
			out = append(out, name)
		}
	}
	return out
}

// splitTop splits s at sep outside braces.
func splitTop(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		case sep:
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}
