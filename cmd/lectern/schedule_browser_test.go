package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// During is a moment inside the example event: Friday 12 June 2026,
// 10:20 in Lisbon, while three talks of the 10:00 slot run.
var during = time.Date(2026, 6, 12, 9, 20, 0, 0, time.UTC)

// screen is a browser window: its size, whether it is a phone, the zone
// and the moment its clock says.
type screen struct {
	name          string
	width, height int64
	mobile        bool
	zone          string
	clock         time.Time
}

var (
	phone   = screen{name: "390", width: 390, height: 844, mobile: true, zone: "Europe/Lisbon", clock: during}
	desktop = screen{name: "1280", width: 1280, height: 900, zone: "Europe/Lisbon", clock: during}
)

// in returns s in another zone.
func (s screen) in(zone string) screen { s.zone = zone; return s }

// setup sizes the window, sets its zone and makes Date tell the screen's
// clock (moving on from it as time passes) in every page loaded after.
func (s screen) setup() chromedp.Action {
	clock := fmt.Sprintf(`(() => {
  const shift = %d - Date.now(), Real = Date;
  class Clock extends Real {
    constructor(...a) { if (a.length === 0) super(Real.now() + shift); else super(...a); }
    static now() { return Real.now() + shift; }
  }
  globalThis.Date = Clock;
})();`, s.clock.UnixMilli())
	return chromedp.Tasks{
		emulation.SetDeviceMetricsOverride(s.width, s.height, 1, s.mobile),
		emulation.SetTimezoneOverride(s.zone),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(clock).Do(ctx)
			return err
		}),
	}
}

// shot saves a screenshot of the window to $LECTERN_SHOTS/name.png when
// that variable names a folder: for people to look at, never compared.
func shot(name string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		dir := os.Getenv("LECTERN_SHOTS")
		if dir == "" {
			return nil
		}
		var buf []byte
		if err := chromedp.CaptureScreenshot(&buf).Do(ctx); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	})
}

// firstScreen reports, as text, where the element a selector finds is
// against the window: "on" when its top is inside the first screen.
const firstScreen = `(sel => { const e = document.querySelector(sel); if (!e) return "missing";
  const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight - 40 ? "on" : "off at " + Math.round(r.top); })`

