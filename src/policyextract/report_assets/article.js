// policyextract report, one article: metadata, the body with its facts highlighted, the fact
// table, details on click or Enter.
//
// Overlapping facts are drawn nested: each paragraph is cut at every fact boundary and each
// piece is wrapped in one <mark> per fact covering it, outer (earlier, longer) facts outside. A
// fact that partly overlaps another is split into several <mark> fragments sharing one
// data-fact id; joined in document order their text is the fact's text. Deeper marks get a
// lower underline. A fact whose span does not match its paragraph is listed, flagged, not drawn.
// Spans count code points (as Python does), so a paragraph with characters outside the BMP is
// cut by code point.

var MAX_DEPTH = 4;
var SPAN_META = ["title", "published", "published_from", "published_conflicts", "source", "site",
  "section", "url", "authors", "editors", "description", "language"];
var SOURCE_KEYS = ["path", "offset", "format", "encoding", "encoding_source", "sha256", "reader"];

function codePoints(text) {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : null;
}

function cut(text, points, start, end) {
  return points ? points.slice(start, end).join("") : text.slice(start, end);
}

// Facts of an article from their compact arrays (report_data.compact_fact).
function expandFacts(n, article) {
  return article.f.map(function (f, k) {
    var type = TYPES[f[0]] || {name: "?", gloss: "", css: "_"};
    var drawn = f[6] === null;
    var text = drawn ? cut(article.b[f[1]], codePoints(article.b[f[1]]), f[2], f[3]) : f[6];
    return {id: "a" + n + "-f" + k, k: k, type: type, paragraph: f[1], start: f[2], end: f[3],
      rule: f[4] === null ? null : INDEX.rules[f[4]], fields: f[5] || {}, text: text,
      drawn: drawn};
  });
}

function tip(fact) {
  var lines = [fact.type.name + ": " + fact.text];
  Object.keys(fact.fields).forEach(function (key) {
    lines.push(key + ": " + fieldText(fact, key));
  });
  return lines.join("\n");
}

function fieldText(fact, key) {
  var value = fact.fields[key];
  return fmt(value, key === "value" && fact.type.name === "date" ? "date" : key);
}

