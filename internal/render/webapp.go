package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"lectern/internal/diag"
	"lectern/internal/site"
)

// Where the web app's files are written.
const (
	manifestPath      = "manifest.webmanifest"
	serviceWorkerPath = "sw.js"
	iconDir           = "icons/"
)

// iconSizes are the PNG icons the manifest lists: the two sizes every
// browser asks an installable app for.
var iconSizes = []int{192, 512}

// maxPrecache is how many pages the service worker fetches when it is
// installed. Beyond it, pages are kept as they are visited: a reader on a
// venue's network should not download a 10,000-talk archive to open it.
const maxPrecache = 1000

// webManifest is manifest.webmanifest (W3C Web Application Manifest).
type webManifest struct {
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description,omitempty"`
	Lang            string         `json:"lang,omitempty"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	BackgroundColor string         `json:"background_color"`
	ThemeColor      string         `json:"theme_color"`
	Icons           []manifestIcon `json:"icons"`
}

type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
}

// webApp adds the manifest, its icons and the service worker.
func (b *jobs) webApp() {
	s := b.s
	m := webManifest{
		Name: s.Config.Title, ShortName: shortName(s.Config.Title), Description: s.Config.Description,
		Lang: s.Config.Language, StartURL: b.urls.rel("/"), Scope: b.urls.rel("/"), Display: "standalone",
		BackgroundColor: "#fdfcfa", ThemeColor: "#3b3fc4",
	}
	for _, n := range iconSizes {
		out := iconPath(n)
		m.Icons = append(m.Icons, manifestIcon{Src: b.urls.rel("/" + out), Sizes: sizeOf(n), Type: "image/png", Purpose: "any maskable"})
		initials := initialsOf(s.Config.Title)
		b.add(Job{
			// The icon draws the site's title: config.toml's.
			Path: out, Kind: KindIcon,
			render: func(*task) (Output, diag.List) {
				var diags diag.List
				body := drawIcon(initials, n)
				if body == nil {
					diags.Errorf(diag.Pos{}, "cannot draw the app icon %s: lectern's fonts did not load; reinstall lectern", out)
				}
				return Output{Path: out, MediaType: "image/png", Body: body}, diags
			},
		})
	}
	b.file(KindManifest, manifestPath, "application/manifest+json", nil, func(buf *bytes.Buffer) {
		enc := json.NewEncoder(buf)
		enc.SetIndent("", "  ")
		if err := enc.Encode(m); err != nil {
			panic(err) // strings only
		}
	})
	// The worker precaches what the site's outputs are, which any entry
	// may change.
	b.file(KindServiceWorker, serviceWorkerPath, "text/javascript", []Key{SiteKey}, func(buf *bytes.Buffer) {
		if b.r.preview() {
			buf.WriteString(retireWorker)
			return
		}
		writeWorker(buf, b.urls.rel("/"), b.buildHash(), b.precache())
	})
}

func iconPath(n int) string { return iconDir + "icon-" + strconv.Itoa(n) + ".png" }
func sizeOf(n int) string   { return strconv.Itoa(n) + "x" + strconv.Itoa(n) }

// shortName is the title for a home screen, where about 12 characters
// show: the title when short, else its initials.
func shortName(title string) string {
	if len([]rune(title)) <= 12 {
		return title
	}
	return initialsOf(title)
}

// initialsOf is the first letters of the first two words of a title,
// upper case ("Generated Conference Archive" → "GC"), or "L".
func initialsOf(title string) string {
	var out []rune
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out = append(out, unicode.ToUpper([]rune(w)[0]))
		if len(out) == 2 {
			break
		}
	}
	if len(out) == 0 {
		return "L"
	}
	return string(out)
}

// precache lists the root-relative URLs the service worker fetches on
// install: the home, search and schedule pages and the search index,
// the theme's styles and scripts, then the pages of the current
// programme's talks and speakers, then the others', at most maxPrecache
// pages in all.
func (b *jobs) precache() []string {
	s := b.s
	var out []string
	seen := map[string]bool{}
	add := func(u string) {
		if u != "" && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	add("/")
	add(searchPageURL)
	add("/" + searchIndexPath)
	add("/" + manifestPath)
	// Other jobs are written, and dropped (see Job.drop), while this one
	// runs: read only the two fields drop leaves, never copy a job.
	for i := range b.list {
		kind, path := b.list[i].Kind, b.list[i].Path
		switch {
		case kind == KindSchedule || kind == KindEvent:
			add(htmlURL(path))
		case kind == KindIcon || strings.HasSuffix(path, ".css") || strings.HasSuffix(path, ".js") || strings.HasSuffix(path, ".svg"):
			add("/" + path)
		}
	}
	var talks []*site.Page
	if s.Schedule != nil {
		talks = append(talks, visible(s.Schedule.Talks)...)
	}
	talks = append(talks, visible(s.Talks)...)
	pages := 0
	for _, p := range talks {
		if pages >= maxPrecache {
			break
		}
		if p.Pageless {
			continue // a break, whose URL has no page
		}
		if !seen[p.URL] {
			add(p.URL)
			pages++
		}
		for _, sp := range p.Speakers {
			if pages < maxPrecache && sp.URL != "" && !seen[sp.URL] {
				add(sp.URL)
				pages++
			}
		}
	}
	for i, u := range out {
		out[i] = b.urls.rel(u)
	}
	return out
}

// htmlURL is the URL of the HTML page written at path.
func htmlURL(path string) string {
	return "/" + strings.TrimSuffix(path, "index.html")
}

// buildHash names this build's cache in the service worker: a hash of
// the site's pages, people and settings and of the theme's files, so that
// any change a reader could see gives a new cache, and a build of the
// same input the same one.
func (b *jobs) buildHash() string {
	h := sha256.New()
	w := func(ss ...string) {
		for _, s := range ss {
			io.WriteString(h, s)
			h.Write([]byte{0})
		}
	}
	s := b.s
	w(s.Config.Title, s.Config.Description, s.Config.BaseURL, s.Config.Language)
	for _, p := range s.Pages {
		// The body by its hash: a build may have let the HTML go.
		sum := p.ContentSum()
		w(p.Doc.File, p.URL, p.Doc.Title, string(sum[:]), p.Description, p.Doc.Date.String(), p.Doc.End.String(), p.Doc.Room)
	}
	for _, sp := range s.Speakers {
		w(sp.Name, sp.URL, sp.Photo, sp.Bio, sp.Role, sp.Company)
	}
	for _, fsys := range []fs.FS{b.r.theme.Layouts, b.r.theme.Static} {
		if fsys == nil {
			continue
		}
		fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			body, _ := fs.ReadFile(fsys, name)
			w(name, string(body))
			return nil
		})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// drawIcon returns the app icon of n×n pixels: initials in white on the
// theme's accent, inside the middle 60% that a maskable icon keeps.
func drawIcon(initials string, n int) []byte {
	f, err := fonts()
	if err != nil {
		return nil
	}
	size := float64(n) * 0.42
	if len([]rune(initials)) == 1 {
		size = float64(n) * 0.5
	}
	face, err := opentype.NewFace(f[1], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil
	}
	defer face.Close()
	pal := color.Palette{cardAccent}
	for l := 1; l <= levels; l++ {
		pal = append(pal, mix(cardAccent, color.RGBA{0xff, 0xff, 0xff, 0xff}, l, levels))
	}
	img := image.NewPaletted(image.Rect(0, 0, n, n), pal)
	c := &cachedFace{Face: face, glyphs: map[rune]glyph{}}
	cv := canvas{img: img}
	m := face.Metrics()
	x := (n - c.width(initials)) / 2
	y := (n+m.CapHeight.Round())/2 - 1
	cv.text(c, initials, x, y, 0)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil
	}
	return buf.Bytes()
}
