// policyextract report, corpus views: the article list, the tables of what the corpus names,
// the timeline, duplicate stories and failed pages.

function section(name) { return document.getElementById("view-" + name); }

function host(name) { return section(name).querySelector(".table-host"); }

// ------------------------------------------------------------------------------- articles

function setupArticles() {
  var state = {key: null, type: -1, date: null, mask: null, story: -1};
  var typeSelect = el("select", {id: "index-type", onchange: function () {
    state.type = Number(typeSelect.value);
    table.page = 0;
    table.refresh();
  }}, [el("option", {value: "-1", text: "any"})].concat(SHOWN.map(function (t) {
    return el("option", {value: String(t.k), text: t.name + " " + t.gloss});
  })));
  var chips = el("p", {class: "chips", id: "index-chips"});
  var columns = [
    {label: "#", num: true, key: function (i) { return i; }, cell: function (i) { return num(i + 1); }},
    {label: "title", cls: "title", key: function (i) { return INDEX.titles[i]; },
      cell: function (i) { return articleLink(i); }},
    {label: "published", plain: true, cls: "when", key: function (i) { return INDEX.published[i]; },
      cell: function (i) { return timeNode(INDEX.published[i]); }},
    {label: "source", narrow: true, key: sourceOf, cell: sourceOf}
  ].concat(SHOWN.map(function (t) {
    return {label: t.name, title: t.gloss, num: true, narrow: true, firstDir: "descending",
      key: function (i) { return INDEX.counts[t.k][i]; },
      cell: function (i) { return INDEX.counts[t.k][i]; }};
  })).concat([{label: "facts", num: true, firstDir: "descending",
    key: function (i) { return TOTALS[i]; }, cell: function (i) { return TOTALS[i]; }}]);
  var table = new DataTable(host("articles"), {
    id: "index", label: "Articles", size: N, pageSize: 100, columns: columns,
    search: {label: "Filter titles and sources", text: function (i) {
      return INDEX.titles[i] + "\n" + sourceOf(i);
    }},
    controls: [el("label", {for: "index-type", text: "with facts of type"}), typeSelect, chips],
    extra: function (i) {
      if (state.type >= 0 && INDEX.counts[state.type][i] === 0) { return false; }
      if (state.date !== null && !datedIn(INDEX.published[i], state.date)) { return false; }
      if (state.mask && !state.mask[i]) { return false; }
      return state.story < 0 || INDEX.stories.of[i] === state.story;
    }
  });
  VIEWS.articles = {section: section("articles"), table: table, show: function (params) {
    var key = params.toString();
    if (key === state.key) { return null; }
    state.key = key;
    state.date = params.has("date") ? params.get("date") : null;
    state.story = params.has("story") && INDEX.stories ? Number(params.get("story")) : -1;
    state.mask = null;
    var labels = [];
    if (state.date !== null) {
      labels.push("published " + (state.date === "none" ? "without a date" : human(state.date)));
    }
    if (state.story >= 0) { labels.push("story " + INDEX.stories.ids[state.story]); }
    var entity = /^(\w+)\.(\d+)$/.exec(params.get("e") || "");
    var loaded = !entity || !ENTITY_VIEWS[entity[1]] ? Promise.resolve()
      : loadShard(entity[1]).then(function (data) {
        var spec = ENTITY_VIEWS[entity[1]], row = data.rows[Number(entity[2])];
        if (!row) { return; }
        state.mask = new Uint8Array(N);
        undelta(row[spec.articles]).forEach(function (n) { state.mask[n] = 1; });
        labels.push(spec.one + " " + fmt(row[0]) + (entity[1] === "targets" ? " " + row[1] : ""));
      });
    return loaded.then(function () {
      clear(chips);
      if (labels.length) {
        append(chips, ["Only articles: " + labels.join("; ") + " ",
          el("a", {href: "#articles", text: "show all articles"})]);
      }
      table.page = 0;
      table.refresh();
    }, function (err) { clear(chips).appendChild(errorNote(err)); });
  }};
}

// "2024-06" holds 2024-06-07T…; "none" is the articles without a usable date.
function datedIn(published, prefix) {
  if (prefix === "none") { return !/^\d{4}-\d{2}/.test(published); }
  return published.slice(0, prefix.length) === prefix;
}

// ------------------------------------------------------------------------------- entities