function paragraphNode(text, spans, index) {
  var p = el("p", {"data-paragraph": String(index)});
  if (!spans.length) { p.textContent = text; return p; }
  var points = codePoints(text), length = points ? points.length : text.length;
  var ordered = spans.slice().sort(function (a, b) {
    return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  var cuts = {0: true};
  cuts[length] = true;
  spans.forEach(function (s) { cuts[s.start] = true; cuts[s.end] = true; });
  var at = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
  var stack = [], nodes = [p], seen = {};
  for (var c = 0; c + 1 < at.length; c++) {
    var left = at[c], right = at[c + 1];
    var covering = ordered.filter(function (s) { return s.start <= left && s.end >= right; });
    var keep = 0;
    while (keep < Math.min(stack.length, covering.length) && stack[keep] === covering[keep]) { keep++; }
    stack.length = keep;
    nodes.length = keep + 1;
    covering.slice(keep).forEach(function (span) {
      var depth = Math.min(stack.length, MAX_DEPTH);
      var mark = el("mark", {class: "f t-" + span.type.css + " d" + depth, "data-fact": span.id,
        title: span.tip});
      if (!seen[span.id]) {  // one tab stop per fact, on its first fragment
        seen[span.id] = true;
        mark.tabIndex = 0;
      }
      nodes[nodes.length - 1].appendChild(mark);
      stack.push(span);
      nodes.push(mark);
    });
    nodes[nodes.length - 1].appendChild(document.createTextNode(cut(text, points, left, right)));
  }
  return p;
}

function metaRows(article) {
  var meta = article.m || {}, source = article.s || {};
  var rows = SPAN_META.map(function (key) {
    var value = meta[key], cell;
    if (key === "published") { cell = timeNode(value); }
    else if (key === "published_conflicts" && Array.isArray(value)) {
      cell = value.map(function (c) {
        return (c && c.source ? c.source + ": " : "") + human(c && c.published);
      }).join("、");
    } else { cell = fmt(value, key); }
    return [key, cell];
  });
  SOURCE_KEYS.forEach(function (key) { rows.push([key, fmt(source[key], key)]); });
  if (article.story) {
    var story = INDEX.stories ? INDEX.stories.ids.indexOf(article.story[0]) : -1;
    rows.push(["story", story < 0 ? article.story[0]
      : el("a", {href: "#articles?story=" + story, text: article.story[0]})]);
    rows.push(["duplicate_of", fmt(article.story[1])]);
  }
  var table = el("table", {class: "meta"}, [el("caption", {class: "sr-only", text: "Metadata"}),
    el("tbody", null, rows.map(function (r) {
      return el("tr", null, [el("th", {scope: "row", text: r[0]}), el("td", null, [r[1]])]);
    }))]);
  return el("details", {class: "meta"}, [el("summary", {text: "Metadata and source"}), table]);
}

// Under the title: when, from where, by whom (the rest is in the metadata table).
function byline(article) {
  var meta = article.m || {};
  var parts = [timeNode(meta.published)];
  var site = meta.site === meta.source ? null : meta.site;
  [meta.source, site, meta.authors].forEach(function (value) {
    if (!missing(value)) { parts.push(" · ", fmt(value)); }
  });
  return el("p", {class: "byline"}, parts);
}

function setupArticle() {
  var view = section("article");
  var panel = document.getElementById("details");
  var panelBody = document.getElementById("details-body");
  var state = {n: -1, wanted: -1, facts: [], byId: {}, selected: [], table: null, needle: ""};

  function showFacts(ids) {
    clear(panelBody);
    ids.forEach(function (id) {
      var fact = state.byId[id];
      if (!fact) { return; }
      var list = el("dl");
      var pairs = [["type", fact.type.name + " " + fact.type.gloss], ["text", fact.text]];
      Object.keys(fact.fields).forEach(function (key) { pairs.push([key, fieldText(fact, key)]); });
      pairs.push(["paragraph", fmt(fact.paragraph)], ["span", fmt(fact.start) + "–" + fmt(fact.end)],
        ["rule", fmt(fact.rule)]);
      pairs.forEach(function (pair) {
        append(list, [el("dt", {text: pair[0]}), el("dd", {text: pair[1]})]);
      });
      panelBody.appendChild(list);
    });
    panel.hidden = ids.length === 0;
  }

  function mark(id, on) {
    view.querySelectorAll('[data-fact="' + id + '"]').forEach(function (node) {
      node.classList.toggle("active", on);
    });
  }

  function select(ids) {
    state.selected.forEach(function (id) { mark(id, false); });
    state.selected = ids;
    ids.forEach(function (id) { mark(id, true); });
    showFacts(ids);
  }

  // Every fact layered at a mark, innermost first.
  function layers(hit) {
    var ids = [];
    for (var node = hit; node; node = node.parentElement ? node.parentElement.closest("mark.f") : null) {
      ids.push(node.getAttribute("data-fact"));
    }
    return ids;
  }

  function jump(id) {
    select([id]);
    var first = view.querySelector('mark[data-fact="' + id + '"]');
    if (first) {
      first.scrollIntoView({block: "center"});
      first.focus({preventScroll: true});
    }
  }

  view.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var hit = target.closest("mark.f");
    if (hit) { select(layers(hit)); return; }
    var row = target.closest("#facts-table tbody tr");
    if (row && !target.closest("button")) { jump(row.getAttribute("data-fact")); }
  });
  view.addEventListener("keydown", function (event) {
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target instanceof Element &&
        target.matches("mark.f")) {
      event.preventDefault();
      select(layers(target));
    }
  });
  document.getElementById("details-close").addEventListener("click", function () {
    var back = state.selected.length ? view.querySelector('mark[data-fact="' + state.selected[0] + '"]') : null;
    select([]);
    if (back) { back.focus(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { select([]); }
  });

  function legend() {
    var present = {};
    state.facts.forEach(function (f) { present[f.type.css] = f.type; });
    var chips = SHOWN.filter(function (t) { return present[t.css]; }).map(function (t) {
      var box = el("input", {type: "checkbox", class: "type-toggle", value: t.css, checked: true,
        onchange: function () {
          document.body.classList.toggle("off-" + t.css, !box.checked);
          state.table.page = 0;
          state.table.refresh();
        }});
      return el("label", {class: "chip t-" + t.css}, [box, " ", el("span", {class: "swatch"}),
        t.name + " " + t.gloss]);
    });
    return el("fieldset", {class: "legend"}, [el("legend", {text: "Fact types shown"})].concat(chips));
  }

  function factTable(where) {
    var facts = state.facts;
    var columns = [
      {label: "#", num: true, key: function (k) { return k; }, cell: function (k) {
        return el("button", {type: "button", class: "jump", text: String(k + 1),
          "aria-label": "show fact " + (k + 1) + " in the text",
          onclick: function () { jump(facts[k].id); }});
      }},
      {label: "type", cls: "type", key: function (k) { return facts[k].type.name; }, cell: function (k) {
        return el("span", null, [el("span", {class: "swatch"}), facts[k].type.name]);
      }},
      {label: "text", cls: "text", key: function (k) { return facts[k].text; }, cell: function (k) {
        var f = facts[k];
        return f.drawn ? f.text : el("span", null, [f.text + " ",
          el("span", {class: "bad", title: "span does not match the body",
            text: "⚠ not in the text at its span"})]);
      }},
      {label: "paragraph", num: true, narrow: true, key: function (k) { return facts[k].paragraph; },
        cell: function (k) { return fmt(facts[k].paragraph); }},
      {label: "span", num: true, narrow: true, key: function (k) { return facts[k].start; },
        cell: function (k) { return fmt(facts[k].start) + "–" + fmt(facts[k].end); }},
      {label: "fields", cls: "fields", cell: function (k) {
        var f = facts[k];
        var keys = Object.keys(f.fields);
        return keys.length ? keys.map(function (key) { return key + ": " + fieldText(f, key); }).join("；")
          : DASH;
      }},
      {label: "rule", narrow: true, key: function (k) { return facts[k].rule; },
        cell: function (k) { return fmt(facts[k].rule); }}
    ];
    state.table = new DataTable(where, {
      id: "facts", label: "Facts", size: facts.length, pageSize: 200, columns: columns,
      search: {label: "Filter facts by text", text: function (k) { return facts[k].text; }},
      extra: function (k) { return !document.body.classList.contains("off-" + facts[k].type.css); },
      onRow: function (k, tr) {
        tr.className = "t-" + facts[k].type.css;
        tr.setAttribute("data-fact", facts[k].id);
        if (state.selected.indexOf(facts[k].id) !== -1) { tr.classList.add("active"); }
      }
    });
  }

  function render(n, article) {
    var facts = expandFacts(n, article);
    state.n = n;
    state.facts = facts;
    state.byId = {};
    facts.forEach(function (f) { f.tip = tip(f); state.byId[f.id] = f; });
    var spans = {};
    facts.forEach(function (f) {
      if (f.drawn) { (spans[f.paragraph] = spans[f.paragraph] || []).push(f); }
    });
    var title = (article.m && article.m.title) || "(untitled)";
    var body = el("section", {class: "body", "aria-label": "Text"},
      article.b.map(function (text, p) { return paragraphNode(text, spans[p] || [], p); }));
    var tableHost = el("div");
    var drawnCount = facts.filter(function (f) { return f.drawn; }).length;
    clear(view);
    append(view, [
      el("nav", {class: "article-nav", "aria-label": "Article"}, [
        el("a", {href: "#articles", text: "← all articles"}),
        n > 0 ? el("a", {href: "#a" + (n - 1), text: "‹ previous"}) : null,
        el("span", {text: "article " + num(n + 1) + " of " + num(N)}),
        n + 1 < N ? el("a", {href: "#a" + (n + 1), text: "next ›"}) : null]),
      el("article", {id: "article-" + n}, [
        el("h2", {tabindex: "-1", text: title}),
        byline(article),
        metaRows(article),
        legend(),
        body,
        el("h3", {text: plural(facts.length, "fact", "facts") +
          (drawnCount < facts.length ? " (" + num(facts.length - drawnCount) + " not drawn)" : "")}),
        tableHost])
    ]);
    factTable(tableHost);
  }

  VIEWS.article = {section: view, show: function (params, n) {
    if (n === state.n) { return null; }
    TYPES.forEach(function (t) { document.body.classList.remove("off-" + t.css); });
    select([]);
    state.n = -1;
    state.wanted = n;
    clear(view).appendChild(el("h2", {tabindex: "-1", text: "Loading article " + num(n + 1) + "…"}));
    return loadArticle(n).then(function (article) {
      if (state.wanted !== n) { return; }  // another article was asked for meanwhile
      render(n, article);
    }, function (err) { view.appendChild(errorNote(err)); });
  }};
}
