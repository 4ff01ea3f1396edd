package textenc

import (
	"bytes"
	"compress/gzip"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// UTF-16 in either byte order, told by its mark, is decoded without the
// mark; anything else, UTF-8 with its own mark included, is left alone.
func TestUTF16(t *testing.T) {
	for _, c := range []struct {
		e    unicode.Endianness
		name string
	}{{unicode.LittleEndian, "UTF-16 (little-endian)"}, {unicode.BigEndian, "UTF-16 (big-endian)"}} {
		src, err := unicode.UTF16(c.e, unicode.UseBOM).NewEncoder().Bytes([]byte("title = \"Café\"\n"))
		if err != nil {
			t.Fatal(err)
		}
		got, name := UTF16(src)
		if string(got) != "title = \"Café\"\n" || name != c.name {
			t.Errorf("%s: got %q, %q", c.name, got, name)
		}
	}
	for _, src := range []string{"title = 1\n", "\xef\xbb\xbftitle = 1\n", "", "\xff"} {
		if got, name := UTF16([]byte(src)); string(got) != src || name != "" {
			t.Errorf("%q: got %q, %q", src, got, name)
		}
	}
}

// TestBinary tells data from text: a compressed file or a picture under
// a page's name is binary; text in UTF-8, Windows-1252 or GBK, UTF-16
// with its byte-order mark, and a page with one stray NUL are not, so
// that each gets the message of what is wrong with it.
func TestBinary(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(bytes.Repeat([]byte("---\ntitle: A talk\n---\nSome text of the talk.\n"), 200))
	w.Close()
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(i * 7919 % 251)
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), noise...)
	for _, tc := range []struct {
		name string
		src  []byte
		want bool
	}{
		{"gzip", gz.Bytes(), true},
		{"png", png, true},
		{"utf-8 page", []byte("---\ntitle: Café\n---\nText.\n"), false},
		{"windows-1252 page", []byte("---\ntitle: Caf\xe9\n---\nText.\n"), false},
		{"gbk page", []byte("---\ntitle: \xc4\xe3\xba\xc3\n---\n\xca\xc0\xbd\xe7\n"), false},
		{"utf-16 with its mark", append([]byte{0xFF, 0xFE}, 't', 0, 'i', 0, 't', 0, 'l', 0, 'e', 0), false},
		{"one stray NUL", []byte("---\ntitle: A talk\n---\nSome\x00 text of the talk, long enough to be a page.\n"), false},
		{"empty", nil, false},
	} {
		if _, got := Binary(tc.src); got != tc.want {
			t.Errorf("%s: Binary = %v, want %v", tc.name, got, tc.want)
		}
	}
}
