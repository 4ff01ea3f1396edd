// Search over the site's index (search.json), in the browser: no server,
// no external service, works offline once the index is cached. The index
// is fetched on first use only. Each search form's input becomes an ARIA
// combobox whose listbox groups results by kind; the search page's form
// (data-inline) shows its listbox in the page instead of as a popup.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form.site-search");
  if (!forms.length || !window.fetch || !String.prototype.normalize) return;

  // Weights of the fields a word can match in: title, names, tags,
  // room and time, text. A whole-word match counts double.
  var WEIGHTS = [16, 8, 4, 2, 1];
  var loading = null;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) {
    return fold(s || "").split(/[^a-z0-9\u00c0-\uffff]+/).filter(Boolean);
  }

  function load(root) {
    if (!loading) {
      loading = fetch(root + "search.json").then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }).then(function (x) {
        return {
          kinds: x.kinds,
          entries: x.e.map(function (e) {
            var tags = (e[4] || []).map(function (i) { return x.tags[i]; });
            var room = e[5] ? x.rooms[e[5] - 1] : "";
            var en = { kind: e[0], title: e[1], url: e[2], names: e[3] || "", room: room, when: e[6] || "", text: e[7] || "" };
            en.fields = [words(en.title), words(en.names), words(tags.join(" ")), words(room + " " + en.when), words(en.text)];
            return en;
          })
        };
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function score(en, terms) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t], best = 0;
      for (var f = 0; f < WEIGHTS.length && best < WEIGHTS[f] * 2; f++) {
        var ws = en.fields[f];
        for (var i = 0; i < ws.length; i++) {
          if (ws[i].lastIndexOf(term, 0) === 0) {
            best = Math.max(best, WEIGHTS[f] * (ws[i].length === term.length ? 2 : 1));
          }
        }
      }
      if (!best) return 0;
      total += best;
    }
    return total;
  }

  // search returns the matches of q grouped by kind, best first, at most
  // limit per kind.
  function search(idx, q, limit) {
    var terms = words(q), hits = [];
    if (!terms.length) return [];
    idx.entries.forEach(function (en) {
      var s = score(en, terms);
      if (s) hits.push({ en: en, s: s });
    });
    hits.sort(function (a, b) { return b.s - a.s || a.en.title.localeCompare(b.en.title); });
    var groups = idx.kinds.map(function (k) { return { name: k, items: [], total: 0 }; });
    hits.forEach(function (h) {
      var g = groups[h.en.kind];
      if (!g) return;
      g.total++;
      if (g.items.length < limit) g.items.push(h.en);
    });
    // The group of the best match comes first.
    var order = [];
    hits.forEach(function (h) {
      if (order.indexOf(h.en.kind) < 0) order.push(h.en.kind);
    });
    return order.map(function (k) { return groups[k]; }).filter(Boolean);
  }

  function href(root, url) {
    return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : root + url;
  }

  var counter = 0;
  function setup(form) {
    var input = form.querySelector("input[type=search]");
    if (!input) return;
    var inline = form.hasAttribute("data-inline");
    var root = form.getAttribute("data-root") || "/";
    var id = "search-" + (++counter);
    var list = document.createElement("div");
    list.id = id + "-list";
    list.className = "search-results" + (inline ? " search-results-inline" : "");
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Search results");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = inline ? "search-status" : "search-status visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(status);
    form.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    var options = [], active = -1, timer = 0;

    function open(on) {
      list.hidden = !on;
      input.setAttribute("aria-expanded", on ? "true" : "false");
      if (!on) activate(-1);
    }
    function activate(i) {
      if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
      active = i;
      if (i >= 0 && options[i]) {
        options[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[i].id);
        options[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function go(el) {
      window.location.href = el.getAttribute("data-href");
    }
    function render(groups, q) {
      list.setAttribute("data-query", q);
      list.textContent = "";
      options = [];
      active = -1;
      input.removeAttribute("aria-activedescendant");
      var n = 0, parts = [];
      groups.forEach(function (g, gi) {
        var group = document.createElement("div");
        group.setAttribute("role", "group");
        var head = document.createElement("div");
        head.id = id + "-g" + gi;
        head.className = "search-group";
        head.setAttribute("role", "presentation");
        head.textContent = g.name + (g.total > g.items.length ? " (" + g.items.length + " of " + g.total + ")" : "");
        group.setAttribute("aria-labelledby", head.id);
        group.appendChild(head);
        g.items.forEach(function (en) {
          var opt = document.createElement("div");
          opt.id = id + "-o" + options.length;
          opt.className = "search-option";
          opt.setAttribute("role", "option");
          opt.setAttribute("aria-selected", "false");
          opt.setAttribute("data-href", href(root, en.url));
          var title = document.createElement("span");
          title.className = "search-title";
          title.textContent = en.title;
          opt.appendChild(title);
          var meta = [en.when, en.room, en.names].filter(Boolean).join(" · ");
          if (meta) {
            var m = document.createElement("span");
            m.className = "search-meta";
            m.textContent = meta;
            opt.appendChild(m);
          }
          if (inline && en.text) {
            var t = document.createElement("span");
            t.className = "search-text";
            t.textContent = en.text;
            opt.appendChild(t);
          }
          group.appendChild(opt);
          options.push(opt);
        });
        list.appendChild(group);
        n += g.total;
        parts.push(g.name + " " + g.total);
      });
      status.textContent = !q.trim() ? "" : n ? n + (n === 1 ? " result" : " results") + " (" + parts.join(", ") + ")" : "No results for “" + q.trim() + "”";
      open(options.length > 0);
    }
    function run() {
      var q = input.value;
      if (!q.trim()) {
        render([], q);
        return;
      }
      load(root).then(function (idx) {
        if (input.value === q) render(search(idx, q, inline ? 50 : 6), q);
      }, function () {
        status.textContent = "The search index could not be loaded; check the connection and try again.";
      });
    }

    input.addEventListener("focus", function () { load(root).catch(function () {}); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 60);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!options.length) return;
        e.preventDefault();
        if (list.hidden) open(true);
        var d = e.key === "ArrowDown" ? 1 : -1;
        activate(active < 0 ? (d > 0 ? 0 : options.length - 1) : (active + d + options.length) % options.length);
      } else if (e.key === "Enter") {
        if (active >= 0 && options[active] && !list.hidden) {
          e.preventDefault();
          go(options[active]);
        }
      } else if (e.key === "Escape") {
        if (!list.hidden && !inline) {
          e.preventDefault();
          open(false);
        } else if (input.value) {
          e.preventDefault();
          input.value = "";
          render([], "");
        }
      }
    });
    // Enter on a chosen result opens it, also where Enter's keypress
    // still reaches the form (implicit submission).
    form.addEventListener("submit", function (e) {
      if (active >= 0 && options[active] && !list.hidden) {
        e.preventDefault();
        go(options[active]);
      }
    });
    list.addEventListener("mousedown", function (e) { e.preventDefault(); });
    list.addEventListener("click", function (e) {
      var opt = e.target.closest("[role=option]");
      if (opt) go(opt);
    });
    if (!inline) {
      input.addEventListener("blur", function () { open(false); });
      input.addEventListener("focus", function () { if (options.length) open(true); });
    } else {
      var hint = document.querySelector(".search-hint");
      if (hint) hint.hidden = true;
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) {
        input.value = q;
        run();
      }
    }
  }

  for (var i = 0; i < forms.length; i++) setup(forms[i]);

  // "/" focuses search from anywhere but a field being typed in.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var input = document.querySelector("form.search-page input[type=search]") || document.querySelector("form.site-search input[type=search]");
    if (input) {
      e.preventDefault();
      input.focus();
    }
  });
})();
