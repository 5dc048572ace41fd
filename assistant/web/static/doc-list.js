// Documents list: filter as you type and sort by a column header, without reloading the page.
// The same form and header links work without JavaScript (the server filters and sorts); this file only
// makes them immediate. The address bar keeps the state, so a filtered, sorted list can be shared.
(function () {
  "use strict";
  var form = document.getElementById("doc-filter");
  var wrap = document.getElementById("doc-table");
  if (!form || !wrap) return;
  var table = wrap.querySelector("table");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var count = document.getElementById("doc-count");
  var empty = document.getElementById("doc-empty");
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var f = form.elements;
  document.documentElement.classList.add("js");

  function words() {
    return f.q.value.toLowerCase().split(/\s+/).filter(function (w) { return w; });
  }

  function matches(row, needles, flsa, floor) {
    var hay = row.getAttribute("data-text") || "";
    for (var i = 0; i < needles.length; i++) if (hay.indexOf(needles[i]) < 0) return false;
    if (flsa && (row.getAttribute("data-flsa") || "none") !== flsa) return false;
    if (floor > 0) {
      var top = parseFloat(row.getAttribute("data-yearly-max"));
      if (isNaN(top) || top < floor) return false;
    }
    return true;
  }

  function comparer(key, desc, numeric) {
    return function (a, b) {
      var x = a.getAttribute("data-sort-" + key) || "", y = b.getAttribute("data-sort-" + key) || "";
      if (x === "" || y === "") return x === y ? 0 : (x === "" ? 1 : -1); // missing values last either way
      var r = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      return desc ? -r : r;
    };
  }

  function query(sortKey, dir) {
    var params = new URLSearchParams();
    if (f.q.value.trim()) params.set("q", f.q.value);
    if (f.flsa.value) params.set("flsa", f.flsa.value);
    if (parseFloat(f.min_pay.value) > 0) params.set("min_pay", f.min_pay.value);
    if (sortKey) { params.set("sort", sortKey); params.set("dir", dir); }
    var s = params.toString();
    return location.pathname + (s ? "?" + s : "");
  }

  function update() {
    var needles = words(), flsa = f.flsa.value, floor = parseFloat(f.min_pay.value) || 0;
    var key = f.sort.value, desc = f.dir.value === "desc";
    var shown = rows.filter(function (r) { return matches(r, needles, flsa, floor); });
    if (key) {
      var th = table.querySelector('th[data-key="' + key + '"]');
      shown.sort(comparer(key, desc, th && th.getAttribute("data-type") === "number"));
    }
    shown.forEach(function (r) { r.hidden = false; });
    tbody.replaceChildren.apply(tbody, shown);
    var filtered = needles.length > 0 || flsa || floor > 0;
    count.textContent = filtered ? shown.length + " of " + rows.length + " documents" : rows.length + " documents";
    wrap.hidden = shown.length === 0;
    if (empty) empty.hidden = shown.length > 0;
    headers.forEach(function (th) {
      var k = th.getAttribute("data-key");
      if (k === key) th.setAttribute("aria-sort", desc ? "descending" : "ascending"); else th.removeAttribute("aria-sort");
      var link = th.querySelector("a.sort");
      if (link) link.setAttribute("href", query(k, k === key && !desc ? "desc" : "asc"));
    });
    history.replaceState(null, "", query(key, f.dir.value));
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
  headers.forEach(function (th) {
    var link = th.querySelector("a.sort");
    if (!link) return;
    link.addEventListener("click", function (e) {
      e.preventDefault();
      var key = th.getAttribute("data-key");
      f.dir.value = f.sort.value === key && f.dir.value === "asc" ? "desc" : "asc";
      f.sort.value = key;
      update();
      link.focus();
    });
  });
  update();
})();
