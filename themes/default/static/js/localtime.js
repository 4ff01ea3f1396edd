// Adds the reader's own time after each scheduled time or time range,
// "(09:15–10:00 your time)", when the reader's clock differs from the
// time as written. The page is complete without it.
(function () {
  "use strict";
  var fmt;
  try {
    fmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  } catch (e) {
    return;
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
    if (times.length > 1 && !isNaN(end) && end > start) text += "–" + fmt.format(end);
    var span = document.createElement("span");
    span.className = "local-time";
    span.textContent = " (" + text + " your time)";
    el.insertAdjacentElement("afterend", span);
  }
})();