// Per kind: its columns (label, position in the row, how to show it), where the article list
// and the mention count sit (report_entities.py gives the row layout).
var ENTITY_VIEWS = {
  officials: {one: "official", columns: [["name", 0], ["titles", 1, "list"],
    ["organisations", 2, "list"]], articles: 3, mentions: 4},
  organizations: {one: "organisation", columns: [["name", 0]], articles: 1, mentions: 2},
  clusters: {one: "cluster", columns: [["name", 0], ["places", 1, "list"],
    ["industries", 2, "list"], ["levels", 3, "list"]], articles: 4, mentions: 5},
  documents: {one: "document", columns: [["title", 0], ["actions", 1, "actions"],
    ["first named", 2, "date"], ["last named", 3, "date"]], articles: 4, mentions: 5},
  targets: {one: "target", columns: [["deadline", 0, "date"], ["target", 1], ["action", 2],
    ["items", 3]], articles: 4, mentions: 5, sort: [0, "ascending"]}
};

function entityCell(value, how) {
  if (missing(value)) { return DASH; }
  if (how === "date") { return timeNode(value); }
  if (how === "actions") {
    return value.map(function (pair) {
      return [pair[0], pair[1] ? human(pair[1]) : null].filter(Boolean).join(" ");
    }).join("；");
  }
  return Array.isArray(value) ? value.join("；") : String(value);  // values may hold 、
}

function entityKey(value, how) {
  if (missing(value)) { return null; }
  if (how === "actions") { return String(value[0][0] || ""); }
  return Array.isArray(value) ? String(value[0]) : String(value);
}

function articlesCell(kind, r, numbers) {
  var list = el("ul", {class: "articles examples"});
  numbers.slice(0, 2).forEach(function (n) { list.appendChild(el("li", null, [articleLink(n)])); });
  return el("div", null, [
    el("a", {href: "#articles?e=" + kind + "." + r, text: plural(numbers.length, "article", "articles")}),
    list]);
}

function setupEntityView(kind) {
  var spec = ENTITY_VIEWS[kind], started = false;
  VIEWS[kind] = {section: section(kind), show: function () {
    if (started || !INDEX.entities[kind]) { return null; }
    started = true;
    return loadShard(kind).then(function (data) {
      var rows = data.rows, numbers = new Array(rows.length);
      var articlesOf = function (r) {
        if (!numbers[r]) { numbers[r] = undelta(rows[r][spec.articles]); }
        return numbers[r];
      };
      var columns = spec.columns.map(function (c) {
        return {label: c[0], plain: c[2] === "date", cls: c[1] === 0 ? "name" : null,
          key: function (r) { return entityKey(rows[r][c[1]], c[2]); },
          cell: function (r) { return entityCell(rows[r][c[1]], c[2]); }};
      }).concat([
        {label: "articles", num: false, cls: "links", firstDir: "descending",
          key: function (r) { return articlesOf(r).length; },
          cell: function (r) { return articlesCell(kind, r, articlesOf(r)); }},
        {label: "mentions", num: true, narrow: true, firstDir: "descending",
          key: function (r) { return rows[r][spec.mentions]; },
          cell: function (r) { return rows[r][spec.mentions]; }}]);
      VIEWS[kind].table = new DataTable(host(kind), {
        id: kind, label: section(kind).querySelector("h2").textContent, size: rows.length,
        pageSize: 100, columns: columns, sort: spec.sort,
        search: {label: "Filter", text: function (r) {
          return spec.columns.map(function (c) { return entityCell(rows[r][c[1]], c[2]); }).join("\n");
        }}
      });
    }, function (err) {
      started = false;
      host(kind).appendChild(errorNote(err));
    });
  }};
}

// ------------------------------------------------------------------------------- timeline

var SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, children) {
  var node = document.createElementNS(SVG, tag);
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  (children || []).forEach(function (c) { node.appendChild(c); });
  return node;
}

