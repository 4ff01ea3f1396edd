package publish

import (
	"bytes"
	"encoding/json"
)

// jsonTypes are the media types whose bodies minify goes through the
// JSON minifier.
var jsonTypes = map[string]bool{
	"application/json":      true,
	"application/feed+json": true,
	"application/ld+json":   true,
}

// compactJSON returns body without its trailing white space when body is
// valid JSON with no white space outside its strings: what the JSON
// minifier (which keeps numbers as written) makes of it, without the two
// copies of the body minifying takes. lectern writes its large indexes
// (search.json, the programme's schedule.json) that way, and at 50,000
// talks the search index alone is about 24 MB. ok is false for any other
// body, which is then minified as before, so a body the minifier rejects
// is still reported. FuzzCompactJSON holds the two equal.
func compactJSON(body []byte) (out []byte, ok bool) {
	trimmed := bytes.TrimRight(body, " \t\r\n")
	inString, escaped := false, false
	for _, c := range trimmed {
		switch {
		case escaped:
			escaped = false
		case inString:
			switch c {
			case '\\':
				escaped = true
			case '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			return nil, false
		}
	}
	if !json.Valid(trimmed) {
		return nil, false
	}
	return trimmed, true
}
