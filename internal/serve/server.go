package serve

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/net/netutil"

	"lectern/internal/build"
	"lectern/internal/diag"
	"lectern/internal/layout"
)

// Options configure a preview server. The zero value serves the site in
// the current folder on 127.0.0.1:1313.
type Options struct {
	// Source is the site's folder; "" is the current folder.
	Source string
	// Bind is the address to listen on; "" means 127.0.0.1.
	Bind string
	// Port is the TCP port; 0 picks a free one. Use DefaultPort for the
	// usual one.
	Port int
	// AllowHosts are names, besides localhost and the address listened
	// on, that requests may use for the server, with any port: a LAN
	// name, a tunnel's. Every other Host or Origin is refused with 403.
	AllowHosts []string
	// Drafts builds draft pages too.
	Drafts bool
	// Quiet is how long the folder must be still after a change before
	// the site is rebuilt; 0 means DefaultQuiet.
	Quiet time.Duration
	// MaxLiveClients is the most pages that may listen for live reload at
	// once; 0 means DefaultMaxLiveClients. Past it a page's stream is
	// refused with 503 and the page tries again later.
	MaxLiveClients int
	// MaxConnections is the most connections served at once; 0 means
	// DefaultMaxConnections. Past it new connections wait to be
	// accepted, so that clients cannot take every file descriptor.
	MaxConnections int
	// Report, when set, is called after every build with what it did and
	// its diagnostics, and after the pages a rebuild deferred are
	// rendered when they gave any (with an empty Rebuild). It runs on the
	// rebuild goroutine, or on the one rendering those pages.
	Report func(build.Rebuild, diag.List)
	// TemplateTimeout is how long the templates of one page may run
	// before the rebuild fails naming the page, and how long a request
	// waits for a rebuild under way before it is answered from the last
	// good build; 0 means DefaultTemplateTimeout. config.toml's [build]
	// template_timeout applies when it is shorter.
	TemplateTimeout time.Duration
}

// DefaultMaxLiveClients is far more pages than a person keeps open, and
// few enough file descriptors for any system.
const DefaultMaxLiveClients = 256

// DefaultMaxConnections leaves room for DefaultMaxLiveClients streams and
// the pages and assets a browser fetches beside them.
const DefaultMaxConnections = 1024

// Timeouts of the HTTP server. A request must arrive whole within
// readTimeout, so that a client cannot hold a connection by sending
// slowly (net/http lifts the deadline once a request without a body is
// read, so live-reload streams outlive it), and a connection kept alive
// between requests is closed after idleTimeout. There is no write
// timeout: it would cut the streams, and a page may wait for a long
// rebuild.
const (
	readTimeout = 30 * time.Second
	idleTimeout = 2 * time.Minute
)

// DefaultPort is the port lectern serve uses unless told otherwise.
const DefaultPort = 1313

// DefaultQuiet is short enough that a save shows at once, and long enough
// to take an editor's write-to-temporary-and-rename as one change.
const DefaultQuiet = 10 * time.Millisecond

// DefaultTemplateTimeout keeps the preview responsive: a page renders in
// milliseconds, so a template that takes seconds is one that never ends.
const DefaultTemplateTimeout = 5 * time.Second

// Server is a running preview. Make one with Listen, then call Run.
type Server struct {
	opts    Options
	ln      net.Listener
	session *build.Session
	hub     *hub
	hosts   *hostPolicy
	// readTimeout is the HTTP server's; a field so tests can shorten it.
	readTimeout time.Duration
	id          string // this process's id, so pages notice a restart

	mu       sync.Mutex
	version  int
	failures []string // the failing build's lines, nil when it succeeded
	// idle is closed when no rebuild runs: a rebuild puts an open channel
	// in its place and closes it when it is over, and page requests wait
	// on it, at most opts.TemplateTimeout.
	idle chan struct{}
	// settling renders the pages the last rebuild deferred (see
	// settle); only Run's goroutine uses it.
	settling *settling
}

// settling is a rendering of deferred pages under way: cancel stops it,
// done is closed when it is over.
type settling struct {
	cancel context.CancelFunc
	done   chan struct{}
}

// stopSettle stops the rendering of the pages the last rebuild deferred,
// if any, and waits for it.
func (s *Server) stopSettle() {
	if s.settling != nil {
		s.settling.cancel()
		<-s.settling.done
		s.settling = nil
	}
}

