// policyextract report, tables: rows are numbers 0…size-1 into data arrays. Sorting, filtering
// and paging run on those numbers; only the page shown is in the document.
//
// spec: {id, label, size, pageSize, columns, search, controls, extra, sort, onRow}
//   columns[c]: {label, title, key(i) → number | string | null (null: not sortable when the
//     column has no key), cell(i) → node | text, num, plain (compare strings by code point, for
//     ISO dates), narrow (hidden on phones), firstDir ("ascending" | "descending")}
//   search: {label, text(i) → the row's searchable text}
//   extra(i) → false hides the row (the view's own filters); controls: nodes for the toolbar
//   sort: [column, direction] at first; onRow(i, tr) decorates a row.

function DataTable(host, spec) {
  var self = this;
  this.spec = spec;
  this.page = 0;
  this.pageSize = spec.pageSize || 100;
  this.needle = "";
  this.orders = {};
  this.haystack = null;
  this.sortCol = spec.sort ? spec.sort[0] : -1;
  this.sortDir = spec.sort ? spec.sort[1] : "ascending";
  this.rows = [];
  var toolbar = el("div", {class: "toolbar"});
  if (spec.search) {
    this.input = el("input", {
      type: "search", id: spec.id + "-filter", autocomplete: "off", spellcheck: "false",
      oninput: function () { self.filter(self.input.value); }
    });
    append(toolbar, [el("label", {for: spec.id + "-filter", text: spec.search.label}), this.input]);
  }
  append(toolbar, spec.controls || []);
  this.status = el("p", {class: "status", id: spec.id + "-status", role: "status"});
  this.headers = spec.columns.map(function (column, c) {
    var th = el("th", {scope: "col", class: column.num ? "num" : null, title: column.title});
    if (column.narrow) { th.classList.add("narrow"); }
    if (column.key) {
      append(th, [el("button", {type: "button", text: column.label,
        onclick: function () { self.sortBy(c); }})]);
    } else {
      th.textContent = column.label;
    }
    return th;
  });
  this.tbody = el("tbody");
  this.table = el("table", {class: "data", id: spec.id + "-table"}, [
    el("caption", {class: "sr-only", text: spec.label}),
    el("thead", null, [el("tr", null, this.headers)]), this.tbody]);
  this.buttons = {};
  var pager = el("nav", {class: "pager", "aria-label": spec.label + ": pages"});
  [["first", "« First"], ["prev", "‹ Previous"], ["info", ""], ["next", "Next ›"],
    ["last", "Last »"]].forEach(function (b) {
    var node = b[0] === "info" ? el("span", {class: "page-info"})
      : el("button", {type: "button", text: b[1], onclick: function () { self.go(b[0]); }});
    self.buttons[b[0]] = node;
    pager.appendChild(node);
  });
  this.pager = pager;
  append(host, [toolbar, this.status, el("div", {class: "table-wrap"}, [this.table]), pager]);
  this.markSorted();
  this.refresh();
}

DataTable.prototype.filter = function (text) {
  this.needle = text.trim().toLowerCase();
  this.page = 0;
  this.refresh();
};

DataTable.prototype.sortBy = function (c) {
  var column = this.spec.columns[c];
  if (this.sortCol === c) {
    this.sortDir = this.sortDir === "ascending" ? "descending" : "ascending";
  } else {
    this.sortCol = c;
    this.sortDir = column.firstDir || "ascending";
  }
  this.page = 0;
  this.markSorted();
  this.refresh();
};

DataTable.prototype.markSorted = function () {
  var self = this;
  this.headers.forEach(function (th, c) {
    if (c === self.sortCol) { th.setAttribute("aria-sort", self.sortDir); }
    else { th.removeAttribute("aria-sort"); }
  });
};

// Row numbers with a value, sorted ascending (ties by number), and those without: computed
// once per column, so a later filter or page costs one pass.
DataTable.prototype.order = function (c) {
  if (this.orders[c]) { return this.orders[c]; }
  var size = this.spec.size, keyed = [], empty = [], i;
  if (c < 0) {
    for (i = 0; i < size; i++) { keyed.push(i); }
  } else {
    var column = this.spec.columns[c], values = new Array(size);
    for (i = 0; i < size; i++) {
      var v = column.key(i);
      values[i] = v;
      if (v === null || v === undefined || v === "") { empty.push(i); } else { keyed.push(i); }
    }
    var strings = keyed.length && typeof values[keyed[0]] === "string";
    var compare = !strings ? function (a, b) { return a - b; }
      : column.plain ? function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }
        : COLLATOR.compare;
    keyed.sort(function (a, b) { return compare(values[a], values[b]) || a - b; });
  }
  this.orders[c] = {keyed: keyed, empty: empty};
  return this.orders[c];
};

DataTable.prototype.matches = function (i) {
  var spec = this.spec;
  if (spec.extra && !spec.extra(i)) { return false; }
  if (!this.needle) { return true; }
  if (!this.haystack) { this.haystack = new Array(spec.size); }
  var text = this.haystack[i];
  if (text === undefined) { text = this.haystack[i] = spec.search.text(i).toLowerCase(); }
  return text.indexOf(this.needle) !== -1;
};

DataTable.prototype.refresh = function () {
  var order = this.order(this.sortCol), rows = [], keyed = order.keyed, i;
  if (this.sortDir === "descending") {
    for (i = keyed.length - 1; i >= 0; i--) { if (this.matches(keyed[i])) { rows.push(keyed[i]); } }
  } else {
    for (i = 0; i < keyed.length; i++) { if (this.matches(keyed[i])) { rows.push(keyed[i]); } }
  }
  for (i = 0; i < order.empty.length; i++) {
    if (this.matches(order.empty[i])) { rows.push(order.empty[i]); }
  }
  this.rows = rows;
  this.render();
};

DataTable.prototype.go = function (where) {
  var last = Math.max(0, Math.ceil(this.rows.length / this.pageSize) - 1);
  this.page = where === "first" ? 0 : where === "last" ? last
    : where === "prev" ? Math.max(0, this.page - 1) : Math.min(last, this.page + 1);
  this.render();
};

DataTable.prototype.render = function () {
  var spec = this.spec;
  var pages = Math.max(1, Math.ceil(this.rows.length / this.pageSize));
  this.page = Math.min(this.page, pages - 1);
  var from = this.page * this.pageSize;
  var to = Math.min(this.rows.length, from + this.pageSize);
  var fragment = document.createDocumentFragment();
  for (var k = from; k < to; k++) {
    var i = this.rows[k];
    var tr = el("tr");
    spec.columns.forEach(function (column) {
      var td = el("td", {class: column.num ? "num" : column.cls || null});
      if (column.narrow) { td.classList.add("narrow"); }
      var content = column.cell(i);
      append(td, [content === null || content === undefined || content === "" ? DASH : content]);
      tr.appendChild(td);
    });
    if (spec.onRow) { spec.onRow(i, tr); }
    fragment.appendChild(tr);
  }
  clear(this.tbody).appendChild(fragment);
  var filtered = this.rows.length !== spec.size;
  this.status.textContent = this.rows.length === 0 ? "No rows match."
    : "Rows " + num(from + 1) + "–" + num(to) + " of " + num(this.rows.length) +
      (filtered ? " (filtered from " + num(spec.size) + ")" : "");
  this.buttons.info.textContent = "Page " + num(this.page + 1) + " of " + num(pages);
  this.buttons.first.disabled = this.buttons.prev.disabled = this.page === 0;
  this.buttons.next.disabled = this.buttons.last.disabled = this.page >= pages - 1;
  this.pager.hidden = pages === 1;
};
