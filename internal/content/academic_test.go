package content

import (
	"fmt"
	"reflect"
	"testing"
)

// TestAcademicTalkFields covers the fields Hugo Academic (Wowchemy) writes
// on a scholar's talks, each read as the theme shows it.
func TestAcademicTalkFields(t *testing.T) {
	tests := []struct {
		name string
		path string
		fm   string
		get  func(*Document) any
		want any
	}{
		{"abstract beside summary is the abstract", "talk/a/index.md", "title: x\nabstract: Long A.\nsummary: Short S.",
			func(d *Document) any { return d.Summary + "|" + d.Abstract + "|" + fmt.Sprint(d.Params["abstract"]) }, "Short S.|Long A.|<nil>"},
		{"abstract beside description", "talks/a.md", "title: x\ndescription: Short S.\nabstract: Long A.",
			func(d *Document) any { return d.Summary + "|" + d.Abstract }, "Short S.|Long A."},
		{"abstract alone is the summary", "talks/a.md", "title: x\nabstract: Long A.",
			func(d *Document) any { return d.Summary + "|" + d.Abstract }, "Long A.|"},
		{"abstract beside an empty summary is the summary", "talks/a.md", "title: x\nabstract: Long A.\nsummary: \"\"",
			func(d *Document) any { return d.Summary + "|" + d.Abstract }, "Long A.|"},
		{"abstract on a note beside summary", "notes/a.md", "title: x\nabstract: Long A.\nsummary: Short S.",
			func(d *Document) any { return d.Summary + "|" + d.Abstract }, "Short S.|Long A."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseYAML(tt.path, tt.fm)
			if got := tt.get(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %#v\nwant %#v", got, tt.want)
			}
			for _, diag := range d.Diags {
				t.Errorf("unexpected diagnostic: %s", diag)
			}
		})
	}
}