// PortInUseError reports that the port is taken, with a free one to try.
type PortInUseError struct {
	Port, Free int
}

func (e *PortInUseError) Error() string {
	if e.Free == 0 {
		return fmt.Sprintf("port %d is already in use; pick another with --port, or --port 0 for any free port", e.Port)
	}
	return fmt.Sprintf("port %d is already in use; --port %d is free (or --port 0 picks any free port)", e.Port, e.Free)
}

// Listen opens the server's socket. A port in use is a *PortInUseError
// that names the next free port.
func Listen(opts Options) (*Server, error) {
	if opts.Bind == "" {
		opts.Bind = "127.0.0.1"
	}
	if opts.Source == "" {
		opts.Source = "."
	}
	// A repository keeping its site in a folder: the preview watches
	// that folder, whose paths are those the session reads.
	opts.Source = build.SiteRoot(opts.Source)
	if opts.Quiet == 0 {
		opts.Quiet = DefaultQuiet
	}
	if opts.MaxLiveClients <= 0 {
		opts.MaxLiveClients = DefaultMaxLiveClients
	}
	if opts.MaxConnections <= 0 {
		opts.MaxConnections = DefaultMaxConnections
	}
	if opts.TemplateTimeout <= 0 {
		opts.TemplateTimeout = DefaultTemplateTimeout
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(opts.Bind, strconv.Itoa(opts.Port)))
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, &PortInUseError{Port: opts.Port, Free: freePort(opts.Bind, opts.Port)}
		}
		return nil, err
	}
	id := make([]byte, 6)
	rand.Read(id)
	idle := make(chan struct{})
	close(idle)
	return &Server{
		opts: opts, ln: ln, hub: newHub(opts.MaxLiveClients), id: hex.EncodeToString(id), idle: idle,
		hosts:       newHostPolicy(ln.Addr(), opts.Bind, opts.AllowHosts),
		readTimeout: readTimeout,
		session:     build.NewSession(build.Options{Source: opts.Source, Drafts: opts.Drafts, TemplateTimeout: opts.TemplateTimeout, DeferPages: true}),
	}, nil
}

// freePort finds the next port after port that can be listened on, or 0.
func freePort(bind string, port int) int {
	for p := port + 1; p < port+50 && p < 65536; p++ {
		ln, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(p)))
		if err == nil {
			ln.Close()
			return p
		}
	}
	return 0
}

// URL is the address to open in a browser.
func (s *Server) URL() string {
	return "http://" + s.ln.Addr().String() + "/"
}

// Loopback reports whether the server listens only on this machine.
func (s *Server) Loopback() bool {
	addr, ok := s.ln.Addr().(*net.TCPAddr)
	return ok && addr.IP.IsLoopback()
}

// Run builds the site, serves it and rebuilds on every change until ctx
// ends; then it closes the open pages' streams, stops watching and shuts
// the HTTP server down. It returns nil after a clean shutdown.
func (s *Server) Run(ctx context.Context) error {
	s.rebuild(ctx, nil)
	root, err := filepath.Abs(s.opts.Source)
	if err != nil {
		return err
	}
	w, err := NewWatcher(root, s.opts.Quiet, ignoring(root))
	if err != nil {
		return fmt.Errorf("cannot watch %s: %w", s.opts.Source, err)
	}
	defer w.Close()

	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.readTimeout,
		IdleTimeout:       idleTimeout,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(netutil.LimitListener(s.ln, s.opts.MaxConnections)) }()

	for {
		select {
		case <-ctx.Done():
			s.stopSettle()
			s.hub.close()
			shutdown, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			err := srv.Shutdown(shutdown)
			if errors.Is(err, context.DeadlineExceeded) {
				// Shutdown waits for connections that have not sent a
				// request yet until they are five seconds old, and
				// browsers open such connections ahead of need. What is
				// left after the grace period is closed.
				err = srv.Close()
			}
			return err
		case err := <-served:
			return err
		case batch, ok := <-w.Batches():
			if !ok {
				return errors.New("the file watcher stopped")
			}
			s.rebuild(ctx, batch)
		case err := <-w.Errors():
			s.report(build.Rebuild{}, diag.List{diag.Errorf(diag.Pos{}, "watching the site: %v", err)})
		}
	}
}

