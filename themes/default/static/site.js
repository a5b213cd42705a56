// okrbook: offline search and sortable tables. The site reads fine without this script.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";

  // --- Search: the index is a script (window.OKRBOOK_SEARCH), loaded on first use, so
  // it also works when the site is opened from disk.
  var input = document.getElementById("q");
  var box = document.getElementById("search-results");
  // The search shows results as one types; the form itself is never sent.
  if (input && input.form) input.form.addEventListener("submit", function (e) { e.preventDefault(); });
  var loading = null;
  function loadIndex(done) {
    if (window.OKRBOOK_SEARCH) return done();
    if (!loading) {
      loading = [];
      var s = document.createElement("script");
      s.src = root + "static/search-index.js";
      s.onload = function () { loading.forEach(function (f) { f(); }); };
      document.head.appendChild(s);
    }
    loading.push(done);
  }
  function norm(s) { return s.toLowerCase().normalize("NFC"); }
  function search(q) {
    var words = norm(q).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var hits = [];
    window.OKRBOOK_SEARCH.forEach(function (e) {
      var title = norm(e.t), text = title + " " + e.x, score = 0;
      for (var i = 0; i < words.length; i++) {
        if (text.indexOf(words[i]) < 0) return;
        score += title.indexOf(words[i]) >= 0 ? 3 : 1;
      }
      hits.push({ e: e, s: score });
    });
    hits.sort(function (a, b) { return b.s - a.s || (a.e.t < b.e.t ? -1 : 1); });
    return hits.slice(0, 30);
  }
  function show() {
    var q = input.value.trim();
    if (!q) { box.hidden = true; box.textContent = ""; return; }
    loadIndex(function () {
      var hits = search(q);
      box.textContent = "";
      if (!hits.length) {
        var p = document.createElement("p");
        p.textContent = input.getAttribute("data-none");
        box.appendChild(p);
      } else {
        var ul = document.createElement("ul");
        hits.forEach(function (h) {
          var li = document.createElement("li"), a = document.createElement("a"), k = document.createElement("span");
          a.href = root + h.e.u + (root.indexOf("://") < 0 ? "index.html" : "");
          a.textContent = h.e.t + " ";
          k.className = "kind";
          k.textContent = h.e.k;
          a.appendChild(k);
          li.appendChild(a);
          ul.appendChild(li);
        });
        box.appendChild(ul);
      }
      box.hidden = false;
    });
  }
  if (input && box) {
    input.addEventListener("input", show);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { input.value = ""; show(); }
      if (ev.key === "ArrowDown") { var a = box.querySelector("a"); if (a) { a.focus(); ev.preventDefault(); } }
    });
    box.addEventListener("keydown", function (ev) {
      var links = Array.prototype.slice.call(box.querySelectorAll("a"));
      var i = links.indexOf(document.activeElement);
      if (ev.key === "ArrowDown" && i < links.length - 1) { links[i + 1].focus(); ev.preventDefault(); }
      if (ev.key === "ArrowUp") { (i > 0 ? links[i - 1] : input).focus(); ev.preventDefault(); }
      if (ev.key === "Escape") { input.focus(); input.value = ""; show(); }
    });
  }

  // --- Sortable tables: each header becomes a button; numbers sort by data-sort.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      var b = document.createElement("button");
      b.type = "button";
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var numeric = th.getAttribute("data-type") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        function key(r) {
          var c = r.cells[col];
          var v = c.getAttribute("data-sort");
          if (v === null) v = c.textContent.trim();
          return numeric ? parseFloat(v) : v.toLowerCase();
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var r = numeric ? x - y : x.localeCompare(y);
          return asc ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // --- Filters above tables of objectives (team, status, owner): built from the rows'
  // data attributes; without this script the whole table is there. A link such as
  // `?status=off-track` opens the page filtered.
  Array.prototype.forEach.call(document.querySelectorAll("table.filterable"), function (table, n) {
    var labels = (table.getAttribute("data-filter-labels") || "Team|Status|Owner|All").split("|");
    var keys = ["team", "status", "owner"];
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var bar = document.createElement("div");
    bar.className = "filters";
    var selects = keys.map(function (key, i) {
      var values = [];
      rows.forEach(function (r) {
        var v = r.getAttribute("data-" + key) || "";
        if (v && values.indexOf(v) < 0) values.push(v);
      });
      values.sort(function (a, b) { return a.localeCompare(b); });
      var id = "filter-" + n + "-" + key;
      var label = document.createElement("label");
      label.setAttribute("for", id);
      label.textContent = labels[i];
      var select = document.createElement("select");
      select.id = id;
      var all = document.createElement("option");
      all.value = "";
      all.textContent = labels[3];
      select.appendChild(all);
      values.forEach(function (v) {
        var o = document.createElement("option");
        o.value = v;
        o.textContent = v;
        select.appendChild(o);
      });
      select.addEventListener("change", apply);
      label.appendChild(select);
      bar.appendChild(label);
      return select;
    });
    function apply() {
      rows.forEach(function (r) {
        r.hidden = !selects.every(function (s, i) {
          return !s.value || r.getAttribute("data-" + keys[i]) === s.value;
        });
      });
    }
    // `?status=off-track` names a status id; the select holds its label.
    var wanted = new URLSearchParams(location.search).get("status");
    if (wanted) {
      var match = rows.filter(function (r) { return r.getAttribute("data-status-id") === wanted; })[0];
      if (match) { selects[1].value = match.getAttribute("data-status"); }
    }
    table.parentNode.parentNode.insertBefore(bar, table.parentNode);
    apply();
  });

  // --- On a narrow screen the navigation folds behind a menu button.
  var toggle = document.querySelector(".nav-toggle");
  var side = document.getElementById("side-nav");
  if (toggle && side) {
    toggle.hidden = false;
    document.documentElement.classList.add("nav-folds");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      side.classList.toggle("open", open);
      if (open) { var first = side.querySelector("a"); if (first) first.focus(); }
    });
  }
})();
