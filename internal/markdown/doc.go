// Package markdown is lectern's one configured goldmark: it turns a page
// body or a long text field into HTML and, from the same parse, the facts
// the site model needs about it (headings, the reading list written in
// prose, a plain-text excerpt, a word count) plus positioned warnings.
//
// A Renderer is built once per build with New and shared by every worker:
// goldmark, the highlighter and the sanitizing policy are configured once
// and never per call.
//
// What a body may contain:
//
//   - GitHub flavoured markdown (tables, task lists, strikethrough,
//     autolinks), footnotes and typographic punctuation (never inside code).
//   - Headings get an id made from their text (letters of every script are
//     kept, the rest become hyphens; unique within the document) and a
//     visible anchor link after the text: <a class="anchor">#</a>.
//   - Fenced code in a language chroma knows is highlighted with CSS
//     classes (see HighlightCSS); other code is a plain <pre><code>.
//   - Tables are wrapped in <div class="table-wrap"> so a theme can let
//     them scroll sideways on narrow screens.
//   - Images get loading="lazy".
//   - Raw HTML follows Options.RawHTML: kept as written, sanitized, or
//     omitted without a trace. Links and images written in markdown never
//     keep a javascript:, vbscript:, file: or data: URL (data images
//     excepted), whatever the policy.
//   - Liquid and Hugo template tags with one meaning (post_url, link, ref,
//     relref, site and page values, highlight, raw, comment, youtube, vimeo,
//     bilibili, figure…) are resolved before parsing, asking the model through Tags
//     for what only it knows; every other tag is shown as written and
//     reported once per file. See docs/template-tags.md.
//   - TeX math ($…$, $$…$$, \(…\), \[…\]) is kept as written, in the
//     delimiters KaTeX and MathJax find; a $ before a price is a dollar.
package markdown
