package content

import "testing"

// TestCitationTail: an academicpages publication's citation, HTML with
// entities, closes its body as its layout prints it; a citation that is
// a switch (al-folio's citation: true), empty, or on another kind adds
// nothing.
func TestCitationTail(t *testing.T) {
	tests := []struct {
		name, path, src, body string
		param                 any
	}{
		{"a publication's citation", "_publications/2009-10-01-reeds.md",
			"---\ntitle: Reeds\ncollection: publications\ncitation: 'Reed, Ada. (2009). &quot;Reed beds.&quot; <i>Journal 1</i>. 1(1).'\n---\nThe paper's notes.\n",
			"The paper's notes.\n\nRecommended citation: Reed, Ada. (2009). &quot;Reed beds.&quot; <i>Journal 1</i>. 1(1).\n", nil},
		{"markdown marks outside tags are text", "notes/a.md",
			"---\ntitle: x\ncitation: \"Marsh_Bo [2]. *Reeds*. <a href=\\\"https://e.org/a_b\\\">link</a>\"\n---\n",
			"Recommended citation: Marsh\\_Bo \\[2\\]. \\*Reeds\\*. <a href=\"https://e.org/a_b\">link</a>\n", nil},
		{"a citation switch", "notes/a.md", "---\ntitle: x\ncitation: true\n---\nText.\n", "Text.\n", true},
		{"an empty citation", "notes/a.md", "---\ntitle: x\ncitation: ''\n---\nText.\n", "Text.\n", ""},
		{"a talk's citation", "talks/a.md", "---\ntitle: x\ncitation: Reed 2009\n---\nText.\n", "Text.\n", "Reed 2009"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.path, []byte(tt.src), Options{})
			if string(d.Body) != tt.body {
				t.Errorf("body %q, want %q", d.Body, tt.body)
			}
			if got := d.Params["citation"]; got != tt.param {
				t.Errorf("Params[citation] = %#v, want %#v", got, tt.param)
			}
		})
	}
}
