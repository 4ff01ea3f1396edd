package content

import "strings"

// blockTalks warns about talks a page builder keeps inside a page's
// blocks (CloudCannon Bookshop's content_blocks: [{_bookshop_name:
// sections/schedule, talks: [{title, speakers}…]}]): the site's
// templates render them, which lectern does not read, so without a word
// the site would lose its talks. A block's list of mappings with a title
// under a key naming talks or sessions counts; the warning is at the
// first such key and says how many there are and how to publish them.
func (f *fields) blockTalks() {
	blocks := f.root.get("content_blocks")
	if blocks == nil || blocks.kind != listNode {
		return
	}
	n, first := 0, entry{}
	for _, b := range blocks.items {
		if b.kind != mapNode {
			continue
		}
		for _, e := range b.keys {
			k := BareKey(e.key)
			if e.val.kind != listNode || !strings.Contains(k, "talk") && !strings.Contains(k, "session") {
				continue
			}
			for _, it := range e.val.items {
				if t := it.get("title"); t != nil && t.kind == scalarNode && !t.isNull() {
					if n == 0 {
						first = e
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		return
	}
	what := "mappings under content_blocks are"
	if n == 1 {
		what = "mapping under content_blocks is"
	}
	f.warnf(first.pos, "%d talk-like %s not read: lectern does not run the templates that show a page builder's blocks; give each talk a file of its own (content/talks/<slug>.md with its title, speakers and date) to have it listed", n, what)
}
