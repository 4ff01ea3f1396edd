package serve

import (
	"errors"
	"sync"
)

// message is one Server-Sent Event.
type message struct {
	event string
	data  string
}

// hub fans messages out to the open pages' event streams.
type hub struct {
	mu      sync.Mutex
	clients map[chan message]bool
	most    int // the most clients at once
	closed  bool
}

// Why subscribe refused a client.
var (
	errStopping = errors.New("the server is stopping")
	errFull     = errors.New("too many pages are listening")
)

func newHub(most int) *hub { return &hub{clients: map[chan message]bool{}, most: most} }

// subscribe returns a channel of messages, closed when the hub closes or
// unsubscribe is called. It fails with errStopping once the hub is
// closed, and with errFull when most clients are listening already: each
// holds a connection, and so a file descriptor, for as long as it stays.
func (h *hub) subscribe() (chan message, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, errStopping
	}
	if len(h.clients) >= h.most {
		return nil, errFull
	}
	ch := make(chan message, 16)
	h.clients[ch] = true
	return ch, nil
}

// len returns the number of clients listening.
func (h *hub) len() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}

func (h *hub) unsubscribe(ch chan message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.clients[ch] {
		delete(h.clients, ch)
		close(ch)
	}
}

// send delivers m to every client; a client too slow to keep up misses it
// and catches up on its next reconnect, which sends the current state.
func (h *hub) send(m message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		select {
		case ch <- m:
		default:
		}
	}
}

// close ends every stream, so that the HTTP server can shut down.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.clients {
		close(ch)
		delete(h.clients, ch)
	}
}
