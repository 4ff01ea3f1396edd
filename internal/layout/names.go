package layout

import (
	"lectern/internal/config"
	"lectern/internal/content"
)

// Names returns, for each folder pages are read from (ContentDir or one
// of Dirs), the rule by which the tool makes the names of a page's
// folders and file the parts of its URL when it publishes the page at
// its path (content.PathNames), so that a site read in place keeps its
// URLs: Hugo keeps an underscore where lectern's slugs put a hyphen.
// It returns nil, lectern's own rule, for lectern's layout and folders
// of markdown. c is the site's config, which may say
// how the tool names pages (Permalinks.UndatedNames).
func (l Layout) Names(c config.Config) func(root string) content.PathNames {
	var names content.PathNames
	switch l.Tool {
	case Hugo:
		names = content.HugoNames
		if c.Permalinks.UndatedNames {
			names = content.HugoUndatedNames
		}
	case Eleventy, Franklin, Quarto, RMarkdown:
		// Eleventy's default permalink is the input path; Franklin
		// writes posts/Big_Post.md to posts/Big_Post/index.html and
		// Quarto (and R Markdown) talks/Big_Talk.qmd to talks/Big_Talk.html, names as
		// written.
		names = content.WrittenNames
	case Jekyll:
		names = content.JekyllNames
	case Quartz:
		names = content.QuartzNames
	case Astro:
		// src/pages is routed by its files' paths as written; a content
		// collection's entries are named by github-slugger, part by
		// part, which most sites' [...slug] routes publish.
		return func(root string) content.PathNames {
			if root == "src/pages" {
				return content.WrittenNames
			}
			return content.GitHubNames
		}
	default:
		return nil
	}
	return func(string) content.PathNames { return names }
}
