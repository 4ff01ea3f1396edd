// The schedule page, enhanced: filters kept in the URL (?track=…&level=…,
// the day as #day-…), a count of the active ones on the folded control,
// a note on days they leave empty, the switch to the reader's time zone
// (offered only when it differs from the event's), and "now": past
// sessions dimmed, the current ones marked, a line at the current time,
// and the page opened there. Everything comes from the page's own data
// attributes and the reader's clock. The page is complete without it.
(function () {
  "use strict";
  var root = document.querySelector("[data-schedule]");
  if (!root) return;
  var form = root.querySelector("form.filters");
  var names = ["track", "level"];
  var sessions = Array.prototype.slice.call(root.querySelectorAll(".session[data-start]"));
  var lang = document.documentElement.lang || undefined;

  // ---- Filters and the URL ----

  function radios(name) {
    return form ? Array.prototype.slice.call(form.querySelectorAll("input[type=radio][name=" + name + "]")) : [];
  }
  function value(name) {
    var r = radios(name).filter(function (i) { return i.checked; })[0];
    return r ? r.value : "";
  }
  function writeURL() {
    var q = new URLSearchParams(location.search);
    names.forEach(function (n) {
      var v = value(n);
      if (v) q.set(n, v); else q.delete(n);
    });
    var qs = q.toString();
    history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
  }
  var params = new URLSearchParams(location.search);
  names.forEach(function (n) {
    var want = params.get(n);
    if (want === null) return;
    radios(n).forEach(function (i) { i.checked = i.value === want; });
  });
  if (form) {
    form.addEventListener("change", function () { writeURL(); shown(); });
    // A reset button changes the inputs after its event: look then.
    form.addEventListener("reset", function () { setTimeout(function () { writeURL(); shown(); }, 0); });
  }

  var count = root.querySelector("[data-filter-count]");
  function shown() {
    var n = names.filter(function (name) { return value(name) !== ""; }).length;
    if (root.classList.contains("only-starred")) n++;
    if (count) count.textContent = n ? n + " active" : "";
    var days = root.querySelectorAll(".day");
    // An empty day hides its grid: measure with every grid shown.
    for (var d = 0; d < days.length; d++) days[d].classList.remove("is-empty");
    for (var i = 0; i < days.length; i++) {
      var all = days[i].querySelectorAll(".session:not(.session-break)");
      var visible = 0;
      for (var j = 0; j < all.length; j++) if (all[j].getClientRects().length) visible++;
      days[i].classList.toggle("is-empty", all.length > 0 && visible === 0);
    }
  }
  root.addEventListener("lectern:shown", shown);

  // ---- Time zones ----

  // offset returns the UTC offset written in an RFC 3339 time, in minutes.
  function offset(s) {
    var m = /([+-])(\d\d):?(\d\d)$|Z$/.exec(s || "");
    if (!m) return null;
    return m[1] ? (m[1] === "-" ? -1 : 1) * (parseInt(m[2], 10) * 60 + parseInt(m[3], 10)) : 0;
  }
  function differs() {
    for (var i = 0; i < sessions.length; i++) {
      var s = sessions[i].getAttribute("data-start"), d = new Date(s);
      if (!isNaN(d) && offset(s) !== null && -d.getTimezoneOffset() !== offset(s)) return true;
    }
    return false;
  }
  function part(fmt, d, type) {
    var p = fmt.formatToParts(d).filter(function (x) { return x.type === type; })[0];
    return p ? p.value : "";
  }
  var clockFmt, dayFmt, shortFmt, zoneFmt;
  try {
    clockFmt = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    dayFmt = new Intl.DateTimeFormat(lang, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
    shortFmt = new Intl.DateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short" });
    zoneFmt = new Intl.DateTimeFormat(lang, { timeZoneName: "short" });
  } catch (e) {
    clockFmt = null;
  }
  // localDay is the reader's calendar date of d, as "YYYY-MM-DD".
  function localDay(d) {
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  // dayText writes a date as the theme does: "Wednesday 10 June 2026".
  function dayText(d) {
    return [part(dayFmt, d, "weekday"), part(dayFmt, d, "day"), part(dayFmt, d, "month"), part(dayFmt, d, "year")].join(" ");
  }
  function shortDay(d) {
    return [part(shortFmt, d, "weekday"), part(shortFmt, d, "day"), part(shortFmt, d, "month")].join(" ");
  }
  function remember(el) {
    if (!el.hasAttribute("data-written")) el.setAttribute("data-written", el.textContent);
  }

  // showZone shows every time in the reader's zone (or back as written).
  // Each day's heading names the reader's dates its sessions fall on, and
  // a time on another date than the heading's first carries its date.
  function showZone(reader) {
    var zoneName = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    var days = root.querySelectorAll(".day");
    for (var i = 0; i < days.length; i++) {
      var day = days[i], heading = day.querySelector("time[data-day]");
      var list = day.querySelectorAll(".session[data-start]");
      var first = null, last = null;
      for (var j = 0; j < list.length; j++) {
        var s = new Date(list[j].getAttribute("data-start"));
        var e = new Date(list[j].getAttribute("data-end") || list[j].getAttribute("data-start"));
        if (!first || s < first) first = s;
        if (!last || e > last) last = e;
      }
      if (heading) {
        remember(heading);
        if (reader && first) {
          // An end at midnight belongs to the day before.
          var lastDay = new Date(last.getTime() - 1);
          heading.textContent = dayText(first) + (localDay(lastDay) !== localDay(first) && lastDay > first ? " – " + dayText(lastDay) : "");
        } else {
          heading.textContent = heading.getAttribute("data-written");
        }
      }
      var times = day.querySelectorAll("time[data-clock]");
      for (var k = 0; k < times.length; k++) {
        var t = times[k], d = new Date(t.getAttribute("datetime"));
        remember(t);
        if (!reader || isNaN(d)) {
          t.textContent = t.getAttribute("data-written");
          continue;
        }
        // The date once per range: "Fri 12 Jun 00:00–01:00".
        var prev = t.previousElementSibling;
        var dated = first && localDay(d) !== localDay(first) &&
          !(prev && prev.matches("time[data-clock]") && localDay(new Date(prev.getAttribute("datetime"))) === localDay(d));
        t.textContent = (dated ? shortDay(d) + " " : "") + clockFmt.format(d);
      }
    }
    var name = root.querySelector("[data-zone-name]");
    if (name) {
      remember(name);
      var abbr = part(zoneFmt, new Date(sessions.length ? sessions[0].getAttribute("data-start") : Date.now()), "timeZoneName");
      name.textContent = reader ? "your time zone, " + zoneName + (abbr ? " (" + abbr + ")" : "") : name.getAttribute("data-written");
    }
    root.classList.toggle("reader-zone", reader);
    place();
  }

  var tools = root.querySelector("[data-tools]");
  if (tools && clockFmt && differs()) {
    var zoneBtn = document.createElement("button");
    zoneBtn.type = "button";
    zoneBtn.className = "tool";
    zoneBtn.textContent = "Show in my time zone";
    zoneBtn.setAttribute("aria-pressed", "false");
    zoneBtn.addEventListener("click", function () {
      var on = zoneBtn.getAttribute("aria-pressed") !== "true";
      zoneBtn.setAttribute("aria-pressed", String(on));
      var q = new URLSearchParams(location.search);
      if (on) q.set("zone", "mine"); else q.delete("zone");
      var qs = q.toString();
      history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
      showZone(on);
    });
    tools.insertBefore(zoneBtn, tools.querySelector(".tools-status"));
    tools.hidden = false;
    if (params.get("zone") === "mine") {
      zoneBtn.setAttribute("aria-pressed", "true");
      showZone(true);
    }
  }

  // ---- Now ----

  function span(el) {
    var start = Date.parse(el.getAttribute("data-start"));
    var end = Date.parse(el.getAttribute("data-end") || "");
    return { start: start, end: isNaN(end) ? start : end };
  }

  // place marks what is past and what is on, and draws the line of the
  // current time on today's grid (or before the next session of today's
  // list on a phone). It returns the session to open the page at: the
  // first on now, else the next today, else null.
  function place() {
    var now = Date.now(), target = null;
    var old = root.querySelectorAll(".now-line, .now-badge");
    for (var i = 0; i < old.length; i++) old[i].remove();
    // Only while the event runs: before it nothing is past, and after it
    // the schedule is a record, not greyed out.
    var from = Infinity, to = -Infinity;
    sessions.forEach(function (s) { var sp = span(s); from = Math.min(from, sp.start); to = Math.max(to, sp.end); });
    var running = from <= now && now < to;
    sessions.forEach(function (s) {
      var sp = span(s), on = running && sp.start <= now && now < sp.end;
      s.classList.toggle("is-past", running && (sp.end <= now && sp.end > sp.start || sp.end === sp.start && sp.start < now - 3600e3));
      s.classList.toggle("is-now", on);
      if (on) {
        var badge = document.createElement("span");
        badge.className = "now-badge";
        badge.textContent = "Now";
        s.querySelector(".session-when").prepend(badge);
        if (!target) target = s;
      }
    });
    var grids = root.querySelectorAll(".grid");
    for (var g = 0; g < grids.length; g++) {
      var grid = grids[g], list = grid.querySelectorAll(".session[data-start]");
      if (!list.length) continue;
      var first = span(list[0]).start, last = 0;
      for (var j = 0; j < list.length; j++) last = Math.max(last, span(list[j]).end);
      if (now < first || now >= last) continue;
      var line = document.createElement("div");
      line.className = "now-line";
      line.setAttribute("aria-hidden", "true");
      var label = document.createElement("span");
      label.textContent = "Now " + nowText(now, list[0].getAttribute("data-start"));
      line.appendChild(label);
      if (getComputedStyle(grid).display === "grid") {
        var marks = grid.querySelectorAll(".grid-mark[data-end]");
        for (var m = 0; m < marks.length; m++) {
          var ms = span(marks[m]);
          if (ms.start <= now && now < ms.end) {
            line.style.top = (marks[m].offsetTop + (now - ms.start) / (ms.end - ms.start) * marks[m].offsetHeight) + "px";
            grid.appendChild(line);
            break;
          }
        }
      } else {
        var next = null;
        for (var k = 0; k < list.length; k++) {
          if (span(list[k]).start > now) { next = list[k]; break; }
        }
        if (next) grid.insertBefore(line, next);
      }
      if (!target) {
        for (var n = 0; n < list.length; n++) {
          if (span(list[n]).start > now) { target = list[n]; break; }
        }
      }
    }
    return target;
  }

  // nowText writes the time now as the grid shows times: in the reader's
  // zone when switched to it, else at the offset the schedule is written
  // in (that of written, a time of the same day).
  function nowText(now, written) {
    var off = offset(written);
    if (root.classList.contains("reader-zone") || off === null || !clockFmt) {
      return clockFmt ? clockFmt.format(new Date(now)) : "";
    }
    var w = new Date(now + off * 60000);
    return String(w.getUTCHours()).padStart(2, "0") + ":" + String(w.getUTCMinutes()).padStart(2, "0");
  }

  // ---- Wide grids: a visible way to scroll sideways, at the top ----

  var boxes = root.querySelectorAll(".grid-scroll");
  function hints() {
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i], hint = box.previousElementSibling;
      if (!hint || !hint.classList.contains("scroll-hint")) {
        hint = makeHint(box);
        box.parentNode.insertBefore(hint, box);
      }
      hint.hidden = box.scrollWidth <= box.clientWidth + 1;
    }
  }
  function makeHint(box) {
    var p = document.createElement("p");
    p.className = "scroll-hint";
    var rooms = box.querySelectorAll(".grid-room").length;
    p.appendChild(document.createTextNode(rooms + " rooms: scroll sideways to see them all"));
    [["←", "Scroll to earlier rooms", -1], ["→", "Scroll to later rooms", 1]].forEach(function (b) {
      var btn = document.createElement("button");
      btn.type = "button";
      btn.className = "tool";
      btn.textContent = b[0];
      btn.setAttribute("aria-label", b[1]);
      btn.addEventListener("click", function () {
        box.scrollBy({ left: b[2] * Math.max(200, box.clientWidth * 0.8), behavior: "smooth" });
      });
      p.appendChild(btn);
    });
    return p;
  }

  shown();
  hints();
  window.addEventListener("resize", function () { hints(); place(); });
  var target = place();
  // Open at now, unless the address asks for a place of its own.
  // The day's heading comes along when the session fits below it.
  if (target && !location.hash) {
    var day = target.closest(".day");
    if (day) day.scrollIntoView({ block: "start" });
    var r = target.getBoundingClientRect();
    if (!day || r.bottom > innerHeight || r.top < 0) target.scrollIntoView({ block: "center" });
  }
  setInterval(place, 60000);
})();
