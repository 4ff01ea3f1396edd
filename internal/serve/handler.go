package serve

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"lectern/internal/render"
)

//go:embed live.js
var liveJS []byte

// retryLive is how long a page refused a live-reload stream is told to
// wait before it asks again.
const retryLive = 10 * time.Second

// Paths the server answers itself, outside the site.
const (
	eventsPath = "/_lectern/events"
	scriptPath = "/_lectern/live.js"
)

// ServeHTTP serves the site from memory: the last good build, with the
// live reload script added to every HTML page. Nothing is read from disk,
// so no request can reach a file outside the site. A request for another
// host name, or from another site's page, is refused (see hostPolicy).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hosts.check(w, r) {
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.events(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(liveJS)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if !s.wait(r) {
		return
	}

	// Until a build succeeds there is no site: every page is the errors,
	// rather than a 404 that would not say why nor recover by itself.
	if lines, built := s.state(); !built && lines != nil {
		s.buildFailed(w, r, lines)
		return
	}

	name, ok := outputName(r.URL.Path)
	if !ok {
		s.notFound(w, r)
		return
	}
	o, found := s.session.Output(name)
	if !found && path.Ext(name) == "" {
		// "/talks/x" for "/talks/x/index.html": send the browser to the
		// folder, so relative links resolve as they will when published.
		// The target is built from the cleaned name, never from the
		// request's path: "//talks/x/" would send the browser to the host
		// "talks".
		if _, ok := s.session.Output(name + "/index.html"); ok {
			to := url.URL{Path: "/" + name + "/", RawQuery: r.URL.RawQuery}
			http.Redirect(w, r, to.String(), http.StatusFound)
			return
		}
		// "/about" for "/about.html", served as it is, as GitHub Pages,
		// Netlify and jekyll serve do: Jekyll sites link their pages
		// so, and patterns such as /blog/:title write such files.
		o, found = s.session.Output(name + ".html")
	}
	if !found {
		s.notFound(w, r)
		return
	}
	s.write(w, r, o, http.StatusOK)
}

// outputName maps a URL path to an output path; ok is false for a path
// that cannot name an output (it holds a NUL byte or a backslash) or that
// is hidden. path.Clean resolves every "..", so the result never leaves
// the site.
func outputName(urlPath string) (string, bool) {
	if strings.ContainsAny(urlPath, "\x00\\") {
		return "", false
	}
	clean := path.Clean("/" + urlPath)
	name := strings.TrimPrefix(clean, "/")
	if name == "" || strings.HasSuffix(urlPath, "/") {
		name = path.Join(name, "index.html")
	}
	if hidden(name) {
		return "", false
	}
	return name, true
}

// hidden reports whether an output path has a segment starting with ".":
// a .env or .git copied from static/, or lectern's own .lectern state,
// is never meant for a browser. /.well-known/ is the one exception, being
// where sites publish security.txt and the like on purpose.
func hidden(name string) bool {
	for i, seg := range strings.Split(name, "/") {
		if strings.HasPrefix(seg, ".") && !(i == 0 && seg == ".well-known") {
			return true
		}
	}
	return false
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	if o, ok := s.session.Output("404.html"); ok {
		s.write(w, r, o, http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "404 page not found (and the site has no 404.html)", http.StatusNotFound)
}

// write sends an output with its media type, uncached, with the live
// reload script in HTML pages.
func (s *Server) write(w http.ResponseWriter, r *http.Request, o render.Output, status int) {
	body := o.Body
	ctype := o.MediaType
	if ctype == "" {
		ctype = render.MediaType(o.Path)
	}
	if isText(ctype) {
		ctype += "; charset=utf-8"
	}
	if o.MediaType == "text/html" {
		body = inject(body, s.buildID())
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if status != http.StatusOK {
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
		return
	}
	http.ServeContent(w, r, o.Path, time.Time{}, bytes.NewReader(body))
}

// isText reports whether a media type is text, which gets a charset.
func isText(mediaType string) bool {
	switch {
	case strings.HasPrefix(mediaType, "text/"),
		strings.HasSuffix(mediaType, "json"),
		strings.HasSuffix(mediaType, "xml"),
		mediaType == "application/x-bibtex":
		return true
	}
	return false
}

// inject adds the live reload script before </body>, or at the end of a
// page that has none.
func inject(page []byte, build string) []byte {
	tag := fmt.Sprintf(`<script src="%s" data-build="%s" defer></script>`, scriptPath, html.EscapeString(build))
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(page[:len(page):len(page)], tag...)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// events streams the server's messages to one open page until it goes
// away or the server stops. It starts with the current state, so a page
// opened, or reconnected after a restart, learns at once whether it is
// stale and whether the build is failing.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch, err := s.hub.subscribe()
	if err != nil {
		// live.js waits and tries again, longer each time, so that the
		// pages over the cap do not all come back at once.
		w.Header().Set("Retry-After", strconv.Itoa(int(retryLive/time.Second)))
		msg := "lectern serve is stopping\n"
		if errors.Is(err, errFull) {
			msg = fmt.Sprintf("lectern serve already has %d pages listening for changes, as many as it allows; this page will try again later\n", s.opts.MaxLiveClients)
		}
		http.Error(w, msg, http.StatusServiceUnavailable)
		return
	}
	defer s.hub.unsubscribe(ch)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("Connection", "keep-alive")
	w.WriteHeader(http.StatusOK)

	writeEvent(w, message{"hello", buildJSON(s.buildID())})
	if lines := s.failure(); lines != nil {
		writeEvent(w, errorsMessage(lines))
	}
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case m, ok := <-ch:
			if !ok {
				return
			}
			writeEvent(w, m)
			flusher.Flush()
		}
	}
}

func writeEvent(w http.ResponseWriter, m message) {
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", m.event, m.data)
}

func buildJSON(id string) string {
	b, _ := json.Marshal(map[string]string{"build": id})
	return string(b)
}

func errorsMessage(lines []string) message {
	b, _ := json.Marshal(lines)
	return message{"errors", string(b)}
}
