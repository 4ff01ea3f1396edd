package serve

import (
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
)

// hostPolicy decides which names a request may use for the server. A
// browser sends the name it looked up in Host, and the page a request
// comes from in Origin; checking both is what stops DNS rebinding (a page
// of evil.example whose name is made to point at 127.0.0.1 reading the
// preview, drafts included) and other sites' pages talking to it.
type hostPolicy struct {
	port string // the port the server listens on
	// bound is the address the server listens on, bindName the name it
	// was given as when it is not an address.
	bound    net.IP
	bindName string
	// anyAddr reports that the server listens on every address (0.0.0.0
	// or ::), so that the machine's own addresses and name reach it.
	anyAddr bool
	// allowed are names added with --allow-host; they carry any port,
	// as a tunnel or a proxy in front of the preview has its own.
	allowed map[string]bool
	// machine returns this machine's addresses and names; a variable so
	// tests need not depend on the machine they run on.
	machine func() ([]net.IP, []string)
}

// newHostPolicy returns the policy of a server listening on ln, started
// with bind (as the user gave it) and the names in allow.
func newHostPolicy(ln net.Addr, bind string, allow []string) *hostPolicy {
	p := &hostPolicy{allowed: map[string]bool{}, machine: machineNames}
	if tcp, ok := ln.(*net.TCPAddr); ok {
		p.port = strconv.Itoa(tcp.Port)
		p.bound = tcp.IP
		p.anyAddr = tcp.IP.IsUnspecified()
	}
	if net.ParseIP(bind) == nil {
		p.bindName = normalHost(bind)
	}
	for _, a := range allow {
		if h, _, err := net.SplitHostPort(a); err == nil {
			a = h
		}
		if a = normalHost(a); a != "" {
			p.allowed[a] = true
		}
	}
	return p
}

// allowHost reports whether hostport, a Host header or the host of an
// Origin, names this server; defaultPort is the port a hostport without
// one means (80 for a Host, the scheme's for an Origin).
func (p *hostPolicy) allowHost(hostport, defaultPort string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, defaultPort
	}
	host = normalHost(host)
	if host == "" {
		return false
	}
	if p.allowed[host] {
		return true
	}
	if port != p.port {
		return false
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") || host == p.bindName {
		return true
	}
	ip := net.ParseIP(host)
	if ip != nil && (ip.IsLoopback() || ip.Equal(p.bound)) {
		return true
	}
	if !p.anyAddr {
		return false
	}
	// Looked up on each request that gets this far, not once: a laptop
	// changes networks while the preview runs.
	addrs, names := p.machine()
	for _, a := range addrs {
		if ip != nil && ip.Equal(a) {
			return true
		}
	}
	for _, n := range names {
		if host == n {
			return true
		}
	}
	return false
}

// allowOrigin reports whether an Origin header names a page of this
// server. "null" (a sandboxed frame, a file) never does.
func (p *hostPolicy) allowOrigin(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" || u.User != nil {
		return false
	}
	switch u.Scheme {
	case "http":
		return p.allowHost(u.Host, "80")
	case "https":
		return p.allowHost(u.Host, "443")
	}
	return false
}

// check answers 403 and returns false for a request that names another
// host, or comes from another site's page.
func (p *hostPolicy) check(w http.ResponseWriter, r *http.Request) bool {
	const why = "lectern serve only answers requests for localhost and the address it listens on; "
	const how = ".\nIf you meant to reach the preview by that name (from another machine, through a tunnel), use --allow-host NAME to add a name.\n"
	if !p.allowHost(r.Host, "80") {
		refuse(w, why+"this request was for "+quote(r.Host)+how)
		return false
	}
	if origin := r.Header.Get("Origin"); origin != "" && !p.allowOrigin(origin) {
		refuse(w, why+"this request came from a page of "+quote(origin)+how)
		return false
	}
	return true
}

func refuse(w http.ResponseWriter, msg string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusForbidden)
	w.Write([]byte(msg))
}

// quote shows a name from a request as a Go string, so that control
// characters in it stay visible and harmless.
func quote(s string) string {
	const most = 200
	if len(s) > most {
		s = s[:most] + "…"
	}
	return strconv.Quote(s)
}

// normalHost lowercases a host name and drops a final dot ("localhost."
// is localhost) and the brackets of an IPv6 address and its zone.
func normalHost(h string) string {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	if i := strings.IndexByte(h, '%'); i >= 0 && strings.Contains(h, ":") {
		h = h[:i]
	}
	return h
}

// machineNames returns this machine's interface addresses, its host name
// and that name under .local, which is how machines on a LAN usually
// reach each other (mDNS).
func machineNames() ([]net.IP, []string) {
	var ips []net.IP
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				ips = append(ips, n.IP)
			}
		}
	}
	var names []string
	if h, err := os.Hostname(); err == nil && h != "" {
		h = normalHost(h)
		names = append(names, h)
		if !strings.Contains(h, ".") {
			names = append(names, h+".local")
		}
	}
	return ips, names
}