// Months from the first to the last dated one (none skipped, so gaps show); by year past
// ten years. Each bin: [key ("2024-06" or "2024"), articles, facts per type].
function timelineBins() {
  var t = INDEX.timeline, dated = [], undated = null;
  t.months.forEach(function (m, k) {
    if (m) { dated.push([m, t.articles[k], t.facts[k]]); }
    else { undated = ["none", t.articles[k], t.facts[k]]; }
  });
  if (!dated.length) { return {bins: [], undated: undated}; }
  var first = dated[0][0], last = dated[dated.length - 1][0];
  var byYear = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) >= 10;
  var bins = [], at = {};
  var y = Number(first.slice(0, 4)), m = Number(first.slice(5, 7));
  while (true) {
    var key = byYear ? String(y) : y + "-" + String(m).padStart(2, "0");
    if (!at[key]) {
      at[key] = [key, 0, TYPES.map(function () { return 0; })];
      bins.push(at[key]);
    }
    if (y + "-" + String(m).padStart(2, "0") === last) { break; }
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  dated.forEach(function (d) {
    var bin = at[byYear ? d[0].slice(0, 4) : d[0]];
    bin[1] += d[1];
    d[2].forEach(function (n, k) { bin[2][k] += n; });
  });
  return {bins: bins, undated: undated, byYear: byYear};
}

var COMPACT = new Intl.NumberFormat("en-US", {notation: "compact"});

// Two panels on one time axis: articles published per bin (grey), facts by type (stacked).
function timelineChart(bins, byYear) {
  var width = 760, left = 48, top = 16, panel = [70, 150], gap = 26, axis = 22;
  var height = top + panel[0] + gap + panel[1] + axis;
  var slot = (width - left) / bins.length, bar = Math.max(1, slot * 0.8);
  var label = "Articles, and facts by type, per " + (byYear ? "year" : "month") + " from " +
    human(bins[0][0]) + " to " + human(bins[bins.length - 1][0]) +
    "; the table below gives the numbers.";
  var chart = svg("svg", {viewBox: "0 0 " + width + " " + height, role: "img",
    "aria-label": label, class: "timeline-chart"});
  var text = function (x, y, value, anchor) {
    var node = svg("text", {x: x, y: y, "text-anchor": anchor || "start"});
    node.textContent = value;
    chart.appendChild(node);
  };
  var panelOf = function (base, size, title, values, colours) {
    var most = Math.max.apply(null, values.map(function (v) {
      return v.reduce(function (s, n) { return s + n; }, 0);
    }).concat([1]));
    var scale = size / most;
    text(left, base - size - 4, title);
    text(left - 4, base - size + 8, COMPACT.format(most), "end");
    text(left - 4, base, "0", "end");
    chart.appendChild(svg("line", {x1: left, y1: base, x2: width, y2: base, stroke: "#555"}));
    values.forEach(function (stack, k) {
      var y = base;
      stack.forEach(function (n, t) {
        if (!n) { return; }
        y -= n * scale;
        chart.appendChild(svg("rect", {x: (left + k * slot).toFixed(1), y: y.toFixed(1),
          width: bar.toFixed(1), height: (n * scale).toFixed(1), fill: colours[t]}));
      });
    });
  };
  panelOf(top + panel[0], panel[0], "articles", bins.map(function (b) { return [b[1]]; }),
    ["#6b6b6b"]);
  panelOf(top + panel[0] + gap + panel[1], panel[1], "facts by type",
    bins.map(function (b) { return b[2]; }), TYPES.map(function (t) { return t.colour; }));
  var every = Math.max(1, Math.ceil(bins.length / 8));
  bins.forEach(function (b, k) {
    if (k % every === 0) { text((left + k * slot).toFixed(1), height - 6, b[0]); }
  });
  return chart;
}

function setupTimeline() {
  var done = false;
  VIEWS.timeline = {section: section("timeline"), show: function () {
    if (done) { return null; }
    done = true;
    var where = host("timeline"), data = timelineBins();
    var legend = el("ul", {class: "legend"}, SHOWN.map(function (t) {
      return el("li", {class: "chip t-" + t.css}, [el("span", {class: "swatch"}), t.name + " " + t.gloss]);
    }));
    if (data.bins.length) {
      append(where, [el("figure", {class: "chart"}, [timelineChart(data.bins, data.byYear)]), legend]);
    }
    var shown = data.bins.filter(function (b) { return b[1]; });
    if (data.undated) { shown.push(data.undated); }
    var table = new DataTable(where, {
      id: "timeline", label: "Articles and facts by type per " + (data.byYear ? "year" : "month"),
      size: shown.length, pageSize: 500,
      columns: [{label: data.byYear ? "year" : "month", plain: true,
        key: function (k) { return shown[k][0]; },
        cell: function (k) {
          return el("a", {href: "#articles?date=" + shown[k][0],
            text: shown[k][0] === "none" ? "no date" : human(shown[k][0])});
        }},
      {label: "articles", num: true, firstDir: "descending",
        key: function (k) { return shown[k][1]; }, cell: function (k) { return shown[k][1]; }}
      ].concat(SHOWN.map(function (t) {
        return {label: t.name, title: t.gloss, num: true, narrow: true, firstDir: "descending",
          key: function (k) { return shown[k][2][t.k]; }, cell: function (k) { return shown[k][2][t.k]; }};
      }))
    });
    VIEWS.timeline.table = table;
    return null;
  }};
}

