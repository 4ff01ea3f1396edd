package diag

import (
	"slices"
	"testing"
)

func TestDiagString(t *testing.T) {
	tests := []struct {
		name string
		d    Diag
		want string
	}{
		{"full", Errorf(Pos{"content/a.md", 3, 12}, "cannot parse front matter: %s", "bad"), "content/a.md:3:12: cannot parse front matter: bad"},
		{"no column", Errorf(Pos{"content/a.md", 3, 0}, "x"), "content/a.md:3: x"},
		{"no line", Errorf(Pos{"content/a.md", 0, 5}, "x"), "content/a.md: x"},
		{"no file", Errorf(Pos{}, "x"), "x"},
		{"warning", Warnf(Pos{"config.toml", 2, 1}, "unknown key %q", "foo"), `config.toml:2:1: warning: unknown key "foo"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListSortsAndDeduplicates(t *testing.T) {
	var l List
	l.Warnf(Pos{"b.md", 1, 1}, "w")
	l.Errorf(Pos{"a.md", 9, 1}, "late")
	l.Errorf(Pos{"a.md", 2, 1}, "early")
	l.Errorf(Pos{"a.md", 2, 1}, "early")
	got := l.Strings()
	want := []string{"a.md:2:1: early", "a.md:9:1: late", "b.md:1:1: warning: w"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestErr(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("empty list: Err() != nil")
	}
	l.Warnf(Pos{"a.md", 1, 1}, "only a warning")
	if l.Err() != nil {
		t.Fatal("warnings alone must not make an error")
	}
	l.Errorf(Pos{"a.md", 2, 1}, "bad")
	l.Errorf(Pos{"a.md", 1, 1}, "worse")
	if got, want := l.Err().Error(), "a.md:1:1: worse\na.md:2:1: bad"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if !l.HasErrors() || len(l.Errors()) != 2 || len(l.Warnings()) != 1 {
		t.Fatal("HasErrors/Errors/Warnings disagree with the list")
	}
}

func TestDiagStringEscapesControls(t *testing.T) {
	tests := []struct {
		name string
		d    Diag
		want string
	}{
		{"escape in file name", Errorf(Pos{"content/\x1b[31mred.md", 1, 1}, "x"), `content/\x1b[31mred.md:1:1: x`},
		{"escape in title", Warnf(Pos{"content/a.md", 2, 8}, "title %q is long", "\x1b[31mred\x1b[0m"),
			`content/a.md:2:8: warning: title "\x1b[31mred\x1b[0m" is long`},
		{"raw escape in message", Errorf(Pos{}, "title \x1b[31mred"), `title \x1b[31mred`},
		{"newline and tab", Errorf(Pos{}, "a\nb\tc\rd"), `a\x0ab\x09c\x0dd`},
		{"DEL", Errorf(Pos{}, "a\x7fb"), `a\x7fb`},
		{"C1 CSI", Errorf(Pos{}, "a\u009b31mb"), `a\u009b31mb`},
		{"bidi override", Errorf(Pos{}, "exe.\u202etxt"), `exe.\u202etxt`},
		{"bidi isolate", Errorf(Pos{}, "a\u2066b\u2069"), `a\u2066b\u2069`},
		{"invalid UTF-8", Errorf(Pos{}, "a\x9bb"), `a\x9bb`},
		{"kept as is", Errorf(Pos{}, `naïve C:\path — “quoted” 日本`), `naïve C:\path — “quoted” 日本`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
