package layout

import (
	"strings"
	"testing"
	"testing/fstest"

	"lectern/internal/content"
)

const quartzConfigTS = `import { QuartzConfig } from "./quartz/cfg"

const config: QuartzConfig = {
  configuration: {
    pageTitle: "🔗 Two minds",
    enableSPA: true,
    analytics: {
      provider: "plausible",
    },
    locale: "en-GB",
    baseUrl: "notes.example.org/garden",
    ignorePatterns: ["private", "Journal", ".obsidian",
      "Areas/People", "**/*.excalidraw.md",
      // "Drafts",
    ],
  },
  plugins: {},
}

export default config
`

// A Quartz garden: content/ is read, less what ignorePatterns leaves
// out; the rest of the repository is Quartz itself.
func TestQuartz(t *testing.T) {
	fsys := fstest.MapFS{
		"quartz.config.ts":                        file(quartzConfigTS),
		"package.json":                            file(`{"name": "quartz"}`),
		"quartz/components/Head.tsx":              file("x"),
		"quartz/static/icon.png":                  file("png"),
		"README.md":                               file("# Quartz v4"),
		"content/index.md":                        file("Welcome."),
		"content/Areas/Deep work.md":              file("Text."),
		"content/Areas/People/Ada.md":             file("Text."),
		"content/Areas/Peoples.md":                file("Text."),
		"content/Journal/2024-05-01.md":           file("Dear diary."),
		"content/Drafts/a.md":                     file("Text."),
		"content/private/x.md":                    file("Text."),
		"content/Areas/private/kept.md":           file("Text."),
		"content/Areas/board.excalidraw.md":       file("Text."),
		"content/Areas/pictures/cover.png":        file("png"),
		"content/Areas/pictures/Journal/scan.png": file("png"),
	}
	l, pages, assets := load(t, fsys)
	if l.Tool != Quartz || l.Evidence != QuartzConfig || !l.FileTitles() {
		t.Fatalf("Detect = %s (%s), file titles %v", l.Tool, l.Evidence, l.FileTitles())
	}
	want := "content/Areas/Deep work.md content/Areas/Peoples.md content/Areas/private/kept.md content/Drafts/a.md content/index.md"
	if got := strings.Join(pages, " "); got != want {
		t.Errorf("pages:\n got %s\nwant %s", got, want)
	}
	if got, want := strings.Join(assets, " "), "content/Areas/pictures/Journal/scan.png content/Areas/pictures/cover.png"; got != want {
		t.Errorf("assets:\n got %s\nwant %s", got, want)
	}
	c, diags := l.Config(fsys)
	if len(diags) > 0 {
		t.Errorf("diags %v", diags.Strings())
	}
	if c.Title != "🔗 Two minds" || c.BaseURL != "https://notes.example.org/garden/" || c.Language != "en-GB" {
		t.Errorf("title %q, base URL %q, language %q", c.Title, c.BaseURL, c.Language)
	}
	if c.Permalinks.Pages != "/:path.html" || c.Permalinks.Note != "" {
		t.Errorf("page pattern %q, note pattern %q", c.Permalinks.Pages, c.Permalinks.Note)
	}
	if n := l.Names(c)("content"); n != content.QuartzNames {
		t.Errorf("names %v", n)
	}
}

// An Obsidian vault published as a folder of markdown titles its notes
// by their file names; another folder does not.
func TestObsidianFileTitles(t *testing.T) {
	vault := fstest.MapFS{".obsidian/app.json": file("{}"), "Deep work.md": file("Text.")}
	if l := Detect(vault); l.Tool != Folder || !l.FileTitles() {
		t.Errorf("vault: %s, file titles %v", l.Tool, l.FileTitles())
	}
	if l := Detect(fstest.MapFS{"Deep work.md": file("Text.")}); l.FileTitles() {
		t.Errorf("a folder of markdown without .obsidian/ has file titles")
	}
}

func TestGlobMatch(t *testing.T) {
	for _, c := range []struct {
		pat, p string
		want   bool
	}{
		{"Journal", "Journal", true},
		{"Journal", "Areas/Journal", false},
		{"**/Journal", "Areas/Journal", true},
		{"**/*.excalidraw.md", "board.excalidraw.md", true},
		{"**/*.excalidraw.md", "a/b/board.excalidraw.md", true},
		{"Areas/*/secret.md", "Areas/x/secret.md", true},
		{"Areas/*/secret.md", "Areas/x/y/secret.md", false},
		{"private/**", "private/a/b.md", true},
	} {
		if got := globMatch(c.pat, c.p); got != c.want {
			t.Errorf("globMatch(%q, %q) = %v, want %v", c.pat, c.p, got, c.want)
		}
	}
}
