package content

import (
	"fmt"
	"testing"
)

// TestReadingItemShapes: a reading list's entries as blogs write them: a
// status with an icon's markup before it or as a mapping ({name:
// Finished}), a rated book without a status (read), a note written as
// thoughts or description, and the day finished as dateCompleted.
func TestReadingItemShapes(t *testing.T) {
	src := "---\ntitle: Reading\nbooks:\n" +
		"  - {title: TCP/IP, link: http://x.example, description: Gotta learn it., status: '<i class=\"fa fa-refresh\"></i> In Progress'}\n" +
		"  - {title: Dune, author: Frank Herbert, rating: 4, date: 2024-04-20}\n" +
		"  - {title: Wake, status: {name: Finished}, thoughts: Gripping., dateCompleted: 2023-09-01}\n" +
		"  - {title: Later, status: {name: Want to read}}\n---\n"
	d := Parse("content/reading/2024.md", []byte(src), Options{})
	var got []string
	for _, it := range d.Items {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", it.Title, it.Status, it.Note, it.Date.Format("2006-01-02")))
	}
	want := []string{"TCP/IP|reading|Gotta learn it.|0001-01-01", "Dune|read||2024-04-20", "Wake|read|Gripping.|2023-09-01", "Later|to-read||0001-01-01"}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(d.Diags) > 0 {
		t.Errorf("items %q, diags %q; want %q", got, d.Diags.Strings(), want)
	}
}
