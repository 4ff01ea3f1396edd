package render

import (
	"path"
	"strings"
)

// Output is one rendered file.
type Output struct {
	// Path is relative to the output folder and slash-separated
	// ("talks/x/index.html").
	Path string
	// MediaType is the file's type without parameters ("text/html"),
	// for minification and serving.
	MediaType string
	Body      []byte
}

// mediaTypes are the types render produces or copies, by extension.
var mediaTypes = map[string]string{
	".html":        "text/html",
	".htm":         "text/html",
	".css":         "text/css",
	".js":          "text/javascript",
	".mjs":         "text/javascript",
	".json":        "application/json",
	".xml":         "application/xml",
	".txt":         "text/plain",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".woff2":       "font/woff2",
	".pdf":         "application/pdf",
	".webmanifest": "application/manifest+json",
	".ics":         "text/calendar",
	".csv":         "text/csv",
	".bib":         "application/x-bibtex",
	".atom":        "application/atom+xml",
}

// MediaType returns the media type of a file by its extension, without
// parameters, or "application/octet-stream" for one it does not know.
// Feeds are "application/atom+xml" only by their Output.
func MediaType(name string) string {
	if t, ok := mediaTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}
