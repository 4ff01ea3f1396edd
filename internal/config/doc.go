// Package config reads a site's config.toml into a typed Config.
//
// Every key is optional: Default returns the values a site without a
// config.toml gets, and Parse starts from them. Unknown keys are warnings
// (a typo should not pass silently); a malformed file is an error with the
// line and column where the TOML went wrong.
package config
