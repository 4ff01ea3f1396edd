package serve

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestHostPolicy(t *testing.T) {
	machine := func() ([]net.IP, []string) {
		return []net.IP{net.ParseIP("192.168.1.20"), net.ParseIP("fe80::1")}, []string{"mybox", "mybox.local"}
	}
	policy := func(bind string, allow ...string) *hostPolicy {
		addr := &net.TCPAddr{IP: net.ParseIP(bind), Port: 1313}
		if addr.IP == nil { // a name: what it resolved to
			addr.IP = net.ParseIP("127.0.0.1")
		}
		p := newHostPolicy(addr, bind, allow)
		p.machine = machine
		return p
	}
	loopback := policy("127.0.0.1")
	anyAddr := policy("0.0.0.0")
	lan := policy("192.168.1.20")
	named := policy("localbox")
	allowing := policy("127.0.0.1", "preview.example.ts.net", "Tunnel.Example:443")
	tests := []struct {
		name string
		p    *hostPolicy
		host string
		want bool
	}{
		{"localhost", loopback, "localhost:1313", true},
		{"localhost, upper case, final dot", loopback, "LocalHost.:1313", true},
		{"a .localhost name", loopback, "blog.localhost:1313", true},
		{"127.0.0.1", loopback, "127.0.0.1:1313", true},
		{"all of 127/8", loopback, "127.1.2.3:1313", true},
		{"::1", loopback, "[::1]:1313", true},
		{"another port", loopback, "localhost:8080", false},
		{"no port means 80", loopback, "localhost", false},
		{"a rebound name", loopback, "evil.example:1313", false},
		{"localhost as a prefix", loopback, "localhost.evil.example:1313", false},
		{"a name ending in localhost", loopback, "evillocalhost:1313", false},
		{"empty", loopback, "", false},
		{"LAN address while on loopback", loopback, "192.168.1.20:1313", false},
		{"machine name while on loopback", loopback, "mybox:1313", false},
		{"bound LAN address", lan, "192.168.1.20:1313", true},
		{"other LAN address", lan, "192.168.1.21:1313", false},
		{"machine name when bound to one address", lan, "mybox:1313", false},
		{"any address: an interface", anyAddr, "192.168.1.20:1313", true},
		{"any address: IPv6 with zone", anyAddr, "[fe80::1%25eth0]:1313", true},
		{"any address: host name", anyAddr, "mybox:1313", true},
		{"any address: .local", anyAddr, "MYBOX.local:1313", true},
		{"any address: localhost", anyAddr, "localhost:1313", true},
		{"any address: another machine", anyAddr, "192.168.1.99:1313", false},
		{"any address: another name", anyAddr, "evil.example:1313", false},
		{"any address: wrong port", anyAddr, "192.168.1.20:80", false},
		{"bound by name", named, "localbox:1313", true},
		{"allowed name, any port", allowing, "preview.example.ts.net", true},
		{"allowed name with port", allowing, "preview.example.ts.net:8443", true},
		{"allowed given with a port", allowing, "tunnel.example", true},
		{"not allowed subdomain", allowing, "x.preview.example.ts.net", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.allowHost(tt.host, "80"); got != tt.want {
				t.Errorf("allowHost(%q) = %v, want %v", tt.host, got, tt.want)
			}
		})
	}
}

func TestOriginPolicy(t *testing.T) {
	p := newHostPolicy(&net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 1313}, "127.0.0.1", []string{"tunnel.example"})
	tests := []struct {
		origin string
		want   bool
	}{
		{"http://localhost:1313", true},
		{"http://127.0.0.1:1313", true},
		{"https://tunnel.example", true},
		{"http://localhost:8080", false},
		{"https://localhost:1313", true},
		{"https://evil.example", false},
		{"http://evil.example:1313", false},
		{"null", false},
		{"file://", false},
		{"ftp://localhost:1313", false},
		{"http://user@localhost:1313", false},
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			if got := p.allowOrigin(tt.origin); got != tt.want {
				t.Errorf("allowOrigin(%q) = %v, want %v", tt.origin, got, tt.want)
			}
		})
	}
}

// TestForeignHostsAreRefused: a request naming another host (DNS
// rebinding) or coming from another site's page is answered 403 with
// the explanation, for pages, the live reload script and its stream.
func TestForeignHostsAreRefused(t *testing.T) {
	s := newTestServer(t, writeSite(t, testSite))
	addr := s.ln.Addr().String()
	tests := []struct {
		name, target, host, origin string
		want                       string
	}{
		{"rebound name", "/talks/a/", "evil.example:" + port(addr), "", `this request was for "evil.example:`},
		{"rebound name, script", "/_lectern/live.js", "evil.example", "", `this request was for "evil.example"`},
		{"rebound name, stream", "/_lectern/events", "evil.example", "", `this request was for "evil.example"`},
		{"other site's page", "/talks/a/", addr, "https://evil.example", `this request came from a page of "https://evil.example"`},
		{"other site's stream", "/_lectern/events", addr, "https://evil.example", `this request came from a page of "https://evil.example"`},
		{"sandboxed page", "/", addr, "null", `this request came from a page of "null"`},
		{"control characters", "/", "evil\x1b[31m", "", `"evil\x1b[31m"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Bounded, so that a stream that is not refused ends.
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			r := httptest.NewRequestWithContext(ctx, http.MethodGet, tt.target, nil)
			r.Host = tt.host
			if tt.origin != "" {
				r.Header.Set("Origin", tt.origin)
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, r)
			if rec.Code != http.StatusForbidden {
				t.Fatalf("status %d, want 403", rec.Code)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "text/plain; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			body := rec.Body.String()
			for _, want := range []string{
				"lectern serve only answers requests for localhost and the address it listens on; ",
				tt.want,
				"use --allow-host NAME to add a name",
			} {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q:\n%s", want, body)
				}
			}
			if strings.Contains(body, "Talk A") {
				t.Error("served the page")
			}
		})
	}
	// The page's own origin is welcome.
	r := httptest.NewRequest(http.MethodGet, "/talks/a/", nil)
	r.Host = "localhost:" + port(addr)
	r.Header.Set("Origin", "http://localhost:"+port(addr))
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, r)
	if rec.Code != http.StatusOK {
		t.Errorf("same origin: status %d", rec.Code)
	}
}

func port(addr string) string {
	_, p, _ := net.SplitHostPort(addr)
	return p
}
