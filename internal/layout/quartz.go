package layout

import (
	"io/fs"
	"path"
	"regexp"
	"strings"
)

// QuartzConfig is a Quartz site's config: a TypeScript module whose
// configuration object names the site and the files left out.
const QuartzConfig = "quartz.config.ts"

// quartz is the layout of a Quartz digital garden: its pages are the
// markdown files of content/, published at their paths as Quartz
// slugifies them; the rest of the repository (quartz/, its components,
// scripts and static files) is Quartz itself. ignorePatterns in the
// config leave out files and folders of content/ (a private journal,
// templates), as Quartz's globbing does.
func quartz(fsys fs.FS) Layout {
	var ignore []string
	if src, err := fs.ReadFile(fsys, QuartzConfig); err == nil {
		ignore = quartzIgnore(string(src))
	}
	return Layout{Tool: Quartz, Evidence: QuartzConfig, ContentDir: "content", ConfigFile: QuartzConfig,
		fileTitles: true,
		skip: func(p string, dir bool) bool {
			rel, ok := strings.CutPrefix(p, "content/")
			return ok && quartzIgnored(ignore, rel)
		}}
}

// quartzOpen is the line opening Quartz's config object,
// "const config: QuartzConfig = {".
var quartzOpen = regexp.MustCompile(`^\s*(?:export\s+)?(?:const|let|var)\s+\w+\s*(?::\s*QuartzConfig\s*)?=\s*\{`)

// quartzIgnorePatterns finds the ignorePatterns array, on one line or
// several; quartzString a quoted string within it.
var (
	quartzIgnorePatterns = regexp.MustCompile(`(?s)ignorePatterns\s*:\s*\[(.*?)\]`)
	quartzString         = regexp.MustCompile("\"([^\"\\\\\n]*)\"|'([^'\\\\\n]*)'|`([^`$\\\\]*)`")
)

// quartzIgnore returns the config's ignorePatterns, written plainly as
// strings; a pattern computed in code is not seen.
func quartzIgnore(src string) []string {
	m := quartzIgnorePatterns.FindStringSubmatch(src)
	if m == nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(m[1], "\n") {
		if i := strings.Index(line, "//"); i >= 0 && !strings.ContainsAny(line[:i], "\"'`") {
			line = line[:i] // a pattern commented out
		}
		for _, s := range quartzString.FindAllStringSubmatch(line, -1) {
			if p := strings.Trim(s[1]+s[2]+s[3], "/"); p != "" {
				out = append(out, strings.TrimPrefix(p, "./"))
			}
		}
	}
	return out
}

// quartzIgnored reports whether p, a path under content/, is left out by
// one of Quartz's ignore patterns: globs from content/, where a pattern
// naming a folder ("Journal", "Areas/People") leaves out what it holds,
// "*" stays within a name and "**" crosses folders.
func quartzIgnored(patterns []string, p string) bool {
	for _, pat := range patterns {
		for q := p; q != "." && q != ""; q = path.Dir(q) {
			if globMatch(pat, q) {
				return true
			}
		}
	}
	return false
}

// globMatch matches p against a glob whose "**" parts match any number
// of folders, and whose other parts are path.Match's.
func globMatch(pat, p string) bool {
	return globParts(strings.Split(pat, "/"), strings.Split(p, "/"))
}

func globParts(pat, p []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(p); i++ {
				if globParts(pat[1:], p[i:]) {
					return true
				}
			}
			return false
		}
		if len(p) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], p[0]); !ok {
			return false
		}
		pat, p = pat[1:], p[1:]
	}
	return len(p) == 0
}

// quartz reads the title, address and language of Quartz's
// configuration object (pageTitle, baseUrl, locale). Quartz writes its
// baseUrl without a scheme ("notes.example.org/garden") and publishes at
// https.
func (f *foreign) quartz(fsys fs.FS) {
	src := f.read(fsys, QuartzConfig)
	if src == nil {
		return
	}
	top := jsObject(src, quartzOpen.MatchString)
	cfg, _ := top["configuration"].(map[string]any)
	if cfg == nil {
		return
	}
	f.title(cfg["pageTitle"])
	if u := strings.TrimSpace(str(cfg["baseUrl"])); u != "" {
		if !strings.Contains(u, "://") {
			u = "https://" + u
		}
		f.baseURL("baseUrl", u)
	}
	if l := str(cfg["locale"]); l != "" {
		f.c.Language = l
	}
}
