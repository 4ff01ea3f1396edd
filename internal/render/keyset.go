package render

// KeySet is a set of keys made to be asked, again and again, whether a
// list of keys holds one of them: after an edit the preview's plan asks
// it of every job's Reads, a few hundred thousand keys at a large site,
// when the edit moved the fingerprints of a few keys. A key of a kind
// the set holds none of is answered without looking at its name, and a
// name among the few of its kind by comparing strings, which are mostly
// of another length, rather than hashing it; a kind with many names is
// looked up in a map. The zero value is an empty set. A KeySet may be
// read by several goroutines once nothing adds to it.
type KeySet struct {
	// kinds has bit k set when the set holds a key of kind k.
	kinds uint32
	// few are the names of each kind while there are at most fewNames
	// of them; many holds them all once there are more.
	few  [placeKind + 1][]string
	many [placeKind + 1]map[string]bool
	n    int
}

// fewNames is the most names of one kind a KeySet compares one by one:
// past it, a map's hash is cheaper than the comparisons.
const fewNames = 8

// Add puts k in the set.
func (s *KeySet) Add(k Key) {
	if s.Has(k) {
		return
	}
	s.n++
	s.kinds |= 1 << k.kind
	switch m := s.many[k.kind]; {
	case m != nil:
		m[k.name] = true
	case len(s.few[k.kind]) < fewNames:
		s.few[k.kind] = append(s.few[k.kind], k.name)
	default:
		m = make(map[string]bool, 2*fewNames)
		for _, name := range s.few[k.kind] {
			m[name] = true
		}
		m[k.name] = true
		s.many[k.kind], s.few[k.kind] = m, nil
	}
}

// Len returns the number of keys in the set.
func (s *KeySet) Len() int { return s.n }

// Has reports whether k is in the set.
func (s *KeySet) Has(k Key) bool {
	if s.kinds&(1<<k.kind) == 0 {
		return false
	}
	if m := s.many[k.kind]; m != nil {
		return m[k.name]
	}
	for _, name := range s.few[k.kind] {
		if name == k.name {
			return true
		}
	}
	return false
}

// HasAny reports whether any of keys is in the set.
func (s *KeySet) HasAny(keys []Key) bool {
	if s.n == 0 {
		return false
	}
	for _, k := range keys {
		if s.Has(k) {
			return true
		}
	}
	return false
}
