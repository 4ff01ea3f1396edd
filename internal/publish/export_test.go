package publish

// SetBeforeMove sets the hook that runs before each move of Commit, for
// the fault tests of package publish_test, which build real sites; nil
// removes it.
func SetBeforeMove(f func(done int) error) { beforeMove = f }
