// Package build is the only package that knows the order of lectern's
// stages: config → load → model → render → publish. Each stage is a call to
// the package that owns it, timed, its diagnostics collected; the build goes
// as far as it can so that the user sees every problem at once, and writes
// nothing when any stage reported an error.
//
// build knows nothing of file watching or HTTP: the preview server calls it.
package build
