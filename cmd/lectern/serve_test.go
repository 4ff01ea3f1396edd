package main

import (
	"io"
	"slices"
	"testing"
)

func TestAllowHostFlag(t *testing.T) {
	var got nameList
	fs := newFlags("serve", "", io.Discard)
	fs.Var(&got, "allow-host", "")
	if err := fs.Parse([]string{"--allow-host", "a.example", "--allow-host=b.example, c.example,", "--allow-host", ""}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.example", "b.example", "c.example"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
