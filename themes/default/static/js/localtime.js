// Adds the reader's own time beside each scheduled time, when it differs
// from the time as written. The page is complete without it.
(function () {
  "use strict";
  var fmt;
  try {
    fmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
  } catch (e) {
    return;
  }
  var els = document.querySelectorAll("time[data-local]");
  for (var i = 0; i < els.length; i++) {
    var el = els[i];
    var when = new Date(el.getAttribute("datetime"));
    if (isNaN(when)) continue;
    var m = /([+-]\d\d):?(\d\d)$|Z$/.exec(el.getAttribute("datetime"));
    if (!m) continue;
    var written = m[1] ? (parseInt(m[1], 10) * 60 + (m[1][0] === "-" ? -1 : 1) * parseInt(m[2], 10)) : 0;
    if (-when.getTimezoneOffset() === written) continue;
    var span = document.createElement("span");
    span.className = "local-time";
    span.textContent = fmt.format(when) + " your time";
    el.insertAdjacentElement("afterend", span);
  }
})();
