// "My schedule": stars on the talks of a schedule (and on talk pages),
// kept in this browser's localStorage; a filter showing only starred
// talks, a warning when two of them overlap, their export as an .ics file
// made in the browser. Nothing leaves the browser. The page is complete
// without it. Filters, the time zone and "now" are schedule.js's.
(function () {
  "use strict";
  var KEY = "lectern:starred";
  var store;
  try {
    store = window.localStorage;
    store.setItem(KEY + ":probe", "1");
    store.removeItem(KEY + ":probe");
  } catch (e) {
    return; // no storage (private mode, disabled): no stars to keep
  }

  function load() {
    try {
      var v = JSON.parse(store.getItem(KEY) || "[]");
      return Array.isArray(v) ? v : [];
    } catch (e) {
      return [];
    }
  }
  var starred = load();
  function isStarred(url) { return starred.indexOf(url) >= 0; }
  function setStarred(url, on) {
    starred = load().filter(function (u) { return u !== url; });
    if (on) starred.push(url);
    store.setItem(KEY, JSON.stringify(starred));
  }

  var root = document.querySelector("[data-schedule]");
  var sessions = root ? root.querySelectorAll(".session[data-talk]:not(.session-break)") : [];
  var buttons = [];

  function titleOf(el) {
    var t = el.querySelector(".session-title");
    return (t ? t.textContent : el.getAttribute("data-title") || "").trim();
  }

  function makeStar(url, title, cls, labelled) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = cls;
    b.setAttribute("data-star", url);
    b.setAttribute("aria-label", "Star " + title);
    b.addEventListener("click", function () {
      setStarred(url, !isStarred(url));
      refresh();
    });
    b.labelled = labelled;
    buttons.push(b);
    return b;
  }

  for (var i = 0; i < sessions.length; i++) {
    var s = sessions[i];
    s.appendChild(makeStar(s.getAttribute("data-talk"), titleOf(s), "star", false));
  }
  var holders = document.querySelectorAll("[data-star-for]");
  for (var j = 0; j < holders.length; j++) {
    var h = holders[j];
    h.appendChild(makeStar(h.getAttribute("data-star-for"), h.getAttribute("data-title") || "", "star talk-star", true));
    h.hidden = false;
  }

  var tools = root && root.querySelector("[data-tools]");
  var status, onlyBtn;
  if (tools) {
    // "Starred only" is kept in the URL (?starred=1) with the filters.
    onlyBtn = tool("Starred only", function () {
      setOnly(onlyBtn.getAttribute("aria-pressed") !== "true");
      var q = new URLSearchParams(location.search);
      if (root.classList.contains("only-starred")) q.set("starred", "1"); else q.delete("starred");
      var qs = q.toString();
      history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
    });
    onlyBtn.setAttribute("data-only-starred", "");
    setOnly(new URLSearchParams(location.search).get("starred") === "1");
    tool("Export starred (.ics)", exportStarred);
    status = document.createElement("p");
    status.className = "tools-status";
    status.setAttribute("role", "status");
    tools.appendChild(status);
    tools.hidden = false;
  }

  function setOnly(on) {
    onlyBtn.setAttribute("aria-pressed", String(on));
    root.classList.toggle("only-starred", on);
    changed();
  }

  // changed tells the schedule's other script (schedule.js) that what is
  // shown changed: it counts the active filters and notes empty days.
  function changed() {
    root.dispatchEvent(new CustomEvent("lectern:shown"));
  }

  function tool(label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "tool";
    b.textContent = label;
    b.addEventListener("click", onClick);
    tools.appendChild(b);
    return b;
  }

  function span(el) {
    var start = Date.parse(el.getAttribute("data-start"));
    var end = Date.parse(el.getAttribute("data-end") || "") || start;
    return { el: el, start: start, end: end };
  }

  function refresh() {
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i], on = isStarred(b.getAttribute("data-star"));
      b.setAttribute("aria-pressed", String(on));
      b.textContent = b.labelled ? (on ? "★ Starred" : "☆ Star") : (on ? "★" : "☆");
    }
    var mine = [];
    for (var j = 0; j < sessions.length; j++) {
      var s = sessions[j], on2 = isStarred(s.getAttribute("data-talk"));
      s.classList.toggle("is-starred", on2);
      s.classList.remove("clash");
      if (on2) mine.push(span(s));
    }
    if (!status) return;
    var clashes = [];
    for (var a = 0; a < mine.length; a++) {
      for (var c = a + 1; c < mine.length; c++) {
        var x = mine[a], y = mine[c];
        if (x.start === y.start || (x.start < y.end && y.start < x.end)) {
          x.el.classList.add("clash");
          y.el.classList.add("clash");
          clashes.push("“" + titleOf(x.el) + "” and “" + titleOf(y.el) + "” overlap.");
        }
      }
    }
    changed();
    status.classList.toggle("warn", clashes.length > 0);
    status.textContent = clashes.length ? clashes.join(" ") :
      mine.length ? mine.length + (mine.length === 1 ? " starred talk." : " starred talks.") : "";
  }

  // iCalendar (RFC 5545) of the starred talks: UTC times (floating local
  // times for a site that names no zone), escaped text, lines folded at
  // 75 octets.
  function exportStarred() {
    var stamp = utc(Date.now());
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//lectern//my schedule//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + esc("My schedule: " + document.title)];
    var n = 0;
    for (var i = 0; i < sessions.length; i++) {
      var s = sessions[i], url = s.getAttribute("data-talk");
      if (!isStarred(url)) continue;
      var sp = span(s);
      n++;
      lines.push("BEGIN:VEVENT", "UID:" + esc(url.replace(/^\/+|\/+$/g, "") + "@" + (location.host || "lectern.invalid")),
        "DTSTAMP:" + stamp, "DTSTART:" + icsTime(s.getAttribute("data-start"), sp.start));
      if (sp.end > sp.start) lines.push("DTEND:" + icsTime(s.getAttribute("data-end"), sp.end));
      lines.push("SUMMARY:" + esc(titleOf(s)));
      if (s.getAttribute("data-room")) lines.push("LOCATION:" + esc(s.getAttribute("data-room")));
      if (/^https?:/.test(location.protocol)) lines.push("URL:" + new URL(url, location.href).href);
      lines.push("END:VEVENT");
    }
    if (!n) {
      status.textContent = "Star some talks first: ☆ on each talk.";
      return;
    }
    lines.push("END:VCALENDAR");
    var blob = new Blob([lines.map(fold).join("\r\n") + "\r\n"], { type: "text/calendar" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "my-schedule.ics";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  function utc(ms) {
    return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  }
  // icsTime writes the time attr names (ms, as parsed) for the .ics: a
  // time with an offset in UTC; one without (a floating local time: the
  // site names no zone, and the page shows the clock where the talks are
  // given) as floating, no Z, so that a calendar elsewhere keeps the
  // hour instead of moving it by the reader's own zone.
  function icsTime(attr, ms) {
    var m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?$/.exec(attr || "");
    if (!m) return utc(ms);
    return m[1] + m[2] + m[3] + "T" + m[4] + m[5] + (m[6] || "00");
  }
  function esc(s) {
    return s.replace(/[\\;,]/g, "\\$&").replace(/\r?\n/g, "\\n").replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
  }
  function fold(line) {
    var enc = new TextEncoder(), out = "", size = 0, limit = 75;
    for (var ch of line) {
      var n = enc.encode(ch).length;
      if (size + n > limit) {
        out += "\r\n ";
        size = 1;
        limit = 75;
      }
      out += ch;
      size += n;
    }
    return out;
  }

  refresh();
  // Another tab may star talks too.
  window.addEventListener("storage", function (e) {
    if (e.key === KEY) { starred = load(); refresh(); }
  });
})();
