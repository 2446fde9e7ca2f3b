// policyextract report, core: the index, shards, formatting, routing.
// Page strings reach the document only through textContent and text nodes, never innerHTML.
// report.py joins the asset scripts in one function scope: core.js, table.js, views.js,
// article.js, then start.js.

var INDEX = JSON.parse(document.getElementById("pe-index").textContent);
// Fact types by number (as the data refers to them); SHOWN: the same in display order.
var TYPES = INDEX.types.map(function (t, k) {
  return {k: k, name: t[0], gloss: t[1], css: t[2], colour: t[3]};
});
var SHOWN = INDEX.order.map(function (k) { return TYPES[k]; });
var N = INDEX.n;
var DASH = "—";
var NUMBER = new Intl.NumberFormat("en-US");
var COLLATOR = new Intl.Collator("zh-Hans-CN", {numeric: true});

// ------------------------------------------------------------------------------- DOM helpers

// el("a", {href: "#x", text: "t"}, [children]): attributes are set with setAttribute (never
// from page data for href), text with textContent, "on…" keys add listeners.
function el(tag, attrs, children) {
  var node = document.createElement(tag);
  if (attrs) {
    Object.keys(attrs).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) { return; }
      if (key === "text") { node.textContent = value; }
      else if (key === "class") { node.className = value; }
      else if (key.slice(0, 2) === "on") { node.addEventListener(key.slice(2), value); }
      else { node.setAttribute(key, value === true ? "" : value); }
    });
  }
  append(node, children);
  return node;
}

function append(node, children) {
  (children || []).forEach(function (child) {
    if (child === null || child === undefined) { return; }
    node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  });
  return node;
}

function clear(node) {
  while (node.firstChild) { node.removeChild(node.firstChild); }
  return node;
}

function num(n) { return NUMBER.format(n); }

function plural(n, one, many) { return num(n) + " " + (n === 1 ? one : many); }

// ------------------------------------------------------------------------------- formatting

// ISO dates and times as people write them: 2024年6月7日 17:25 (the page's own clock; the
// zone is not shown). Anything else is shown as written.
var ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function human(value) {
  if (missing(value)) { return DASH; }
  var text = String(value);
  var m = ISO.exec(text);
  if (!m) { return text; }
  var out = m[1] + "年";
  if (m[2]) { out += Number(m[2]) + "月"; }
  if (m[3]) { out += Number(m[3]) + "日"; }
  if (m[4]) { out += " " + m[4] + ":" + m[5]; }
  return out;
}

function missing(value) {
  return value === null || value === undefined || value === "" ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);
}

// A field value as text: — when missing, dates human when the key says it is a date, lists
// joined with 、, objects as "key: value" pairs.
var DATE_KEYS = {published: 1, date: 1, deadline: 1};

function fmt(value, key) {
  if (missing(value)) { return DASH; }
  if (Array.isArray(value)) {
    return value.map(function (v) { return fmt(v, key); }).join("、");
  }
  if (typeof value === "object") {
    return Object.keys(value).map(function (k) { return k + ": " + fmt(value[k], k); }).join("，");
  }
  if (typeof value === "string" && DATE_KEYS[key]) { return human(value); }
  return String(value);
}

// A date (or nothing) as a <time> element, the ISO value kept in its datetime attribute.
function timeNode(value) {
  if (missing(value)) { return document.createTextNode(DASH); }
  var text = String(value);
  return ISO.test(text) ? el("time", {datetime: text, text: human(text)})
    : document.createTextNode(text);
}

// ------------------------------------------------------------------------------- data

var shards = {};
var pending = {};
var articleShards = [];  // names of loaded article shards, oldest first (a few are kept)
var KEEP_ARTICLE_SHARDS = 6;

// Shard files call this (folder layout); the build id ties them to this page.
window.policyextractData = function (build, name, text) {
  var wait = pending[name];
  if (!wait) { return; }
  delete pending[name];
  if (build !== INDEX.build) {
    wait.reject(new Error(INDEX.dataDir + "/" + name + ".js belongs to another build of " +
      "this report: write the report again"));
    return;
  }
  wait.resolve(JSON.parse(text));
};

