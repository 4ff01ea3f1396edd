package markdown

import (
	"strings"
	"testing"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/dlclark/regexp2/v2"
)

// TestNoTimeoutLiftsEveryLimit: the mutator must reach the rules of every
// state, as chroma compiled them with its 250 ms, and take its own rule
// out so that it never matches text.
func TestNoTimeoutLiftsEveryLimit(t *testing.T) {
	compiled := func(pattern string) *chroma.CompiledRule {
		re := regexp2.MustCompile(pattern)
		re.MatchTimeout = 250 * time.Millisecond
		return &chroma.CompiledRule{Regexp: re}
	}
	own := &chroma.CompiledRule{Rule: chroma.Rule{Mutator: noTimeout{}}, Regexp: regexp2.MustCompile(`\G(?:)`)}
	rules := chroma.CompiledRules{
		"root":   {own, compiled(`a+`), compiled(`b`)},
		"string": {compiled(`"`)},
	}
	if err := (noTimeout{}).MutateLexer(rules, "root", 0); err != nil {
		t.Fatal(err)
	}
	if len(rules["root"]) != 2 || rules["root"][0] == own {
		t.Errorf("root holds %d rules, want the 2 of its own", len(rules["root"]))
	}
	for state, rs := range rules {
		for i, r := range rs {
			if r.Regexp.MatchTimeout != regexp2.DefaultMatchTimeout {
				t.Errorf("%s rule %d keeps a limit of %v", state, i, r.Regexp.MatchTimeout)
			}
		}
	}
}

// TestUntimedLexersTokeniseAsChromas: apart from time, the rebuilt lexers
// are chroma's, embedded lexers included (HTML holds CSS and JavaScript).
func TestUntimedLexersTokeniseAsChromas(t *testing.T) {
	for lang, code := range map[string]string{
		"go":     "package main\n\nfunc main() { println(\"hi\") } // done\n",
		"python": "def f(x):\n    return x ** 2  # square\n",
		"html":   "<style>p { color: red }</style><script>let x = 1 + 2;</script><p>hi</p>\n",
		"yaml":   "title: x\nlist:\n  - a\n",
	} {
		mine, theirs := lexerRegistry().Get(lang), lexers.Get(lang)
		if mine == nil || theirs == nil {
			t.Fatalf("%s: no lexer", lang)
		}
		if mine == theirs {
			t.Errorf("%s: the registry hands out chroma's own lexer", lang)
		}
		if got, want := tokens(t, mine, code), tokens(t, theirs, code); got != want {
			t.Errorf("%s:\n got %s\nwant %s", lang, got, want)
		}
	}
}

func tokens(t *testing.T, l chroma.Lexer, code string) string {
	t.Helper()
	it, err := l.Tokenise(nil, code)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, tok := range it.Tokens() {
		b.WriteString(tok.Type.String() + ":" + tok.Value + "|")
	}
	return b.String()
}
