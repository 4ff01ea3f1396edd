package content

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/frontmatter"
	"golang.org/x/tools/txtar"
)

// pageExts are the extensions whose files Parse reads in different ways.
var pageExts = []string{".md", ".mdx", ".html"}

// FuzzParse feeds arbitrary bytes through Parse: it must never panic, never
// modify its input, and always return a document whose diagnostics name
// its file and whose body starts on a line of the file.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"---\ntitle: x\ndate: 2017-08-16 11:30:00 -0500\nspeakers:\n- name: A\n  social: {twitter: b}\n---\nBody\n",
		"+++\ntitle = \"x\"\ndate = 2017-08-16T11:30:00\n+++\n",
		"{\n \"title\": \"x\", \"m\": {\"a\": [1, 2.5, null]}\n}\nBody\n",
		"---\n\nLone break\n\nâ€“ Ã© Ã\n  • a\n    • b\n",
		"---\na: &a [*a]\nb: *a\n<<: *a\n---\n",
		"\uFEFF# Title\r\n\r\nText\r",
		"name: Aaron Bassett\n---\nBio\n", "title: x\n  y\n- z\n---\n", "Note: x\n---\n",
		"---json\n{\"title\": \"x\", \"tags\": [\"a\"]}\n---\nBody\n", "---yaml\ntitle: x\n---\n", "---js\n{ a: 1 }\n---\n", "---toml\n---\n",
		"import a from 'b';\nexport const c = {\n d,\n}\n<Image src={a} alt=\"x > y\" />\n<Card>\n<Card>x</Card>\n</Card>\n```\n<X/>\n",
		"<A\n", "<A>", "+++\n+++\n~~~\n<b>\n~~~\n```\n~~~\n", "@def a = 1\n~~~\n~~~\n~~~", "---\ntitle: x\n---\n<p>~~~\n~~~~{=html}\n</p>\n", "<A b={{\"}\"}}/>", "export ",
		"<div style={{textAlign: 'center', 'x': 1}} className=\"a\">\n```\n<p a={b}>\n```\n<img src={x\n}/>\n", "<p x={", "<p className=", "<a b={`x`} c={\"\\\"\"} d={true}>", "`<p a={1}>`\n<b c={{d: e}}",
		"+++\n+++\n@@row\n  @@col\n    ~~~\n<b>\n    ~~~\n  @@\n\\\\\n\\begin{box}{title=\"T\"}\nx ~~~<i>y</i>~~~\n\\end{box}\n\\fig{/a.png}\n\\keynote{a=\"b\"}\n$$\n\\begin{align}\n$$\n@@\n",
		"@def description = \"\"\"\n    a\n  b\n\"\"\"\n@def tags = [\n  \"a\",\n]\n{{blogposts}}\n# {{fill title}}\n",
		"---\nname: A\nsocials:\n- {platform: github, url: 'https://github.com/a'}\n- https://x.com/b\n- {icon: 'fab fa-x', href: 'https://m.example/@c'}\nlinks:\n- {name: Site, absolute_url: 'https://a.example', disabled: true}\n---\n",
		"caf\xe9\n", "ok é \xff\n", "", "---", "{", "{\"a\"", "+++\n+++\n",
		"---\ntitle: \"N\x00UL\"\nroom: \x7f\u0085\n---\n",
		"+++\ndate = Date(2023, 2, 30)\n+++\n@def d = Date(\"2023-02-30\")\n@def e = Date(0, 13, 0)\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob("testdata/*.txtar"); len(files) > 0 {
		for _, file := range files {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				continue
			}
			for _, af := range ar.Files {
				if af.Name != "want" {
					f.Add(af.Data)
				}
			}
		}
	}
	if seedFiles, _ := filepath.Glob(filepath.Join(seedDir, "*")); len(seedFiles) > 0 {
		for _, s := range seedFiles {
			if b, err := os.ReadFile(s); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		orig := bytes.Clone(src)
		// A hang is a failure too; crashing the worker makes the fuzzer keep the input.
		watchdog := time.AfterFunc(3*time.Second, func() { panic(fmt.Sprintf("hang on %q", src)) })
		defer watchdog.Stop()
		// A table shared by every parse below, as Load shares one.
		strs := newStrtab()
		// Every page format reads the same bytes differently.
		for _, ext := range pageExts {
			d := Parse("content/talks/f"+ext, src, Options{})
			// Texts shared through a table read the same (%#v: NaN is
			// not equal to itself).
			if shared := Parse("content/talks/f"+ext, src, Options{strs: strs}); goString(shared) != goString(d) {
				t.Fatalf("a document read with a table of texts differs:\n%s\nwant\n%s", goString(shared), goString(d))
			}
			if !bytes.Equal(src, orig) {
				t.Fatal("Parse modified its input")
			}
			if d == nil || d.File != "content/talks/f"+ext || d.Path != "talks/f"+ext {
				t.Fatalf("bad document %+v", d)
			}
			if d.BodyLine < 1 {
				t.Fatalf("body line %d", d.BodyLine)
			}
			if _, ok := ParseKind(string(d.Kind)); !ok {
				t.Fatalf("kind %q", d.Kind)
			}
			// Lines as the loader counts them: a lone CR ends one too.
			lines := bytes.Count(normalizeNewlines(src), []byte("\n")) + 1
			for _, dg := range d.Diags {
				if dg.Pos.File != d.File || dg.Pos.Line < 0 || dg.Pos.Line > lines+1 {
					t.Fatalf("diagnostic %q has a bad position", dg)
				}
			}
		}
	})
}

// FuzzDelimitedEnd checks that handing adrg/frontmatter only the lines up
// to the closing delimiter finds the same front matter, with the same
// length, as handing it the whole file.
func FuzzDelimitedEnd(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: x\n---\nbody\n",
		"\n\n  ---  \ntitle: x\n --- \nbody --- \n---\n",
		"+++\ntitle = 'x'\n+++\n",
		"---\ntitle: x\n",
		"---",
		"title: x\n---\n",
		"---\r\ntitle: x\r\n---\r\nbody",
		"---\n---\n---\n",
		"+++\n---\n+++\n---\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		start, _ := firstContentLine([]byte(text))
		if start < 0 {
			return
		}
		var whole, head captured
		restWhole, errWhole := frontmatter.Parse(strings.NewReader(text), &whole, delimited...)
		end, _ := delimitedEnd([]byte(text), start)
		restHead, errHead := frontmatter.Parse(strings.NewReader(text[:end]), &head, delimited...)
		if (errWhole == nil) != (errHead == nil) || whole.format != head.format || string(whole.data) != string(head.data) {
			t.Fatalf("%q: whole file gives %q %q %v, head %q gives %q %q %v", text, whole.format, whole.data, errWhole, text[:end], head.format, head.data, errHead)
		}
		if whole.format != "" && len(text)-len(restWhole) != end-len(restHead) {
			t.Fatalf("%q: front matter ends at %d in the whole file, %d in the head", text, len(text)-len(restWhole), end-len(restHead))
		}
	})
}

// goString prints d with its Extra's fields, not its address.
func goString(d *Document) string {
	cp, extra := *d, d.Extras()
	cp.Extra = nil
	return fmt.Sprintf("%#v %#v", cp, extra)
}