function loadShard(name) {
  if (shards[name]) { return shards[name]; }
  var inline = document.getElementById("pe-shard-" + name);
  var promise;
  if (inline) {
    promise = Promise.resolve().then(function () { return JSON.parse(inline.textContent); });
  } else if (INDEX.dataDir) {
    promise = new Promise(function (resolve, reject) {
      var where = INDEX.dataDir + "/" + name + ".js";
      pending[name] = {resolve: resolve, reject: reject};
      var script = document.createElement("script");
      script.src = INDEX.dataUrl + "/" + encodeURIComponent(name) + ".js";
      script.onerror = function () {
        delete pending[name];
        reject(new Error("could not read " + where + ": keep the folder " + INDEX.dataDir +
          " beside the report"));
      };
      script.onload = function () {
        script.remove();
        if (pending[name]) {
          delete pending[name];
          reject(new Error(where + " holds no data for this report"));
        }
      };
      document.head.appendChild(script);
    });
  } else {
    promise = Promise.reject(new Error("this report has no data named " + name));
  }
  shards[name] = promise;
  promise.catch(function () { delete shards[name]; });  // a later visit tries again
  return promise;
}

function shardOf(n) {
  var starts = INDEX.shards, lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= n) { lo = mid; } else { hi = mid - 1; }
  }
  return "articles-" + String(lo).padStart(4, "0");
}

function loadArticle(n) {
  var name = shardOf(n);
  if (!shards[name]) {
    articleShards.push(name);
    if (articleShards.length > KEEP_ARTICLE_SHARDS) { delete shards[articleShards.shift()]; }
  }
  return loadShard(name).then(function (shard) { return shard.articles[n - shard.first]; });
}

// Sorted article numbers from their delta encoding (report_entities.delta).
function undelta(gaps) {
  var out = new Array(gaps.length), at = 0;
  for (var i = 0; i < gaps.length; i++) { at += gaps[i]; out[i] = at; }
  return out;
}

// Index columns derived once.
var TOTALS = (function () {
  var totals = new Int32Array(N);
  INDEX.counts.forEach(function (column) {
    for (var i = 0; i < N; i++) { totals[i] += column[i]; }
  });
  return totals;
}());

function sourceOf(i) { return INDEX.sourceNames[INDEX.source[i]] || ""; }

function titleOf(i) { return INDEX.titles[i] || "(untitled)"; }

function articleLink(i, label) {
  return el("a", {href: "#a" + i, text: label === undefined ? titleOf(i) : label});
}

function errorNote(err) {
  return el("p", {class: "error", role: "alert", text: String(err && err.message || err)});
}

// ------------------------------------------------------------------------------- routing

var VIEWS = {};   // name → {section, show(params, arg)}
var current = null;

function parseHash() {
  var raw = location.hash.slice(1);
  var q = raw.indexOf("?");
  var name = q === -1 ? raw : raw.slice(0, q);
  var params = new URLSearchParams(q === -1 ? "" : raw.slice(q + 1));
  try { name = decodeURIComponent(name); } catch (e) { /* keep it as written */ }
  return {name: name, params: params};
}

function route(byUser) {
  var hash = parseHash();
  var name = hash.name, arg = null;
  var article = /^a(\d+)$/.exec(name);
  if (article && Number(article[1]) < N) { name = "article"; arg = Number(article[1]); }
  if (!VIEWS[name] && name && document.getElementById(name)) { return; }  // the skip link
  if (!VIEWS[name]) { name = N === 1 ? "article" : "articles"; arg = N === 1 ? 0 : null; }
  var view = VIEWS[name];
  Object.keys(VIEWS).forEach(function (key) { VIEWS[key].section.hidden = key !== name; });
  document.querySelectorAll("#views a").forEach(function (link) {
    var on = link.getAttribute("href") === "#" + name ||
      (name === "article" && link.getAttribute("href") === "#articles");
    if (on) { link.setAttribute("aria-current", "page"); } else { link.removeAttribute("aria-current"); }
  });
  current = name;
  var shown = view.show(hash.params, arg);
  if (byUser) {
    window.scrollTo(0, 0);
    Promise.resolve(shown).then(function () {
      var heading = view.section.querySelector("h2");
      if (heading) { heading.focus({preventScroll: true}); }
    });
  }
}
