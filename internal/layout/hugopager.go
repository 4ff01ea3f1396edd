package layout

import (
	"strconv"
)

// hugoPagerSize returns how many entries Hugo puts on one page of a
// list: pagination.pagerSize (Hugo 0.128 and later), else the older
// top-level paginate, 0 when the config sets neither or sets no
// positive whole number. A blog's home and section lists are split at
// that size, and its readers' links and bookmarks name the later pages
// (/page/2/, /posts/page/3/) by it, so lectern splits them the same.
func hugoPagerSize(m map[string]any) int {
	pg, _ := m["pagination"].(map[string]any)
	for _, v := range []any{pg["pagersize"], m["paginate"]} {
		if n, err := strconv.Atoi(str(v)); err == nil && n > 0 {
			return n
		}
	}
	return 0
}
