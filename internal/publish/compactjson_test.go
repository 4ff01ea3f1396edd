package publish

import (
	"bytes"
	"fmt"
	"testing"
)

// realMinify minifies body with the JSON minifier itself, bypassing the
// compact fast path.
func realMinify(t testing.TB, m *Minifier, body []byte) ([]byte, error) {
	t.Helper()
	var out bytes.Buffer
	in := append(append([]byte(nil), body...), 0)[:len(body)]
	err := m.m.Minify("application/json", &out, bytes.NewBuffer(in))
	return out.Bytes(), err
}

func TestCompactJSON(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ok       bool
	}{
		{"object with a newline", `{"a":1,"b":[true,null,"x y"]}` + "\n", true},
		{"escaped quote and backslash", `{"a":"say \"hi\" \\ ","b":"\u00e9"}`, true},
		{"numbers as written", `[1.50,1e6,-0,1000000]`, true},
		{"indented", "{\n  \"a\": 1\n}\n", false},
		{"space after a colon", `{"a": 1}`, false},
		{"leading space", ` {"a":1}`, false},
		{"invalid", `{"a":}`, false},
		{"unclosed string", `{"a":"b}`, false},
		{"control character in a string", "[\"a\tb\"]", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := compactJSON([]byte(tc.in))
			if ok != tc.ok {
				t.Fatalf("compactJSON(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			}
			if !ok {
				return
			}
			want, err := realMinify(t, NewMinifier(Options{Minify: true}), []byte(tc.in))
			if err != nil {
				t.Fatalf("the minifier rejects %q: %v", tc.in, err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("compactJSON(%q) = %q, the minifier makes %q", tc.in, got, want)
			}
		})
	}
}

// TestMinifyCompactJSONCopiesNothing checks that a compact JSON body, as
// lectern writes its search index, is returned as its own memory rather
// than copied twice through the minifier (the index is about 24 MB at
// 50,000 talks).
func TestMinifyCompactJSONCopiesNothing(t *testing.T) {
	m := NewMinifier(Options{Minify: true})
	body := []byte(`{"v":1,"entries":[{"t":"A talk","u":"/talks/a/"}]}` + "\n")
	out, err := m.Minify("application/json", body)
	if err != nil {
		t.Fatal(err)
	}
	if want := body[:len(body)-1]; !bytes.Equal(out, want) {
		t.Fatalf("Minify = %q, want %q", out, want)
	}
	if len(out) == 0 || &out[0] != &body[0] {
		t.Error("Minify copied a compact JSON body instead of returning it")
	}
	// An indented body is still minified.
	out, err = m.Minify("application/json", []byte("{\n \"a\": 1\n}\n"))
	if err != nil || string(out) != `{"a":1}` {
		t.Errorf("Minify(indented) = %q, %v; want {\"a\":1}", out, err)
	}
}

// FuzzCompactJSON holds the fast path to what the JSON minifier makes of
// the same body: whenever compactJSON takes a body, the minifier accepts
// it and writes the same bytes.
func FuzzCompactJSON(f *testing.F) {
	for _, s := range []string{`{"a":1}`, "[1,2]\n", `"x"`, `{"a":"b \" c"}`, `[1.0e+10,-0.5]`, `{"a":[{},[]]}`, "null \n\t"} {
		f.Add([]byte(s))
	}
	m := NewMinifier(Options{Minify: true})
	f.Fuzz(func(t *testing.T, body []byte) {
		got, ok := compactJSON(body)
		if !ok {
			return
		}
		want, err := realMinify(t, m, body)
		if err != nil {
			t.Fatalf("compactJSON took %q, which the minifier rejects: %v", body, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("compactJSON(%q) = %q, the minifier makes %q", body, got, want)
		}
	})
}

// BenchmarkMinifyCompactJSON minifies a compact JSON index of about a
// megabyte, as lectern writes search.json (about 4.7 MB at 10,000 talks):
// through the fast path (sub-benchmark path=compact) and through the JSON
// minifier itself (path=minifier), the baseline, in the same run.
func BenchmarkMinifyCompactJSON(b *testing.B) {
	var body bytes.Buffer
	body.WriteString(`{"v":1,"entries":[`)
	for i := range 5000 {
		if i > 0 {
			body.WriteByte(',')
		}
		fmt.Fprintf(&body, `[0,"Talk number %d about \"things\"","talks/t%d/","Ada Lovelace, Grace Hopper",[1,2,3],4,"7 Dec 2026","A description of the talk that runs for a while, as descriptions do."]`, i, i)
	}
	body.WriteString("]}\n")
	m := NewMinifier(Options{Minify: true})
	b.Run("path=compact", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(body.Len()))
		for b.Loop() {
			if _, err := m.Minify("application/json", body.Bytes()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("path=minifier", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(body.Len()))
		for b.Loop() {
			if _, err := realMinify(b, m, body.Bytes()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
