package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// axeScript returns the source of axe-core's axe.min.js, or skips the test
// saying how to get it. axe-core is not part of the repository: CI's
// .ci/run installs it from the npm registry; LECTERN_AXE_CORE may name the
// file anywhere else.
func axeScript(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("LECTERN_AXE_CORE")}
	if out, err := exec.Command("npm", "root", "-g").Output(); err == nil {
		candidates = append(candidates, filepath.Join(strings.TrimSpace(string(out)), "axe-core", "axe.min.js"))
	}
	candidates = append(candidates,
		"/usr/lib/node_modules/axe-core/axe.min.js",
		"/usr/local/lib/node_modules/axe-core/axe.min.js",
		"/usr/share/nodejs/axe-core/axe.min.js",
	)
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if b, err := os.ReadFile(c); err == nil {
			return string(b)
		}
	}
	t.Skip("axe-core is not installed: run npm install -g axe-core (as .ci/run does), or set LECTERN_AXE_CORE to its axe.min.js, to run the accessibility test")
	return ""
}

// axeViolation is what the test reports of one axe-core violation.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeRun runs axe-core on the page loaded and returns its violations,
// each node as its selector and axe's summary of what fails.
const axeRun = `axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " "))
}))))`

// TestBrowserAccessibility runs axe-core on a page of every kind of the
// example site, in the light and the dark colour scheme, and fails on any
// violation.
func TestBrowserAccessibility(t *testing.T) {
	// Thirty-eight runs of axe, each loading its 650 KB script.
	ctx := browserFor(t, 8*time.Minute)
	script := axeScript(t)
	base := serveExample(t)
	pages := []string{
		"/", "/talks/", "/talks/incident-reviews-without-blame/", "/talks/keynote-long-tail/",
		"/speakers/", "/speakers/priya-raman/", "/speakers/daniel-mensah/",
		"/tags/", "/tags/sre/", "/notes/", "/notes/notes-on-blameless-reviews/",
		"/reading/", "/reading/2026-conference-reading/", "/events/northwind-2026/", "/sponsors/", "/sponsors/fernweh-systems/",
		"/about/", "/schedule/", "/404.html",
	}
	for _, scheme := range []string{"light", "dark"} {
		for _, path := range pages {
			var out string
			err := chromedp.Run(ctx,
				chromedp.EmulateViewport(1280, 900),
				emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}),
				chromedp.Navigate(base+path),
				chromedp.WaitReady("body"),
				chromedp.Evaluate(script, nil),
				chromedp.Evaluate(axeRun, &out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
			)
			if err != nil {
				t.Fatalf("%s (%s): %v", path, scheme, err)
			}
			var violations []axeViolation
			if err := json.Unmarshal([]byte(out), &violations); err != nil {
				t.Fatalf("%s (%s): axe said %q: %v", path, scheme, out, err)
			}
			for _, v := range violations {
				t.Errorf("%s (%s scheme): %s (%s): %s\n\t%s", path, scheme, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
			}
		}
	}
}
