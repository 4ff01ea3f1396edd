//go:build race

package publish_test

// raceDetector reports that the tests run under -race, where each child
// build of the fault tests is several times slower.
const raceDetector = true
