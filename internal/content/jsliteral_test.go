package content

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

// TestDecodeScriptData pins which JavaScript data files lectern reads as
// the literal they export, and that it reads no value out of code: a
// file that computes, fetches or reads its data gives none, with the
// position of its export.
func TestDecodeScriptData(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the value as JSON, or "" when none is read
		at        string // line:col of the export when none is read
	}{
		{"an array exported at once, as JavaScript writes it",
			"// the speakers\nmodule.exports = [\n\t{ first_name: 'Wren', bio: `two\nlines`, tags: [\"a\", 'b',], },\n\t/* none yet */\n]\n",
			`[{"bio":"two\nlines","first_name":"Wren","tags":["a","b"]}]`, ""},
		{"JSON in a module",
			`export default {"name": "Ana", "n": 3, "x": 1.50, "ok": true, "no": null, "u": undefined};`,
			`{"n":3,"name":"Ana","no":null,"ok":true,"u":null,"x":1.5}`, ""},
		{"escapes and quotes inside texts",
			`module.exports = { a: 'isn\'t', b: "say \"hi\"", c: 'caf\u00e9', d: "x // not a comment" }`,
			`{"a":"isn't","b":"say \"hi\"","c":"café","d":"x // not a comment"}`, ""},
		{"a constant exported by name",
			"const speakers = [\n  { name: \"Ana\" },\n];\n\nexport default speakers;\n\n/*\nspeakers.forEach(s => fetch(s.photo));\n*/\n",
			`[{"name":"Ana"}]`, ""},
		{"a typed constant, sorted on its way out",
			"import type { Talk } from './types';\nconst talks: Talk[] = [{ title: 'B' }, { title: 'A' }]\nmodule.exports = talks.sort((a, b) => a.title < b.title ? -1 : 1);\n",
			`[{"title":"B"},{"title":"A"}]`, ""},
		{"constants named in the literal",
			"const ROOM = 'Hall A';\nlet year = 2024\nconst speakers = [{ name: 'Ana' }];\nmodule.exports = { room: ROOM, year, speakers };\n",
			`{"room":"Hall A","speakers":[{"name":"Ana"}],"year":2024}`, ""},
		{"an arrow function returning an object",
			"module.exports = () => {\n    return {\n        \"ana\": { \"name\": \"Ana\" }\n    }\n}\n",
			`{"ana":{"name":"Ana"}}`, ""},
		{"an async function and an arrow returning in parentheses",
			"export default async function data() { return [1, 2]; }",
			`[1,2]`, ""},
		{"an arrow returning in parentheses",
			"module.exports = async () => ({ a: 'b' });",
			`{"a":"b"}`, ""},
		{"data fetched", "const f = require('f');\n\nmodule.exports = async () => {\n  const r = await f('https://x');\n  return r.json();\n};\n",
			"", "3:1"},
		{"a function of several statements", "export default function () {\n  const y = 1;\n  return { y };\n}\n",
			"", "1:1"},
		{"a template literal with a substitution", "const y = 2024;\nmodule.exports = { title: `Conf ${y}` };\n",
			"", "2:1"},
		{"a value computed", "module.exports = { year: new Date().getFullYear() };\n", "", "1:1"},
		{"a spread", "const a = [1];\nmodule.exports = [...a, 2];\n", "", "2:1"},
		{"a method", "module.exports = { year() { return 1; } };\n", "", "1:1"},
		{"a name never declared", "module.exports = require('./speakers.json');\n", "", "1:1"},
		{"a constant filtered on its way out", "const s = [{a: 1}];\nmodule.exports = s.filter(x => x.a);\n", "", "2:1"},
		{"an expression after the literal", "module.exports = [1, 2].map(x => x * 2);\n", "", "1:1"},
		{"a constant changed by code", "const s = [1];\nexport default s.concat([2]);\n", "", "2:1"},
		{"nothing exported", "const s = [1];\n", "", "0:0"},
		{"named exports only", "export const speakers = [{ name: 'Ana' }];\n", "", "0:0"},
		{"a string never closed", "module.exports = { a: 'open };\n", "", "1:1"},
		{"a comment never closed", "module.exports = [1] /* open\n", `[1]`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, at, ok := DecodeScriptData("_data/s.js", []byte(tt.src))
			if tt.want == "" {
				if ok {
					t.Fatalf("read %v from code", v.Plain(time.UTC))
				}
				if got := fmt.Sprintf("%d:%d", at.Line, at.Col); got != tt.at || at.File != "_data/s.js" {
					t.Errorf("export at %s:%s, want %s", at.File, got, tt.at)
				}
				return
			}
			if !ok {
				t.Fatalf("read nothing (export at %d:%d)", at.Line, at.Col)
			}
			got, err := json.Marshal(v.Plain(time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// FuzzDecodeScriptData pins that a JavaScript data file, whatever it
// holds, never makes the reader panic or loop.
func FuzzDecodeScriptData(f *testing.F) {
	for _, seed := range []string{
		"module.exports = [{a: 'b', c: `d`, e: [1, -2.5e3,],}]",
		"const a = {b: 1};\nexport default a.sort(() => 0)",
		"module.exports = () => { return {a: 'x\\u00e9'} }",
		"export default async function () { return ( [1] ) }",
		"module.exports = 'open", "/* x", "module.exports = /re'g/", "module.exports = ((((",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		DecodeScriptData("_data/x.js", []byte(src))
	})
}
