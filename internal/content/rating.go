package content

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// rating reads a rating of 1 to 5 as reading lists write it: a whole
// number, a half (4.5, "3.5") or another decimal on the same scale, kept
// as written. Empty text, null and 0 are "not rated yet", as exports of
// reading sites and hand-kept lists write it: no rating, and nothing to
// warn about. problem says what is wrong with any other value ("is not
// a number", "is out of range"); it is "" when v is a rating or none.
func rating(n *node) (v float64, problem string) {
	if n == nil || n.isNull() {
		return 0, ""
	}
	if n.kind != scalarNode {
		return 0, "is not a number"
	}
	s := strings.TrimSpace(n.text)
	if s == "" {
		return 0, ""
	}
	v, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil || math.IsNaN(v) || math.IsInf(v, 0):
		return 0, "is not a number"
	case v == 0:
		return 0, ""
	case v < 1 || v > 5:
		return 0, "is out of range"
	}
	return v, ""
}

// FormatRating writes a rating as its shortest decimal: 4, 4.5.
func FormatRating(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// warnRatings says which ratings the list writes that lectern cannot read. A
// scale other than 1 to 5 is not guessed at: 3 out of 10 and 3 out of
// 5 read alike.
func (o *oddValues) warnRatings(f *fields, key string) {
	const use = "use 1 to 5 (halves such as 4.5 too)"
	switch {
	case o.count == 0:
	case o.count == 1:
		f.warnf(o.first.pos, "rating %s in item %d of %q %s; %s", o.values[0], o.n, key, o.problem, use)
	default:
		shown := o.values
		if len(shown) > 5 {
			shown = append(slices.Clip(shown[:5]), "…")
		}
		f.warnf(o.first.pos, "ratings %s in %d items of %q are not 1 to 5, the first here, and those items are read without one; %s: lectern does not guess at another scale (out of 10), so write each out of 5",
			strings.Join(shown, ", "), o.count, key, use)
	}
}
