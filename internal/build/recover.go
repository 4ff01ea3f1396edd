package build

import "lectern/internal/diag"

// recover, deferred by Rebuild, is its last resort: a bug of lectern's
// in a stage that has no boundary of its own fails this rebuild, with
// the error in *diags, not the preview. The last good outputs stay
// served; what the rebuild had changed of the session's state is not
// trusted, so the next rebuild reads and renders everything. *holding
// reports that the rebuild holds s.last with no deferred unlock.
func (s *Session) recover(diags *diag.List, holding *bool) {
	v := recover()
	if v == nil {
		return
	}
	if *holding {
		s.last.Unlock()
	}
	s.unsure, s.md, s.current = true, nil, false
	*diags = diag.List{diag.Panicked(diag.Pos{}, v, nil)}
	s.said = *diags
}
