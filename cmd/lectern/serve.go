package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"lectern/internal/build"
	"lectern/internal/diag"
	"lectern/internal/serve"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[--source DIR] [--bind ADDR] [--port N] [--allow-host NAME] [--drafts] [--open]", stderr)
	var opts serve.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's folder, holding config.toml and content/")
	fs.StringVar(&opts.Bind, "bind", "127.0.0.1", "the address to listen on; anything but loopback exposes the preview to your network")
	fs.IntVar(&opts.Port, "port", serve.DefaultPort, "the port to listen on; 0 picks a free one")
	fs.Var((*nameList)(&opts.AllowHosts), "allow-host", "a name the preview may also be reached by (a LAN name, a tunnel's), with any port; repeat it or separate names with commas")
	fs.BoolVar(&opts.Drafts, "drafts", false, "build draft pages too")
	open := fs.Bool("open", false, "open the site in the default browser")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if l, err := build.DetectLayout(opts.Source); err == nil && l.Foreign() {
		fmt.Fprintln(stdout, l.Describe())
	}
	opts.Report = (&terminal{stdout: stdout, stderr: stderr}).report

	srv, err := serve.Listen(opts)
	if err != nil {
		var inUse *serve.PortInUseError
		if errors.As(err, &inUse) {
			fmt.Fprintf(stderr, "lectern serve: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "lectern serve: %v\n", err)
		return exitError
	}
	if !srv.Loopback() {
		fmt.Fprintf(stderr, "warning: listening on %s: other machines on your network can see the preview; use --bind 127.0.0.1 to keep it local\n", opts.Bind)
	}
	fmt.Fprintf(stdout, "Serving %s at %s (Ctrl-C to stop)\n", opts.Source, srv.URL())
	if *open {
		openBrowser(srv.URL())
	}
	if err := srv.Run(ctx); err != nil {
		fmt.Fprintf(stderr, "lectern serve: %v\n", err)
		return exitError
	}
	fmt.Fprintln(stdout, "Stopped.")
	return exitOK
}

// nameList is a flag that collects names from every use of it, each use
// holding one name or several separated by commas.
type nameList []string

func (l *nameList) String() string { return strings.Join(*l, ",") }

func (l *nameList) Set(v string) error {
	for _, n := range strings.Split(v, ",") {
		if n = strings.TrimSpace(n); n != "" {
			*l = append(*l, n)
		}
	}
	return nil
}

// describeChange names what changed in a rebuild line.
func describeChange(files []string) string {
	switch len(files) {
	case 0:
		return "rebuilt"
	case 1:
		return files[0] + " changed"
	case 2, 3:
		return strings.Join(files, ", ") + " changed"
	}
	return fmt.Sprintf("%s and %d more changed", files[0], len(files)-1)
}

func clock() string { return time.Now().Format("15:04:05") }

// openBrowser asks the desktop to open url; failing to is not an error.
func openBrowser(url string) {
	name := "xdg-open"
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name = "explorer"
	}
	if cmd := exec.Command(name, url); cmd.Start() == nil {
		go cmd.Wait()
	}
}

// terminal says in the terminal what each rebuild of lectern serve did:
// its diagnostics, then one line. Its report runs on the rebuild
// goroutine and on the one settling the pages a rebuild deferred.
type terminal struct {
	stdout, stderr io.Writer
	mu             sync.Mutex
	built          bool     // the site has built once
	printed        []string // the diagnostics printed last
}

// report prints what rebuild rb did and its diagnostics. A save that
// changed neither an output nor a diagnostic (a file outside the site's
// folders, whose rebuild gives the last diagnostics again) prints
// nothing.
func (t *terminal) report(rb build.Rebuild, diags diag.List) {
	t.mu.Lock()
	defer t.mu.Unlock()
	lines := diags.Strings()
	nothing := len(rb.Rendered) == 0 && len(rb.Updated) == 0 && len(rb.Deferred) == 0
	if len(rb.Changed) > 0 && nothing && slices.Equal(lines, t.printed) {
		return
	}
	t.printed = lines
	printDiags(t.stderr, lines)
	switch {
	case diags.HasErrors() && !t.built:
		fmt.Fprintf(t.stderr, "%s %d errors: the site has not built yet; every page shows these errors until it does\n", clock(), len(diags.Errors()))
	case diags.HasErrors():
		fmt.Fprintf(t.stderr, "%s %d errors: still serving the last good site\n", clock(), len(diags.Errors()))
	case !t.built:
		t.built = true
		fmt.Fprintf(t.stdout, "%s built: %d outputs in %s\n", clock(), len(rb.Rendered), ms(rb.Duration))
	case nothing:
		// Nothing changed but diagnostics (pages settled after a rebuild).
	default:
		later := ""
		if n := len(rb.Deferred); n > 0 {
			unit := "pages"
			if n == 1 {
				unit = "page"
			}
			later = fmt.Sprintf(", %d more %s after", n, unit)
		}
		fmt.Fprintf(t.stdout, "%s %s: %d re-rendered, %d updated in %s%s\n", clock(), describeChange(rb.Changed), len(rb.Rendered), len(rb.Updated), ms(rb.Duration), later)
	}
}
