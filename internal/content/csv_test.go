package content

import (
	"reflect"
	"testing"
)

// TestCSVRaggedRows: a row with fewer values than the first row names
// has the others empty, one with more loses the rest, each with a
// warning at its row; the other rows are read as written.
func TestCSVRaggedRows(t *testing.T) {
	src := "title,author,rating\nDune,Frank Herbert,5\nEmma,Jane Austen\nUlysses,James Joyce,4,extra\n"
	v, diags := DecodeData("data/books.csv", []byte(src), nil)
	if v == nil {
		t.Fatalf("no value; diags %q", diags.Strings())
	}
	got := v.Plain(nil)
	want := []any{
		map[string]any{"title": "Dune", "author": "Frank Herbert", "rating": "5"},
		map[string]any{"title": "Emma", "author": "Jane Austen"},
		map[string]any{"title": "Ulysses", "author": "James Joyce", "rating": "4"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read %#v, want %#v", got, want)
	}
	wantDiags := []string{
		"data/books.csv:3:1: warning: this row has 2 values but the first row names 3 columns; \"rating\" is read as empty; give every row one value a column, leaving a value empty between two commas",
		"data/books.csv:4:1: warning: this row has 4 values but the first row names 3 columns; what follows the \"rating\" column is left out; give every row one value a column, or name the column in the first row",
	}
	if !reflect.DeepEqual(diags.Strings(), wantDiags) {
		t.Errorf("diags %q, want %q", diags.Strings(), wantDiags)
	}
}
