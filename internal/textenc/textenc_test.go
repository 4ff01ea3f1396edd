package textenc

import (
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
