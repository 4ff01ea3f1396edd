package data

import (
	"testing"
	"testing/fstest"
)

// TestHasPicPhotos pins that a person record kept one to a file that
// says has_pic: true and names no photo takes the one picture of the
// site named after its file, and that a record whose picture is absent,
// doubled, denied (has_pic: false) or already named keeps what it had.
func TestHasPicPhotos(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"the picture named after the record",
			fstest.MapFS{"data/Person/AB12CD.yml": {Data: []byte("name: Wen Arbor\nhas_pic: true\n")}, "assets/people/AB12CD.jpg": {Data: []byte("x")}},
			"/assets/people/AB12CD.jpg"},
		{"any picture extension",
			fstest.MapFS{"data/Person/AB12CD.yml": {Data: []byte("name: Wen Arbor\nhas_pic: true\n")}, "public/people/AB12CD.png": {Data: []byte("x")}},
			"/public/people/AB12CD.png"},
		{"no picture keeps the initials",
			fstest.MapFS{"data/Person/AB12CD.yml": {Data: []byte("name: Wen Arbor\nhas_pic: true\n")}},
			""},
		{"two pictures of the name are neither",
			fstest.MapFS{"data/Person/AB12CD.yml": {Data: []byte("name: Wen Arbor\nhas_pic: true\n")}, "a/AB12CD.jpg": {Data: []byte("x")}, "b/AB12CD.jpg": {Data: []byte("x")}},
			""},
		{"has_pic false takes none",
			fstest.MapFS{"data/Person/AB12CD.yml": {Data: []byte("name: Wen Arbor\nhas_pic: false\n")}, "assets/people/AB12CD.jpg": {Data: []byte("x")}},
			""},
		{"a named photo wins",
			fstest.MapFS{"data/Person/AB12CD.yml": {Data: []byte("name: Wen Arbor\nhas_pic: true\nphoto: wen.png\n")}, "assets/people/AB12CD.jpg": {Data: []byte("x")}},
			"wen.png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, _ := Load(tt.files, Options{})
			if len(set.Docs) != 1 || len(set.Docs[0].Speakers) == 0 {
				t.Fatalf("want one speaker record, got %d docs", len(set.Docs))
			}
			if got := set.Docs[0].Speakers[0].Photo; got != tt.want {
				t.Errorf("photo = %q, want %q", got, tt.want)
			}
		})
	}
}