// TestBrowserScheduleNow opens the example's schedule and home page with
// the clock inside the event, on a phone and a desktop: the schedule
// opens at the session on now, marks it and draws the line, dims what is
// past and offers no zone switch to a reader in the event's zone; the
// home page leads with "On now" and "Up next".
func TestBrowserScheduleNow(t *testing.T) {
	base := serveExample(t)
	for _, s := range []screen{phone, desktop} {
		t.Run(s.name, func(t *testing.T) {
			ctx := browser(t)
			var p problems
			listen(ctx, &p)
			var where, nowTitle, line, zoneTool, headline, breakLink string
			var past int
			var homeWhere string
			var starSize int
			err := steps(ctx, network.Enable(), runtime.Enable(), s.setup(),
				chromedp.Navigate(base+"/schedule/"),
				chromedp.WaitVisible(`.session.is-now`, chromedp.ByQuery),
				chromedp.Evaluate(firstScreen+`(".session.is-now")`, &where),
				chromedp.Evaluate(`[...document.querySelectorAll(".session.is-now .session-title")].map(e => e.textContent.trim()).join(" | ")`, &nowTitle),
				chromedp.Evaluate(`(document.querySelector(".now-line") || {}).textContent || ""`, &line),
				chromedp.Evaluate(`document.querySelectorAll("#day-2026-06-11 .session.is-past").length`, &past),
				chromedp.Evaluate(`[...document.querySelectorAll("[data-tools] button")].map(b => b.textContent).filter(t => /zone/.test(t)).join()`, &zoneTool),
				chromedp.Evaluate(`(() => { const r = document.querySelector("button.star").getBoundingClientRect(); return Math.round(Math.min(r.width, r.height)); })()`, &starSize),
				shot("after-schedule-now-"+s.name),
				chromedp.Navigate(base+"/"),
				chromedp.WaitVisible(`[data-now-next] .now-card`, chromedp.ByQuery),
				chromedp.Text(`[data-now-next]`, &headline, chromedp.ByQuery),
				chromedp.Evaluate(firstScreen+`(".now-card")`, &homeWhere),
				chromedp.Evaluate(`[...document.querySelectorAll(".talks a")].filter(a => /break|Lunch/.test(a.textContent)).map(a => a.textContent).join()`, &breakLink),
				shot("after-home-now-"+s.name),
			)
			if err != nil {
				t.Fatal(err)
			}
			if where != "on" {
				t.Errorf("the session on now is %s, not on the first screen", where)
			}
			for _, want := range []string{"Chaos Engineering on a Budget", "Lightning Talks", "Typography for Developers"} {
				if !strings.Contains(nowTitle, want) {
					t.Errorf("sessions marked now: %q, want %q among them", nowTitle, want)
				}
			}
			if line != "Now 10:20" {
				t.Errorf("the now line reads %q, want %q", line, "Now 10:20")
			}
			if past < 5 {
				t.Errorf("%d sessions of the first day dimmed as past, want all of them", past)
			}
			if zoneTool != "" {
				t.Errorf("a reader in the event's zone is offered %q", zoneTool)
			}
			if !strings.HasPrefix(headline, "On now") || !strings.Contains(headline, "Up next") || !strings.Contains(headline, "Sala Tejo") {
				t.Errorf("home page now/next reads %q", headline)
			}
			if starSize < 44 {
				t.Errorf("a star button is %d px across at its smallest, want at least 44", starSize)
			}
			if homeWhere != "on" {
				t.Errorf("the first On now card is %s, not on the first screen", homeWhere)
			}
			if breakLink != "" {
				t.Errorf("breaks are links on the home page: %s", breakLink)
			}
			for _, problem := range p.take() {
				t.Error(problem)
			}
		})
	}
}

