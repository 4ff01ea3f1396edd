package site

import (
	"html/template"
	"strings"

	"lectern/internal/content"
	"lectern/internal/diag"
	"lectern/internal/markdown"
)

// summaryTexts returns a page's summary rendered (html), its summary as
// written and its description (excerpt) held in one allocation where
// it can: the HTML's, followed by the description when the HTML does not
// hold it. A summary is most often plain prose, which its HTML holds
// verbatim ("<p>" + summary + "</p>\n"); its description is that prose,
// or its start cut at 200 characters with "…" added. A build holds all
// three for every page to its end, and each as a string of its own took
// about 0.3 KB a talk of the generated sites, 12–19 MB of the model at
// 50,000 talks (docs/memory.md). The strings are equal to those given:
// only where their bytes are changes.
func summaryTexts(html []byte, summary, excerpt string) (template.HTML, string, string) {
	var h string
	if i := strings.Index(string(html), excerpt); i >= 0 {
		h = string(html)
		excerpt = h[i : i+len(excerpt)]
	} else {
		all := string(append(html[:len(html):len(html)], excerpt...))
		h, excerpt = all[:len(html)], all[len(html):]
	}
	if i := strings.Index(h, summary); i >= 0 {
		summary = h[i : i+len(summary)]
	}
	return template.HTML(h), summary, excerpt
}

// repeatsBody reports whether a summary says what its page's body opens
// with (their excerpts, the first paragraph's text, are one): as pretalx
// and other exporters write the abstract twice, as description and as
// the body. The summary then describes the page (its meta description,
// lists, feeds) but is not shown above the body that says it.
func repeatsBody(summary, body string) bool {
	return summary != "" && strings.TrimSuffix(summary, "…") == strings.TrimSuffix(body, "…")
}

// abstractHTML is the HTML of d's abstract, shown on its page before the
// body in place of its summary, which describes the page elsewhere (see
// content.Document.Abstract); ok is false when d writes no abstract
// apart. An abstract saying what the body opens with is not shown
// twice, as a summary is not (repeatsBody): the HTML is then empty.
func abstractHTML(md *markdown.Renderer, memo *Memo, d *content.Document, bodyExcerpt string) (template.HTML, bool, diag.List) {
	if d.Extras().Abstract == "" {
		return "", false, nil
	}
	text := memo.text(md, d.File, d.Extras().Abstract, d.Pos("abstract").Line)
	if repeatsBody(text.Excerpt, bodyExcerpt) {
		return "", true, text.Diags
	}
	return template.HTML(text.HTML), true, text.Diags
}

// summaryDiags are the diagnostics of d's summary and abstract as a
// build reports them, for a patch to take back those of the page as it
// was.
func summaryDiags(md *markdown.Renderer, memo *Memo, d *content.Document) diag.List {
	var diags diag.List
	if d.Summary != "" {
		diags.Append(memo.text(md, d.File, d.Summary, d.Pos("summary").Line).Diags)
	}
	if d.Extras().Abstract != "" {
		diags.Append(memo.text(md, d.File, d.Extras().Abstract, d.Pos("abstract").Line).Diags)
	}
	return diags
}

// AbstractHTML is the page's abstract as its page shows it before the
// body: SummaryHTML when the page writes an abstract apart from its
// summary (content.Document.Abstract), else empty. A note's page shows
// it where a talk's shows SummaryHTML, as Hugo Academic's publication
// pages show the abstract and list the summary; a note's summary alone
// stays an excerpt for lists and feeds, not shown above its own body.
func (p *Page) AbstractHTML() template.HTML {
	if p.Doc.Extras().Abstract == "" {
		return ""
	}
	return p.SummaryHTML
}