// ------------------------------------------------------------------------------- duplicates

// One story per story_id with two or more articles: the original (the article that is no
// reprint, else the earliest) and its reprints.
function storyGroups() {
  var stories = INDEX.stories, members = {};
  stories.of.forEach(function (s, i) {
    if (s >= 0) { (members[s] = members[s] || []).push(i); }
  });
  var groups = [];
  Object.keys(members).forEach(function (s) {
    var list = members[s];
    if (list.length < 2) { return; }
    var original = list.filter(function (i) { return !stories.reprint[i]; })[0];
    if (original === undefined) {
      original = list.slice().sort(function (a, b) {
        return (INDEX.published[a] || "~").localeCompare(INDEX.published[b] || "~") || a - b;
      })[0];
    }
    groups.push({story: Number(s), original: original,
      reprints: list.filter(function (i) { return i !== original; })});
  });
  return groups;
}

function setupDuplicates() {
  var done = false;
  VIEWS.duplicates = {section: section("duplicates"), show: function () {
    if (done || !INDEX.stories) { return null; }
    done = true;
    var groups = storyGroups();
    VIEWS.duplicates.table = new DataTable(host("duplicates"), {
      id: "duplicates", label: "Stories with reprints", size: groups.length, pageSize: 50,
      sort: [3, "descending"],
      columns: [
        {label: "story", key: function (g) { return INDEX.stories.ids[groups[g].story]; },
          cell: function (g) { return INDEX.stories.ids[groups[g].story]; }},
        {label: "original", cls: "title", key: function (g) { return INDEX.titles[groups[g].original]; },
          cell: function (g) {
            var i = groups[g].original;
            return el("div", null, [articleLink(i), el("br"),
              el("small", null, [timeNode(INDEX.published[i]), " · " + (sourceOf(i) || DASH)])]);
          }},
        {label: "reprints", cls: "links",
          cell: function (g) {
            var list = el("ul", {class: "articles"});
            groups[g].reprints.slice(0, 5).forEach(function (i) {
              list.appendChild(el("li", null, [articleLink(i),
                " (" + human(INDEX.published[i]) + ", " + (sourceOf(i) || DASH) + ")"]));
            });
            return el("div", null, [list, el("a", {href: "#articles?story=" + groups[g].story,
              text: "all " + num(groups[g].reprints.length + 1) + " articles of this story"})]);
          }},
        {label: "articles", num: true, firstDir: "descending",
          key: function (g) { return groups[g].reprints.length + 1; },
          cell: function (g) { return groups[g].reprints.length + 1; }}
      ],
      search: {label: "Filter titles", text: function (g) {
        return [groups[g].original].concat(groups[g].reprints).map(function (i) {
          return INDEX.titles[i];
        }).join("\n");
      }}
    });
    return null;
  }};
}

// ------------------------------------------------------------------------------- failed pages

function setupFailed() {
  var done = false;
  VIEWS.failed = {section: section("failed"), show: function () {
    if (done || !INDEX.failed) { return null; }
    done = true;
    return loadShard("failures").then(function (data) {
      var rows = data.rows;
      var column = function (label, k) {
        return {label: label, cls: k === 0 ? "path" : null,
          key: function (r) { return rows[r][k]; }, cell: function (r) { return rows[r][k]; }};
      };
      // A page inside a WARC file is named by the file and its offset there (schema 5).
      var offsets = rows.some(function (row) { return row[3] !== null && row[3] !== undefined; });
      var columns = [column("path", 0)].concat(offsets ? [column("offset", 3)] : [])
        .concat([column("stage", 1), column("reason", 2)]);
      VIEWS.failed.table = new DataTable(host("failed"), {
        id: "failed", label: "Failed pages", size: rows.length, pageSize: 100,
        columns: columns,
        search: {label: "Filter paths and reasons", text: function (r) {
          return rows[r].filter(function (v) { return v !== null; }).join("\n");
        }}
      });
    }, function (err) { host("failed").appendChild(errorNote(err)); });
  }};
}