// TestBrowserScheduleFirstScreen: before the event, a phone shows the
// first session of the first day on its first screen, nothing is marked
// past or now, and few tab stops come before the first talk.
func TestBrowserScheduleFirstScreen(t *testing.T) {
	base := serveExample(t)
	ctx := browser(t)
	s := phone
	s.clock = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	var where string
	var stops []string
	var marked, menu int
	err := steps(ctx, s.setup(),
		chromedp.Navigate(base+"/schedule/"),
		chromedp.WaitVisible(`.session`, chromedp.ByQuery),
		chromedp.Evaluate(firstScreen+`(".session")`, &where),
		// Tab stops before the first talk's link: links, buttons and
		// summaries shown, a group of radio buttons counting once.
		chromedp.Evaluate(`(() => { const first = document.querySelector(".session-title a"); const out = [], groups = new Set();
  for (const e of document.querySelectorAll("a[href], button, summary, input, select, textarea")) {
    if (e === first) return out;
    if (!e.checkVisibility({ visibilityProperty: true }) || e.tabIndex < 0) continue;
    if (e.type === "radio") { if (groups.has(e.name)) continue; groups.add(e.name); }
    out.push((e.textContent || e.name || e.tagName).trim().slice(0, 20));
  } return null; })()`, &stops),
		chromedp.Evaluate(`document.querySelectorAll(".is-past, .is-now, .now-line").length`, &marked),
		chromedp.Evaluate(`document.querySelectorAll(".site-nav a[href]").length`, &menu),
		shot("after-schedule-first-screen-390"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if where != "on" {
		t.Errorf("the first session is %s, not on a phone's first screen", where)
	}
	if marked != 0 {
		t.Errorf("%d sessions or lines marked past or now before the event", marked)
	}
	// The menu has as many links as the author gives it; besides them,
	// at most 7 come first (skip link, site title, search, the event,
	// the days, the filters).
	if menu == 0 {
		t.Error("no menu link found: the count below shows nothing")
	}
	if stops == nil || len(stops)-menu > 7 {
		t.Errorf("%d tab stops before the first talk besides the menu's %d links, want at most 7: %q", len(stops)-menu, menu, stops)
	}
}

// TestBrowserScheduleFilters: filters round-trip through the URL and a
// reload, Beginner keeps the talks for all levels, levels come in their
// natural order, and a day they leave empty says so with a way out.
func TestBrowserScheduleFilters(t *testing.T) {
	base := serveExample(t)
	ctx := browser(t)
	var p problems
	listen(ctx, &p)
	visible := `[...document.querySelectorAll(".session")].filter(e => e.getClientRects().length).map(e => e.querySelector(".session-title").textContent.trim()).join(" | ")`
	var levels, shown, url, count, afterReload, empty, cleared string
	var checked bool
	err := steps(ctx, network.Enable(), runtime.Enable(), desktop.setup(),
		chromedp.Navigate(base+"/schedule/?level=beginner"),
		chromedp.WaitVisible(`.session`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("fieldset:has(input[name=level]) label")].map(l => l.textContent.trim()).join(", ")`, &levels),
		chromedp.Evaluate(`document.querySelector("input[name=level][value=beginner]").checked`, &checked),
		chromedp.Evaluate(visible, &shown),
		chromedp.Click(`summary`, chromedp.ByQuery),
		chromedp.Click(`label[data-track="web"]`, chromedp.ByQuery),
		chromedp.Evaluate(`location.search`, &url),
		chromedp.Text(`[data-filter-count]`, &count, chromedp.ByQuery),
		chromedp.Reload(),
		chromedp.WaitReady(`.session`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector("input[name=track][value=web]").checked && document.querySelector("input[name=level][value=beginner]").checked ? "kept" : "lost"`, &afterReload),
		chromedp.Evaluate(`getComputedStyle(document.querySelector("#day-2026-06-12 .filter-empty")).display`, &empty),
		shot("after-schedule-empty-1280"),
		chromedp.Click(`#day-2026-06-12 .filter-empty button`, chromedp.ByQuery),
		chromedp.Sleep(100*time.Millisecond),
		chromedp.Evaluate(`location.search + "|" + getComputedStyle(document.querySelector("#day-2026-06-12 .filter-empty")).display`, &cleared),
	)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Any, Beginner, Intermediate, Advanced, All"; levels != want {
		t.Errorf("levels %q, want %q", levels, want)
	}
	if !checked {
		t.Error("?level=beginner does not check Beginner")
	}
	for _, want := range []string{"The Long Tail", "Reliability Is a Team Sport", "Hands-on: Accessible Forms", "Coffee break"} {
		if !strings.Contains(shown, want) {
			t.Errorf("Beginner shows %q, want %q among them", shown, want)
		}
	}
	if strings.Contains(shown, "Incident Reviews") {
		t.Errorf("Beginner shows an intermediate talk: %q", shown)
	}
	if url != "?level=beginner&track=web" && url != "?track=web&level=beginner" {
		t.Errorf("the URL's query is %q after choosing a track", url)
	}
	if count != "2 active" {
		t.Errorf("the filters control says %q, want %q", count, "2 active")
	}
	if afterReload != "kept" {
		t.Error("the filters were lost on reload")
	}
	if empty != "block" {
		t.Errorf("a day the filters leave empty shows its note as %q", empty)
	}
	if cleared != "|none" {
		t.Errorf("after Clear filters: query and note %q, want %q", cleared, "|none")
	}
	for _, problem := range p.take() {
		t.Error(problem)
	}
}

