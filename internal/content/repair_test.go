package content

import (
	"slices"
	"testing"
)

func TestRepair(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		want  string
		diags []string
	}{
		{"clean text is untouched", "# Café\n\nRéal é and Ã alone.\n", "# Café\n\nRéal é and Ã alone.\n", nil},
		{"byte-order mark", "\uFEFFtext\n", "text\n", nil},
		{"CRLF", "a\r\nb\r\n", "a\nb\n", nil},
		{"lone CR", "a\rb\r", "a\nb\n", nil},
		{"mojibake en dash", "x\nline â€“ dash\n", "x\nline – dash\n", []string{
			`content/a.md:2:6: warning: repaired mojibake "â€“" → "–" (UTF-8 text that was once read as Windows-1252); write the intended characters in the file to silence this`}},
		{"mojibake in several places", "weâ€™re at CafÃ© â€œOKâ€\u009d\n", "we’re at Café “OK”\n", []string{
			`content/a.md:1:3: warning: repaired mojibake "â€™" → "’" and 3 more places (UTF-8 text that was once read as Windows-1252); write the intended characters in the file to silence this`}},
		{"undefined Windows-1252 byte read as a C1 control", "Ã\u0081 and Ã\u009d\n", "Á and Ý\n", []string{
			`content/a.md:1:1: warning: repaired mojibake "Ã\u0081" → "Á" and 1 more places (UTF-8 text that was once read as Windows-1252); write the intended characters in the file to silence this`}},
		{"double encoding", "a Ã¢â‚¬â€œ b\n", "a – b\n", []string{
			`content/a.md:1:3: warning: repaired mojibake "Ã¢â‚¬â€œ" → "–" (UTF-8 text that was once read as Windows-1252); write the intended characters in the file to silence this`}},
		{"mojibake after CRLF keeps columns", "\uFEFFa\r\nbÃ©\r\n", "a\nbé\n", []string{
			`content/a.md:2:2: warning: repaired mojibake "Ã©" → "é" (UTF-8 text that was once read as Windows-1252); write the intended characters in the file to silence this`}},
		{"a Windows-1252 file", "caf\xe9 \x93ok\x94\n", "café “ok”\n", []string{
			`content/a.md:1:4: warning: the file is not UTF-8; read it as Windows-1252; save the file as UTF-8 to silence this`}},
		{"a UTF-16 file, little-endian, as Windows editors save it", "\xff\xfe-\x00-\x00\r\x00\n\x00c\x00a\x00f\x00\xe9\x00\r\x00\n\x00",
			"--\ncafé\n", []string{
				`content/a.md:1:1: warning: the file is UTF-16 (little-endian); read it as such; save the file as UTF-8 to silence this`}},
		{"a UTF-16 file, big-endian", "\xfe\xff\x00\xe9\x00\n", "é\n", []string{
			`content/a.md:1:1: warning: the file is UTF-16 (big-endian); read it as such; save the file as UTF-8 to silence this`}},
		{"invalid UTF-8", "ok é\nbad \xff\xfe here\n", "ok é\nbad \uFFFD\uFFFD here\n", []string{
			`content/a.md:2:5: invalid UTF-8: byte 0xFF at offset 10 cannot be read as text (and 1 more invalid bytes); save the file as UTF-8`}},
		{"bullets", "Intro\n• one\n• two\n", "Intro\n- one\n- two\n", []string{
			`content/a.md:2:1: warning: turned 2 typographic bullets ("•") into markdown list items; start list items with "- " to silence this`}},
		{"every bullet kind", "◦ a\n▪ b\n‣ c\n⁃ d\n", "- a\n- b\n- c\n- d\n", []string{
			`content/a.md:1:1: warning: turned 4 typographic bullets ("◦") into markdown list items; start list items with "- " to silence this`}},
		{"bullet without a space is text", "•not a bullet\n", "•not a bullet\n", nil},
		{"bullets nest by indentation", "Tweet\n  • a\n\n    more a\n    • a1\n      more a1\n      • a1x\n  • b\n",
			"Tweet\n- a\n\n  more a\n  - a1\n    more a1\n    - a1x\n- b\n", []string{
				`content/a.md:2:3: warning: turned 4 typographic bullets ("•") into markdown list items; start list items with "- " to silence this`}},
		{"deep first bullet is not a code block", "Para\n\n        • deep\n        • deep too\n", "Para\n\n- deep\n- deep too\n", []string{
			`content/a.md:3:9: warning: turned 2 typographic bullets ("•") into markdown list items; start list items with "- " to silence this`}},
		{"a line at the margin ends the list", "• a\ntext\n  • b\n", "- a\ntext\n- b\n", []string{
			`content/a.md:1:1: warning: turned 2 typographic bullets ("•") into markdown list items; start list items with "- " to silence this`}},
		{"bullets in code are kept", "```\n• code\n```\n• text\n", "```\n• code\n```\n- text\n", []string{
			`content/a.md:4:1: warning: turned 1 typographic bullet ("•") into markdown list items; start list items with "- " to silence this`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			orig := slices.Clone(src)
			got, diags := repair("content/a.md", src)
			if string(got) != tt.want {
				t.Errorf("text:\n got %q\nwant %q", got, tt.want)
			}
			if !slices.Equal(src, orig) {
				t.Error("repair modified its input")
			}
			if gotDiags := diags.Strings(); !slices.Equal(gotDiags, tt.diags) {
				t.Errorf("diagnostics:\n got %q\nwant %q", gotDiags, tt.diags)
			}
		})
	}
}
