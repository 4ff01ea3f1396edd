package config

import "time"

// Floating is the zone of a site that names none: neither its config
// (config.toml's timezone, Jekyll's timezone, Hugo's timeZone) nor, for a
// talk, its event, nor the date itself (no offset). A time of day placed in
// it is a floating local time, as RFC 5545 calls one: 10:00 wherever the
// talk is, not 10:00 UTC. It reads as UTC (offset 0, named "UTC") so that
// the model orders, groups and places its dates as it did when it assumed
// UTC; only what shows or exports a time tells it apart (IsFloating): no
// zone named, no offset in a datetime attribute, no Z in a calendar.
//
// Config.Location is Floating until a zone is named (ZoneSet).
var Floating = time.FixedZone("UTC", 0)

// IsFloating reports whether t is a floating local time: placed in the
// zone of a site that names none (Floating).
func IsFloating(t time.Time) bool { return t.Location() == Floating }
