package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/parser"
)

// kramdown reads an HTML block element raw up to its matching end tag,
// blank lines included (its option parse_block_html is false unless a
// site sets it), where CommonMark ends the HTML block at the first blank
// line and shows what follows as markdown, indented rows as code. So that
// an element left open does not swallow the rest of the page, as it does
// in kramdown, the blank lines are crossed only when the element's
// matching end tag (elements of its name nested in it counted) comes
// later in the page; else a blank line ends it as before.

// kramdownClose is the parser context key of the closeFinder of a
// document, made on the first element that needs it.
var kramdownClose = parser.NewContextKey()

// closeFinder answers, for each element name, where the element opened on
// a line closes, in time linear in the page for all elements of the name.
type closeFinder struct {
	src    []byte
	starts []int            // the offset of each line's start
	next   map[string][]int // per name: for line boundary k, the first later boundary whose depth is at most k's, or -1
	depth  map[string][]int // per name: the depth of the elements of the name before each line boundary
}

func closeFinderOf(pc parser.Context, src []byte) *closeFinder {
	if c, ok := pc.Get(kramdownClose).(*closeFinder); ok {
		return c
	}
	c := &closeFinder{src: src, next: map[string][]int{}, depth: map[string][]int{}}
	for i := 0; i < len(src); {
		c.starts = append(c.starts, i)
		n := bytes.IndexByte(src[i:], '\n')
		if n < 0 {
			break
		}
		i += n + 1
	}
	pc.Set(kramdownClose, c)
	return c
}

// line returns the index of the line holding offset.
func (c *closeFinder) line(offset int) int {
	lo, hi := 0, len(c.starts)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if c.starts[mid] <= offset {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

func (c *closeFinder) lineEnd(i int) int {
	if i+1 < len(c.starts) {
		return c.starts[i+1]
	}
	return len(c.src)
}

// end returns the offset just past the line that closes the element
// named name whose start tag is on the line holding offset, leaving it
// open by depth; or -1 when the page never closes it.
func (c *closeFinder) end(name string, offset, depth int) int {
	if len(c.starts) == 0 {
		return -1
	}
	if c.next[name] == nil {
		c.index(name)
	}
	d, i := c.depth[name], c.line(offset)
	// A start line counted otherwise whole than from the tag (text
	// before it holding tags of the name) is not guessed at.
	if d[i+1]-d[i] != depth {
		return -1
	}
	j := c.next[name][i]
	if j < 0 {
		return -1
	}
	return c.lineEnd(j - 1)
}

// index fills depth and next for name: boundary k is before line k, and
// the element opened on line i is closed on the line before the first
// boundary after i whose depth is at most that of boundary i.
func (c *closeFinder) index(name string) {
	d := make([]int, len(c.starts)+1)
	for i := range c.starts {
		d[i+1] = d[i] + elementDepth(c.src[c.starts[i]:c.lineEnd(i)], name)
	}
	next := make([]int, len(d))
	var stack []int
	for k := len(d) - 1; k >= 0; k-- {
		for len(stack) > 0 && d[stack[len(stack)-1]] > d[k] {
			stack = stack[:len(stack)-1]
		}
		next[k] = -1
		if len(stack) > 0 {
			next[k] = stack[len(stack)-1]
		}
		stack = append(stack, k)
	}
	c.depth[name], c.next[name] = d, next
}

// markdownAttr reports whether the start tag at the beginning of line
// asks kramdown to read the element's content as markdown (markdown="1",
// "block" or "span"); "0" asks for it raw, as without the attribute.
func markdownAttr(line []byte) bool {
	end := bytes.IndexByte(line, '>')
	if end < 0 {
		end = len(line)
	}
	tag := bytes.ToLower(line[:end])
	for i := 0; ; {
		n := bytes.Index(tag[i:], []byte("markdown="))
		if n < 0 {
			return false
		}
		i += n
		if c := tag[max(i-1, 0)]; c == ' ' || c == '\t' {
			f := bytes.Fields(tag[i+len("markdown="):])
			if len(f) == 0 {
				return false
			}
			v := string(bytes.Trim(f[0], `"'/`))
			return v == "1" || v == "block" || v == "span"
		}
		i++
	}
}
