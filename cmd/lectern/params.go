package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// sortedParams yields the unknown front matter fields in key order, their
// values printed compactly.
func sortedParams(params map[string]any) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for _, k := range slices.Sorted(maps.Keys(params)) {
			if !yield(k, fmt.Sprint(params[k])) {
				return
			}
		}
	}
}
