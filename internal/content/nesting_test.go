package content_test

import (
	"os"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"lectern/internal/content"
)

// TestBulletsNestInCommonMark checks with a real CommonMark parser that
// repaired bullets become nested lists and never code blocks.
func TestBulletsNestInCommonMark(t *testing.T) {
	tests := []struct {
		name      string
		src       []byte
		minNested int
	}{
		{"indented bullets after a paragraph", []byte("Title\n\nCory Benfield, Tweet\n  • a\n\n    more a\n\n    —David\n  • b\n\n    • b1\n    • b2\n      • b2x\n\n      quoted under b2\n  • c\n"), 2},
		{"deep bullets after a blank line", []byte("Title\n\nIntro\n\n        • deep\n          • deeper\n"), 1},
	}
	if seed, err := os.ReadFile("../../../shared/seeds/002_03c659c29ec7e8f4.txt"); err == nil {
		tests = append(tests, struct {
			name      string
			src       []byte
			minNested int
		}{"seed 002", seed, 5})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := content.Parse("content/notes/a.txt", tt.src, content.Options{})
			root := goldmark.New().Parser().Parse(text.NewReader(doc.Body))
			nested, lists := 0, 0
			err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if !entering {
					return ast.WalkContinue, nil
				}
				switch n.Kind() {
				case ast.KindCodeBlock, ast.KindFencedCodeBlock:
					seg := n.Lines().At(0)
					t.Errorf("code block at %q", seg.Value(doc.Body))
				case ast.KindList:
					lists++
					if n.Parent() != nil && n.Parent().Kind() == ast.KindListItem {
						nested++
					}
				}
				return ast.WalkContinue, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if lists == 0 || nested < tt.minNested {
				t.Errorf("found %d lists, %d nested; want at least %d nested", lists, nested, tt.minNested)
			}
		})
	}
}