// ignoring is what the watcher leaves alone in the site at root: for
// lectern's own layout, what watched says; another tool's site has inputs
// anywhere but its machinery, and in the machinery its data files and
// includes (build.Watched).
func ignoring(root string) func(rel string, dir bool) bool {
	l, err := build.DetectLayout(root)
	if err != nil || !l.Foreign() {
		return watched
	}
	return func(rel string, dir bool) bool {
		return build.Ignored(rel, dir) || l.Skip(rel, dir) && !layout.IsReadme(rel) && !build.Watched(l, rel)
	}
}

// watched tells which files and folders the watcher follows: the site's
// inputs, not its output, hidden files or editor backups. The README is
// one: it names a site no config names.
func watched(rel string, dir bool) bool {
	if build.Ignored(rel, dir) {
		return true
	}
	if layout.IsReadme(rel) {
		return false
	}
	top, _, _ := strings.Cut(rel, "/")
	switch top {
	case "content", "layouts", "static", "themes", "config.toml":
		return false
	}
	return true
}

// rebuild runs one rebuild with page requests held (see wait), then tells
// the open pages what happened.
func (s *Server) rebuild(ctx context.Context, changed []string) {
	s.stopSettle()
	busy := make(chan struct{})
	s.mu.Lock()
	s.idle = busy
	s.mu.Unlock()
	rb, diags := s.session.Rebuild(ctx, changed)
	// The version changes before requests are let through again: a page
	// served with the new content but the old version would be reloaded
	// a second time when its event stream says hello.
	s.mu.Lock()
	failed := diags.HasErrors()
	wasFailing := s.failures != nil
	if failed {
		s.failures = diags.Strings()
	} else {
		s.failures = nil
		s.version = rb.Version
	}
	lines := s.failures
	close(busy)
	s.mu.Unlock()

	switch {
	case failed:
		s.hub.send(errorsMessage(lines))
	case len(rb.Updated) == 0 && len(rb.Deferred) == 0:
		if wasFailing {
			s.hub.send(message{"ok", "{}"})
		}
	case rb.StylesOnly:
		s.hub.send(message{"ok", "{}"})
		s.hub.send(message{"styles", buildJSON(s.buildID())})
	default:
		s.hub.send(message{"reload", buildJSON(s.buildID())})
	}
	s.report(rb, diags)
	if !failed && len(rb.Deferred) > 0 {
		s.settle(ctx)
	}
}

// settle renders, in the background, the pages the rebuild deferred
// (build.Session.Settle) while the open pages reload, each asking for
// its own first. Its diagnostics are reported as a rebuild's; should a
// page fail, the open pages show the errors, as after a failed rebuild,
// until the next one.
func (s *Server) settle(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	s.settling = &settling{cancel: cancel, done: make(chan struct{})}
	go func(done chan struct{}) {
		defer close(done)
		_, diags := s.session.Settle(ctx)
		if diags.HasErrors() {
			lines := diags.Strings()
			s.mu.Lock()
			s.failures = lines
			s.mu.Unlock()
			s.hub.send(errorsMessage(lines))
		}
		if len(diags) > 0 {
			s.report(build.Rebuild{}, diags)
		}
	}(s.settling.done)
}

func (s *Server) report(rb build.Rebuild, diags diag.List) {
	if s.opts.Report != nil {
		s.opts.Report(rb, diags)
	}
}

// wait holds a page request while a rebuild runs, so that a page
// reloaded right after a save shows the save; but no longer than the
// template deadline, after which the last good site answers, so that a
// slow rebuild does not hold the preview (build.Session renders an
// output whose bytes it let go from the last good model, which a
// rebuild leaves alone until its end unless it edits it in place, for
// a few hundred milliseconds). It reports false when the request went
// away.
func (s *Server) wait(r *http.Request) bool {
	s.mu.Lock()
	idle := s.idle
	s.mu.Unlock()
	select {
	case <-idle:
		return true
	default:
	}
	t := time.NewTimer(s.opts.TemplateTimeout)
	defer t.Stop()
	select {
	case <-idle:
	case <-t.C:
	case <-r.Context().Done():
		return false
	}
	return true
}

// buildID names the site being served: this process and its version.
func (s *Server) buildID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.id + "-" + strconv.Itoa(s.version)
}

// failure returns the lines of the failing build, or nil.
func (s *Server) failure() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failures
}

// state returns the lines of the failing build, or nil, and whether any
// build has succeeded.
func (s *Server) state() (failures []string, built bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failures, s.version > 0
}
