package markdown

import (
	"html"
	"strconv"
	"strings"
	"time"
)

// output evaluates a Liquid output tag, {{ expr | filter }}, when every
// part of it has one meaning: expr is a quoted string or a site or page
// variable the model knows, and each filter is one of liquidFilters.
func (e *expander) output(t tag) (string, bool) {
	var v Value
	switch {
	case len(t.expr) >= 2 && (t.expr[0] == '"' || t.expr[0] == '\'') && t.expr[len(t.expr)-1] == t.expr[0]:
		v.Text = t.expr[1 : len(t.expr)-1]
	case isVariable(t.expr):
		var ok bool
		if v, ok = e.lookup(t.expr); !ok {
			return "", false
		}
	case strings.HasPrefix(t.expr, "fill ") && len(t.filters) == 0:
		var ok bool
		if v, ok = e.fill(strings.TrimSpace(t.expr[len("fill "):])); !ok {
			return "", false
		}
	case e.franklin && len(t.filters) == 0 && !strings.ContainsAny(t.expr, " \t"):
		// Franklin reads {{name}} as {{fill name}} when the site
		// defines no function hfun_name: blog posts open with
		// "{{ published }} | **{{ authors }}**". A name that is no
		// variable stays a call of the site's Julia code.
		var ok bool
		if v, ok = e.fill(t.expr); !ok {
			return "", false
		}
	default:
		return "", false
	}
	for _, f := range t.filters {
		name, arg, _ := strings.Cut(f, ":")
		name, arg = strings.TrimSpace(name), unquote(strings.TrimSpace(arg))
		var ok bool
		if v, ok = e.filter(v, name, arg); !ok {
			return "", false
		}
	}
	return v.Text, true
}

// fill is Franklin's {{fill name}}: the page's variable, else the site's
// (config.md's).
func (e *expander) fill(name string) (Value, bool) {
	if !isVariable("page."+name) || strings.Contains(name, ".") {
		return Value{}, false
	}
	if v, ok := e.lookup("page." + name); ok {
		return v, true
	}
	return e.lookup("site." + name)
}

// isVariable reports whether s is a dotted name under site or page,
// such as site.title or page.speaker.name.
func isVariable(s string) bool {
	if !strings.HasPrefix(s, "site.") && !strings.HasPrefix(s, "page.") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == '-') {
			return false
		}
	}
	return !strings.HasSuffix(s, ".") && !strings.Contains(s, "..")
}

// lookup asks Tags for a variable and records the answer.
func (e *expander) lookup(name string) (Value, bool) {
	v, ok := e.tags.value(name)
	text := v.Text
	if !v.Time.IsZero() {
		text += v.Time.String()
	}
	e.x.lookups = append(e.x.lookups, Lookup{Name: name, Text: text, OK: ok})
	return v, ok
}

// filter applies one Liquid filter with one meaning; false for any other.
func (e *expander) filter(v Value, name, arg string) (Value, bool) {
	switch name {
	case "safe":
		// Nunjucks's: the value is written as it is, as here always.
		return v, true
	case "relative_url", "absolute_url", "url":
		// url is Eleventy's relative_url.
		if isAbsolute(v.Text) {
			return Value{Text: v.Text}, true
		}
		base, ok := e.lookup("site.baseurl")
		if !ok {
			return v, false
		}
		origin := ""
		if name == "absolute_url" {
			o, ok := e.lookup("site.url")
			if !ok || o.Text == "" {
				return v, false
			}
			origin = o.Text
		}
		return Value{Text: siteURL(v.Text, base.Text, origin)}, true
	case "escape", "xml_escape", "escape_once":
		return Value{Text: escapeOnce(v.Text)}, true
	case "upcase":
		return Value{Text: strings.ToUpper(v.Text)}, true
	case "downcase":
		return Value{Text: strings.ToLower(v.Text)}, true
	case "strip":
		return Value{Text: strings.TrimSpace(v.Text)}, true
	case "date_to_string":
		return dated(v, "%d %b %Y")
	case "date_to_long_string":
		return dated(v, "%d %B %Y")
	case "date_to_xmlschema":
		if v.Time.IsZero() {
			return v, false
		}
		return Value{Text: v.Time.Format(time.RFC3339)}, true
	case "date":
		return dated(v, arg)
	}
	return v, false
}

// siteURL is Jekyll's relative_url of u under the base path base, or its
// absolute_url when origin ("https://example.org") is not empty. A URL
// with a scheme is left as it is.
func siteURL(u, base, origin string) string {
	if isAbsolute(u) {
		return u
	}
	return strings.TrimSuffix(origin, "/") + strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(u, "/")
}

// escapeOnce escapes s for HTML, leaving what is escaped already alone.
func escapeOnce(s string) string { return html.EscapeString(html.UnescapeString(s)) }

// isAbsolute reports whether u has a scheme or is protocol-relative.
func isAbsolute(u string) bool {
	if strings.HasPrefix(u, "//") {
		return true
	}
	i := strings.IndexAny(u, ":/?#")
	return i > 0 && u[i] == ':'
}

func dated(v Value, format string) (Value, bool) {
	if v.Time.IsZero() || format == "" {
		return v, false
	}
	s, ok := strftime(v.Time, format)
	return Value{Text: s}, ok
}

var (
	shortDays   = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	shortMonths = []string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// strftime formats t by the directives Liquid's date filter takes
// (those of Ruby's strftime that sites use for dates and times); a
// directive it does not know makes the whole tag stay as written.
func strftime(t time.Time, f string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		pad := true
		if f[i] == '-' && i+1 < len(f) {
			pad = false
			i++
		}
		num := func(n, width int) {
			s := strconv.Itoa(n)
			for pad && len(s) < width {
				s = "0" + s
			}
			b.WriteString(s)
		}
		switch f[i] {
		case 'Y':
			num(t.Year(), 4)
		case 'y':
			num(t.Year()%100, 2)
		case 'm':
			num(int(t.Month()), 2)
		case 'd':
			num(t.Day(), 2)
		case 'e':
			if pad && t.Day() < 10 {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Itoa(t.Day()))
		case 'B':
			b.WriteString(t.Month().String())
		case 'b', 'h':
			b.WriteString(shortMonths[t.Month()])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'a':
			b.WriteString(shortDays[t.Weekday()])
		case 'H':
			num(t.Hour(), 2)
		case 'I':
			num((t.Hour()+11)%12+1, 2)
		case 'l':
			h := (t.Hour()+11)%12 + 1
			if pad && h < 10 {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Itoa(h))
		case 'M':
			num(t.Minute(), 2)
		case 'S':
			num(t.Second(), 2)
		case 'p':
			b.WriteString(t.Format("PM"))
		case 'P':
			b.WriteString(strings.ToLower(t.Format("PM")))
		case 'j':
			num(t.YearDay(), 3)
		case 'Z':
			b.WriteString(t.Format("MST"))
		case 'z':
			b.WriteString(t.Format("-0700"))
		case '%':
			b.WriteByte('%')
		default:
			return "", false
		}
	}
	return b.String(), true
}
