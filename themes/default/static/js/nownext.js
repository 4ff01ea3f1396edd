// "On now" and "Up next" on the home page, from the sessions the page
// carries (#lectern-sessions) and the reader's clock, so that a static
// page is right at any moment. It shows from three hours before the first
// session until the last one ends; at other times, and without this
// script, the page is as it was written.
(function () {
  "use strict";
  var box = document.querySelector("[data-now-next]");
  var data = document.getElementById("lectern-sessions");
  if (!box || !data) return;
  var sessions, zone;
  try {
    var parsed = JSON.parse(data.textContent);
    sessions = parsed.sessions || [];
    zone = parsed.zone || undefined;
  } catch (e) {
    return;
  }
  var lang = document.documentElement.lang || undefined;
  var clock, dayFmt;
  try {
    clock = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
    dayFmt = new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: zone });
  } catch (e) {
    return;
  }
  var lead = 3 * 3600e3;
  sessions.forEach(function (s) {
    s.s = Date.parse(s.start);
    s.e = s.end ? Date.parse(s.end) : s.s;
  });

  function card(s, now) {
    var li = document.createElement("li");
    li.className = "now-card" + (s["break"] ? " now-card-break" : "");
    var when = document.createElement("p");
    when.className = "now-when";
    var day = sameDay(s.s, now) ? "" : dayFmt.format(new Date(s.s)) + " ";
    when.textContent = day + clock.format(new Date(s.s)) + (s.e > s.s ? "–" + clock.format(new Date(s.e)) : "") + (s.room ? " · " + s.room : "");
    var title = document.createElement("p");
    title.className = "now-title";
    if (s.url && !s["break"]) {
      var a = document.createElement("a");
      a.href = s.url;
      a.textContent = s.title;
      title.appendChild(a);
    } else {
      title.textContent = s.title;
    }
    li.appendChild(title);
    li.appendChild(when);
    if (s.speakers) {
      var who = document.createElement("p");
      who.className = "now-people";
      who.textContent = s.speakers;
      li.appendChild(who);
    }
    return li;
  }
  function sameDay(a, b) {
    return dayFmt.format(new Date(a)) === dayFmt.format(new Date(b)) && Math.abs(a - b) < 864e5;
  }
  function group(heading, list, now) {
    var sec = document.createElement("div");
    sec.className = "now-group";
    var h = document.createElement("h2");
    h.textContent = heading;
    var ul = document.createElement("ul");
    ul.className = "now-cards";
    list.forEach(function (s) { ul.appendChild(card(s, now)); });
    sec.appendChild(h);
    sec.appendChild(ul);
    return sec;
  }

  function show() {
    var now = Date.now();
    if (!sessions.length || now < sessions[0].s - lead || now >= Math.max.apply(null, sessions.map(function (s) { return s.e; }))) {
      box.hidden = true;
      return;
    }
    var on = sessions.filter(function (s) { return s.s <= now && now < s.e; });
    var later = sessions.filter(function (s) { return s.s > now; });
    var next = later.length ? later.filter(function (s) { return s.s === later[0].s; }) : [];
    box.textContent = "";
    if (on.length) box.appendChild(group("On now", on, now));
    if (next.length) box.appendChild(group("Up next", next, now));
    box.hidden = !box.firstChild;
  }
  show();
  setInterval(show, 60000);
})();
