package serve

import "sync"

// message is one Server-Sent Event.
type message struct {
	event string
	data  string
}

// hub fans messages out to the open pages' event streams.
type hub struct {
	mu      sync.Mutex
	clients map[chan message]bool
	closed  bool
}

func newHub() *hub { return &hub{clients: map[chan message]bool{}} }

// subscribe returns a channel of messages, closed when the hub closes or
// unsubscribe is called; ok is false once the hub is closed.
func (h *hub) subscribe() (ch chan message, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, false
	}
	ch = make(chan message, 16)
	h.clients[ch] = true
	return ch, true
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
