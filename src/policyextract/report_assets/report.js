// policyextract report: type filter, text filter, sortable tables, fact details on click.
// Text goes into the page only through textContent, never innerHTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("facts-data").textContent || "{}");
  var body = document.body;

  function applyFilters() {
    var needle = (document.getElementById("text-filter") || {}).value || "";
    needle = needle.trim();
    document.querySelectorAll("table.facts tbody tr").forEach(function (row) {
      var fact = data[row.getAttribute("data-fact")] || {};
      var hit = !needle || String(fact.text || "").indexOf(needle) !== -1;
      row.classList.toggle("hidden", !hit);
    });
  }

  document.querySelectorAll("input.type-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("off-" + box.value, !box.checked);
    });
  });
  var filter = document.getElementById("text-filter");
  if (filter) { filter.addEventListener("input", applyFilters); }

  function cellKey(row, index) {
    var cell = row.children[index];
    if (!cell) { return ""; }
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    var num = Number(raw);
    return raw !== "" && !isNaN(num) ? num : raw;
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, index) {
      th.addEventListener("click", function () {
        var dir = th.getAttribute("data-dir") === "asc" ? "desc" : "asc";
        table.querySelectorAll("thead th").forEach(function (o) { o.removeAttribute("data-dir"); });
        th.setAttribute("data-dir", dir);
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = cellKey(a, index), y = cellKey(b, index);
          var order = typeof x === "number" && typeof y === "number" ? x - y
            : String(x).localeCompare(String(y), "zh");
          return dir === "asc" ? order : -order;
        });
        rows.forEach(function (row) { tbody.appendChild(row); });
      });
    });
  });

  var panel = document.getElementById("details");
  var panelBody = document.getElementById("details-body");

  function showFacts(ids) {
    panelBody.textContent = "";
    ids.forEach(function (id) {
      var fact = data[id];
      if (!fact) { return; }
      var list = document.createElement("dl");
      Object.keys(fact).forEach(function (key) {
        var dt = document.createElement("dt");
        var dd = document.createElement("dd");
        var value = fact[key];
        dt.textContent = key;
        dd.textContent = typeof value === "string" ? value : JSON.stringify(value);
        list.appendChild(dt);
        list.appendChild(dd);
      });
      panelBody.appendChild(list);
    });
    panel.hidden = ids.length === 0;
  }

  function mark(id, on) {
    document.querySelectorAll('[data-fact="' + id + '"]').forEach(function (el) {
      el.classList.toggle("active", on);
    });
  }

  var current = [];
  function select(ids) {
    current.forEach(function (id) { mark(id, false); });
    current = ids;
    current.forEach(function (id) { mark(id, true); });
    showFacts(ids);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var hit = target.closest("mark.f");
    if (hit) {
      // Every fact layered at this point, innermost first.
      var ids = [];
      for (var el = hit; el; el = el.parentElement ? el.parentElement.closest("mark.f") : null) {
        ids.push(el.getAttribute("data-fact"));
      }
      select(ids);
      return;
    }
    var row = target.closest("table.facts tbody tr");
    if (row) {
      var id = row.getAttribute("data-fact");
      select([id]);
      var first = document.querySelector('mark[data-fact="' + id + '"]');
      if (first) { first.scrollIntoView({block: "center"}); }
    }
  });
  document.getElementById("details-close").addEventListener("click", function () { select([]); });
}());