// TestBrowserScheduleZones: a reader elsewhere is offered the switch to
// their zone; it names their zone rightly (New York in June is EDT, never
// the event's WEST) and puts Wednesday-evening times under a Wednesday
// heading in Honolulu, with the date on times of the next day.
func TestBrowserScheduleZones(t *testing.T) {
	base := serveExample(t)
	zoneTool := `//button[@class="tool" and text()="Show in my time zone"]`
	t.Run("New York", func(t *testing.T) {
		ctx := browser(t)
		var name, line, mine string
		err := steps(ctx, desktop.in("America/New_York").setup(),
			chromedp.Navigate(base+"/schedule/"),
			chromedp.WaitReady(`.session`, chromedp.ByQuery),
			chromedp.Text(`.now-line`, &line, chromedp.ByQuery),
			chromedp.Click(`summary`, chromedp.ByQuery),
			chromedp.Click(zoneTool, chromedp.BySearch),
			chromedp.Text(`.zone-note`, &name, chromedp.ByQuery),
			chromedp.Text(`.now-line`, &mine, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(name, "America/New_York") || !(strings.Contains(name, "(EDT)") || strings.Contains(name, "(GMT-4)")) || strings.Contains(name, "WEST") {
			t.Errorf("zone note %q", name)
		}
		if line != "Now 10:20" || mine != "Now 05:20" {
			t.Errorf("the now line reads %q in the event's zone and %q in the reader's, want Now 10:20 and Now 05:20", line, mine)
		}
	})
	t.Run("Honolulu", func(t *testing.T) {
		ctx := browser(t)
		var heading, first, late, talk string
		err := steps(ctx, desktop.in("Pacific/Honolulu").setup(),
			chromedp.Navigate(base+"/schedule/?zone=mine"),
			chromedp.WaitReady(`.session`, chromedp.ByQuery),
			chromedp.Text(`#day-2026-06-11-title`, &heading, chromedp.ByQuery),
			chromedp.Text(`#day-2026-06-11 .session .session-when`, &first, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelector('#day-2026-06-11 .session[data-talk="/talks/static-sites-at-scale/"] .session-when').textContent`, &late),
			shot("after-schedule-honolulu-1280"),
			chromedp.Navigate(base+"/talks/keynote-reliability-team-sport/"),
			chromedp.WaitVisible(`.local-time`, chromedp.ByQuery),
			chromedp.Text(`.local-time`, &talk, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(heading, "Wednesday 10 June 2026") {
			t.Errorf("first day's heading in Honolulu: %q", heading)
		}
		if !strings.HasPrefix(first, "22:00") {
			t.Errorf("first session in Honolulu: %q, want 22:00 without a date", first)
		}
		if !strings.HasPrefix(late, "Thu 11 Jun 00:15–01:00") {
			t.Errorf("a session after midnight in Honolulu: %q, want its date", late)
		}
		if want := "(Wed 10 Jun, 22:00–22:45 your time)"; !strings.Contains(talk, want) {
			t.Errorf("the talk page's local time %q, want %q", talk, want)
		}
	})
}

// TestBrowserScheduleTwelveRooms builds a day in twelve rooms: scrolled
// down, its room headers stay in view; scrolled sideways, every room can
// be reached, and the way to scroll sideways is at the top.
func TestBrowserScheduleTwelveRooms(t *testing.T) {
	files := map[string]string{
		"config.toml":           "title = \"Twelve rooms\"\ntimezone = \"Europe/Berlin\"\n",
		"content/events/big.md": "---\nkind: event\nname: Big\nstart: 2026-09-01\ntimezone: Europe/Berlin\n---\n",
	}
	for r := 1; r <= 12; r++ {
		for h := 9; h < 17; h++ {
			files[fmt.Sprintf("content/talks/r%02d-%02d.md", r, h)] = fmt.Sprintf("---\ntitle: Talk %d at %d\nevent: big\ndate: 2026-09-01 %02d:00\nend: 2026-09-01 %02d:45\nroom: Room %d\ntrack: Track %d\n---\n", r, h, h, h, r, r%5)
		}
	}
	base := serveSite(t, files)

	ctx := browser(t)
	var rooms int
	var header, last, hint string
	err := steps(ctx, desktop.setup(),
		chromedp.Navigate(base+"/schedule/"),
		chromedp.WaitVisible(`.grid-room`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll(".grid-room").length`, &rooms),
		chromedp.Evaluate(`(() => { const h = document.querySelector(".scroll-hint"); return h && !h.hidden && h.nextElementSibling.classList.contains("grid-scroll") ? h.getBoundingClientRect().top < innerHeight ? "top" : "below" : "missing"; })()`, &hint),
		shot("after-twelve-rooms-1280"),
		chromedp.Evaluate(`(() => { const box = document.querySelector(".grid-scroll"); box.scrollIntoView(); box.scrollTop = 1500;
  const b = box.getBoundingClientRect(), h = document.querySelector(".grid-room").getBoundingClientRect();
  return h.top >= b.top - 1 && h.bottom <= b.bottom && h.bottom <= innerHeight ? "visible" : "hidden at " + Math.round(h.top) + " in box at " + Math.round(b.top); })()`, &header),
		shot("after-twelve-rooms-scrolled-1280"),
		chromedp.Click(`.scroll-hint button[aria-label="Scroll to later rooms"]`, chromedp.ByQuery),
		chromedp.Evaluate(`(() => { const box = document.querySelector(".grid-scroll"); box.scrollLeft = box.scrollWidth;
  const b = box.getBoundingClientRect(), rooms = document.querySelectorAll(".grid-room"), r = rooms[rooms.length - 1].getBoundingClientRect(),
    time = document.querySelector(".grid-time").getBoundingClientRect();
  return r.right <= b.right + 1 && r.left >= time.right - 1 ? "reachable" : "out of reach: room " + Math.round(r.left) + "–" + Math.round(r.right) + ", box " + Math.round(b.left) + "–" + Math.round(b.right); })()`, &last),
		shot("after-twelve-rooms-right-1280"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if rooms != 12 {
		t.Fatalf("%d room headers, want 12", rooms)
	}
	if hint != "top" {
		t.Errorf("the sideways scroll control is %s", hint)
	}
	if header != "visible" {
		t.Errorf("room headers after scrolling down: %s", header)
	}
	if last != "reachable" {
		t.Errorf("the last room: %s", last)
	}
}

// steps runs actions one by one, each within ten seconds, and says which
// one failed: a selector that never matches fails fast and by number.
func steps(ctx context.Context, actions ...chromedp.Action) error {
	if err := chromedp.Run(ctx); err != nil {
		return err
	}
	for i, a := range actions {
		c, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := chromedp.Run(c, a)
		cancel()
		if err != nil {
			return fmt.Errorf("step %d: %w", i, err)
		}
	}
	return nil
}

// TestBrowserScheduleCancelled: a cancelled talk of the example shows as
// cancelled on the grid, at both widths, without losing its place.
func TestBrowserScheduleCancelled(t *testing.T) {
	base := serveExample(t)
	ctx := browser(t)
	var p problems
	listen(ctx, &p)
	for _, s := range []screen{phone, desktop} {
		var badge, classes string
		err := steps(ctx, network.Enable(), runtime.Enable(), s.setup(),
			chromedp.Navigate(base+"/schedule/"),
			chromedp.WaitVisible(`.session`, chromedp.ByQuery),
			chromedp.Evaluate(`(() => { const a = document.querySelector('.session[data-talk$="/testing-in-production/"]'); return a ? a.className : "missing" })()`, &classes),
			chromedp.Evaluate(`(() => { const a = document.querySelector('.session[data-talk$="/testing-in-production/"] .change-cancelled'); return a && a.getClientRects().length ? a.textContent.trim() : "" })()`, &badge),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(classes, "session-cancelled") || badge != "Cancelled" {
			t.Errorf("%v: the cancelled talk has classes %q and badge %q, want session-cancelled and a visible Cancelled", s, classes, badge)
		}
	}
	if got := p.take(); len(got) > 0 {
		t.Errorf("problems: %q", got)
	}
}
