package markdown

import (
	"slices"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/dlclark/regexp2/v2"
)

// chroma gives each rule of a lexer 250 ms to match and takes a rule that
// ran out of time for one that did not match. On a busy machine a
// goroutine can wait that long for a core, so the same code came out
// highlighted differently from one build to the next: "unchanged" pages
// were rewritten and a no-change build could not be proved. Highlighting
// must be a function of the code alone, so lexers here never time out.
// (chroma's lexers are written for highlighting, not for untrusted
// patterns: its rules have no catastrophic backtracking to guard against
// on the text of a page.)

// lexerRegistry returns chroma's lexers, each regular-expression lexer
// rebuilt to match without a time limit. A lexer that embeds another
// ("Using") finds it here too, so embedded code is untimed as well. The
// rebuilt lexers compile their rules on first use, as chroma's do.
var lexerRegistry = sync.OnceValue(func() *chroma.LexerRegistry {
	reg := chroma.NewLexerRegistry()
	for _, l := range lexers.GlobalLexerRegistry.Lexers {
		if rl, ok := l.(*chroma.RegexLexer); ok {
			l = untimed(rl)
		}
		reg.Register(l)
	}
	return reg
})

// untimed returns a lexer with l's configuration and rules whose root
// state starts with a rule holding noTimeout, which lifts the limit of
// every rule once they are compiled and removes itself.
func untimed(l *chroma.RegexLexer) chroma.Lexer {
	nl, err := chroma.NewLexer(l.Config(), func() chroma.Rules {
		rules, err := l.Rules()
		if err != nil {
			// No root state: tokenising fails, and the block is
			// written as plain code.
			return nil
		}
		// The rules are l's own; the copy keeps l as it was.
		out := make(chroma.Rules, len(rules))
		for state, rs := range rules {
			out[state] = slices.Clone(rs)
		}
		out["root"] = append([]chroma.Rule{{Mutator: noTimeout{}}}, out["root"]...)
		return out
	})
	if err != nil {
		return l
	}
	return nl
}

// noTimeout is the mutator of untimed's extra rule. chroma compiles every
// rule, setting its time limit, before it lets mutators change the
// compiled rules, which is the one moment the limit can be lifted.
type noTimeout struct{}

// Mutate implements chroma.Mutator; the rule is gone before any text is
// read, so it is never called.
func (noTimeout) Mutate(*chroma.LexerState) error { return nil }

// MutateLexer implements chroma.LexerMutator: it lifts the time limit of
// every compiled rule and removes its own rule.
func (noTimeout) MutateLexer(rules chroma.CompiledRules, state string, rule int) error {
	for _, rs := range rules {
		for _, r := range rs {
			if r.Regexp != nil {
				r.Regexp.MatchTimeout = regexp2.DefaultMatchTimeout
			}
		}
	}
	rules[state] = slices.Delete(rules[state], rule, rule+1)
	return nil
}
