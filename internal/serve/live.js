// lectern serve's live reload. Injected into pages by the preview server
// only; never part of a built site.
(function () {
  "use strict";
  var me = document.currentScript;
  var build = me ? me.getAttribute("data-build") : "";
  var key = "lectern-scroll:" + location.pathname;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved) {
      sessionStorage.removeItem(key);
      var xy = JSON.parse(saved);
      var restore = function () { window.scrollTo(xy[0], xy[1]); };
      if (document.readyState === "complete") restore(); else addEventListener("load", restore);
    }
  } catch (e) {}

  function reload() {
    try { sessionStorage.setItem(key, JSON.stringify([scrollX, scrollY])); } catch (e) {}
    location.reload();
  }

  function swapStyles() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    Array.prototype.forEach.call(links, function (old) {
      var url = new URL(old.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set("lectern", Date.now());
      var fresh = old.cloneNode();
      fresh.href = url.href;
      fresh.onload = function () { old.remove(); };
      old.after(fresh);
    });
  }

  var overlay;
  // The page the server shows while no build has succeeded lists the
  // errors itself: keep its list up to date rather than cover it.
  var failedPage = document.getElementById("lectern-build-failed");
  function showErrors(lines) {
    if (!overlay && !failedPage) {
      overlay = document.createElement("lectern-overlay");
      overlay.id = "lectern-overlay";
      var root = overlay.attachShadow({ mode: "open" });
      root.innerHTML =
        "<style>" +
        ":host{all:initial;position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.55);display:flex;align-items:flex-start;justify-content:center;overflow:auto;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}" +
        "section{margin:6vh 4vw;max-width:70rem;width:100%;background:#1e1e1e;color:#f3f3f3;border-top:6px solid #e5484d;border-radius:6px;padding:1.25rem 1.5rem;box-shadow:0 10px 40px rgba(0,0,0,.5)}" +
        "h2{font:600 1.1rem/1.3 system-ui,sans-serif;margin:0 0 .25rem;color:#ff8589}" +
        "p{font:.9rem/1.4 system-ui,sans-serif;margin:0 0 1rem;color:#c8c8c8}" +
        "ol{margin:0;padding:0;list-style:none}li{white-space:pre-wrap;word-break:break-word;padding:.4rem 0;border-top:1px solid #333}" +
        "li.warning{color:#f5d67b}" +
        "</style><section role=alert aria-live=assertive><h2>lectern: the site did not build</h2>" +
        "<p>The last good version is still served. Fix the file and save: this message goes away by itself.</p><ol></ol></section>";
      document.documentElement.appendChild(overlay);
    }
    var list = (failedPage || overlay.shadowRoot).querySelector("ol");
    list.textContent = "";
    lines.forEach(function (line) {
      var li = document.createElement("li");
      li.textContent = line;
      if (/: warning: /.test(line)) li.className = "warning";
      list.appendChild(li);
    });
  }
  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  // The browser reconnects by itself after a dropped connection (serve
  // restarted), but gives up for good on a refused one: a 503 when the
  // server already has as many pages listening as it allows, a 403. Then
  // this waits and tries again, twice as long each time up to a minute,
  // at a random point of the wait so that many pages refused together do
  // not come back together.
  var wait = 1000;
  function connect() {
    var events = new EventSource("/_lectern/events");
    // Marks the page as live, for people and tests looking at the DOM.
    events.onopen = function () {
      wait = 1000;
      document.documentElement.setAttribute("data-lectern-live", "connected");
    };
    events.onerror = function () {
      if (events.readyState !== EventSource.CLOSED) return;
      document.documentElement.setAttribute("data-lectern-live", "waiting");
      setTimeout(connect, wait / 2 + Math.random() * wait / 2);
      wait = Math.min(wait * 2, 60000);
    };
    events.addEventListener("hello", function (e) {
      var state = JSON.parse(e.data);
      if (state.build && build && state.build !== build) reload();
    });
    events.addEventListener("reload", function (e) {
      build = JSON.parse(e.data).build;
      reload();
    });
    events.addEventListener("styles", function (e) {
      build = JSON.parse(e.data).build;
      swapStyles();
    });
    events.addEventListener("errors", function (e) { showErrors(JSON.parse(e.data)); });
    events.addEventListener("ok", hideErrors);
  }
  connect();
})();
