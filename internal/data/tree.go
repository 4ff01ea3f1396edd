package data

import (
	"strconv"
	"strings"

	"lectern/internal/diag"
)

// put stores a file's value in the data tree under its path: folders,
// then the file's base name without extension. A file and a folder of the
// same name ("events.yml" beside "events/") cannot both be a key: the
// folder keeps it and the file is reported at pos.
func put(tree map[string]any, rel string, value any, diags *diag.List, pos diag.Pos) {
	parts := strings.Split(rel, "/")
	parts[len(parts)-1] = stem(rel)
	node := tree
	for i, p := range parts[:len(parts)-1] {
		next, ok := node[p].(map[string]any)
		if !ok {
			if _, taken := node[p]; taken {
				diags.Warnf(pos, "the data key %q is both a file and a folder; the folder's files are not in .Site.Data: rename one of them", strings.Join(parts[:i+1], "."))
				return
			}
			next = map[string]any{}
			node[p] = next
		}
		node = next
	}
	last := parts[len(parts)-1]
	if _, taken := node[last]; taken {
		diags.Warnf(pos, "the data key %q is also the name of a folder or another file with the same base name; this file is not in .Site.Data: rename one of them", strings.Join(parts, "."))
		return
	}
	node[last] = value
}

// scalarString is a plain value written as text or a number, as text.
func scalarString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}
