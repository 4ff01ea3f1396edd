// Adds the reader's own time after each scheduled time or time range,
// "(09:15–10:00 your time)", when the reader's clock differs from the
// time as written, with the reader's date when that differs from the
// date as written: "(Wed 10 Jun, 22:00–22:45 your time)". The page is
// complete without it.
(function () {
  "use strict";
  var fmt, dayFmt;
  try {
    fmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    dayFmt = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { weekday: "short", day: "numeric", month: "short" });
  } catch (e) {
    return;
  }
  function ymd(y, m, d) { return y + "-" + m + "-" + d; }
  // writtenDay is the calendar date of t as written, at its own offset.
  function writtenDay(t, off) {
    var w = new Date(t.getTime() + off * 60000);
    return ymd(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate());
  }
  function readerDay(t) { return ymd(t.getFullYear(), t.getMonth(), t.getDate()); }
  function dayText(t) {
    var parts = dayFmt.formatToParts(t), get = function (k) {
      var p = parts.filter(function (x) { return x.type === k; })[0];
      return p ? p.value : "";
    };
    return get("weekday") + " " + get("day") + " " + get("month");
  }
  // offset returns the UTC offset written in an RFC 3339 time, in minutes.
  function offset(s) {
    var m = /([+-])(\d\d):?(\d\d)$|Z$/.exec(s);
    if (!m) return null;
    return m[1] ? (m[1] === "-" ? -1 : 1) * (parseInt(m[2], 10) * 60 + parseInt(m[3], 10)) : 0;
  }
  var els = document.querySelectorAll("[data-local]");
  for (var i = 0; i < els.length; i++) {
    var el = els[i];
    var times = el.matches("time") ? [el] : el.querySelectorAll("time[datetime]");
    if (!times.length) continue;
    var first = times[0].getAttribute("datetime"), last = times[times.length - 1].getAttribute("datetime");
    var start = new Date(first), end = new Date(last);
    var written = offset(first);
    if (isNaN(start) || written === null || -start.getTimezoneOffset() === written) continue;
    var text = fmt.format(start);
    if (readerDay(start) !== writtenDay(start, written)) text = dayText(start) + ", " + text;
    if (times.length > 1 && !isNaN(end) && end > start) {
      text += "–" + (readerDay(end) !== readerDay(start) ? dayText(end) + ", " : "") + fmt.format(end);
    }
    var span = document.createElement("span");
    span.className = "local-time";
    span.textContent = " (" + text + " your time)";
    el.insertAdjacentElement("afterend", span);
  }
})();
