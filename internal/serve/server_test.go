package serve

import (
	"bufio"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"
)

// startServer runs a server on a free loopback port until the test ends
// and returns it once its first build is served.
func startServer(t *testing.T, opts Options, tune func(*Server)) *Server {
	t.Helper()
	opts.Port = 0
	s, err := Listen(opts)
	if err != nil {
		t.Fatal(err)
	}
	if tune != nil {
		tune(s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve did not stop cleanly: %v", err)
		}
	})
	for range 200 {
		if resp, err := http.Get(s.URL()); err == nil {
			resp.Body.Close()
			return s
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("serve did not answer")
	return nil
}

// stream is one page's live-reload connection.
type stream struct {
	resp *http.Response
	r    *bufio.Reader
}

// openStream opens the event stream and, when it is accepted, reads its
// first event.
func openStream(t *testing.T, s *Server) (*stream, int) {
	t.Helper()
	resp, err := http.Get(s.URL() + strings.TrimPrefix(eventsPath, "/"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	st := &stream{resp, bufio.NewReader(resp.Body)}
	if resp.StatusCode == http.StatusOK {
		if ev := st.next(t); ev != "hello" {
			t.Fatalf("first event %q, want hello", ev)
		}
	}
	return st, resp.StatusCode
}

// next returns the name of the next event, failing after a while.
func (st *stream) next(t *testing.T) string {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		event := ""
		for {
			line, err := st.r.ReadString('\n')
			if err != nil {
				got <- "error: " + err.Error()
				return
			}
			line = strings.TrimRight(line, "\n")
			if name, ok := strings.CutPrefix(line, "event: "); ok {
				event = name
			}
			if line == "" && event != "" {
				got <- event
				return
			}
		}
	}()
	select {
	case ev := <-got:
		return ev
	case <-time.After(5 * time.Second):
		t.Fatal("no event within 5s")
		return ""
	}
}

// TestLiveClientsAreCapped: past MaxLiveClients a page's stream is
// refused with 503 and Retry-After, and a place freed is taken again.
func TestLiveClientsAreCapped(t *testing.T) {
	s := startServer(t, Options{Source: writeSite(t, testSite), MaxLiveClients: 2}, nil)
	first, _ := openStream(t, s)
	openStream(t, s)
	over, code := openStream(t, s)
	if code != http.StatusServiceUnavailable {
		t.Fatalf("third stream: status %d, want 503", code)
	}
	if ra := over.resp.Header.Get("Retry-After"); ra != "10" {
		t.Errorf("Retry-After %q, want 10", ra)
	}
	// Pages are still served beside the full streams.
	if resp, err := http.Get(s.URL()); err != nil || resp.StatusCode != 200 {
		t.Fatalf("page beside full streams: %v %v", resp, err)
	}
	first.resp.Body.Close()
	deadline := time.Now().Add(5 * time.Second)
	for s.hub.len() > 1 {
		if time.Now().After(deadline) {
			t.Fatal("a closed stream still counts")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, code := openStream(t, s); code != http.StatusOK {
		t.Errorf("after one left: status %d, want 200", code)
	}
}

// TestStreamOutlivesReadTimeout: the server's read timeout, there for
// requests that are slow to arrive, does not end an open page's stream.
func TestStreamOutlivesReadTimeout(t *testing.T) {
	s := startServer(t, Options{Source: writeSite(t, testSite)}, func(s *Server) { s.readTimeout = 200 * time.Millisecond })
	st, code := openStream(t, s)
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	time.Sleep(600 * time.Millisecond)
	s.hub.send(message{"reload", `{"build":"x"}`})
	if ev := st.next(t); ev != "reload" {
		t.Errorf("after the read timeout: %q, want reload", ev)
	}
}

// TestConnectionsAreCapped: past MaxConnections a new connection waits
// to be accepted until one closes, rather than taking a descriptor.
func TestConnectionsAreCapped(t *testing.T) {
	s := startServer(t, Options{Source: writeSite(t, testSite), MaxConnections: 2}, nil)
	first, _ := openStream(t, s)
	openStream(t, s)
	waiting := &http.Client{Timeout: 300 * time.Millisecond, Transport: &http.Transport{DisableKeepAlives: true}}
	if resp, err := waiting.Get(s.URL()); err == nil {
		resp.Body.Close()
		t.Fatalf("a third connection was served: %s", resp.Status)
	}
	first.resp.Body.Close()
	waiting.Timeout = 5 * time.Second
	resp, err := waiting.Get(s.URL())
	if err != nil {
		t.Fatalf("after one closed: %v", err)
	}
	resp.Body.Close()
}
