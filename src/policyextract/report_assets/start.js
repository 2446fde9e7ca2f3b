// policyextract report, start: set up every view, show the one the address names, and mark
// the page ready (the browser test reads data-ready, the milliseconds since navigation began).

setupArticles();
setupArticle();
setupTimeline();
Object.keys(ENTITY_VIEWS).forEach(setupEntityView);
setupDuplicates();
setupFailed();
window.addEventListener("hashchange", function () { route(true); });
route(false);
document.documentElement.setAttribute("data-ready", String(Math.round(performance.now())));

// The sticky header's height, so that anchors and scrolled-to facts land below it.
(function () {
  var header = document.querySelector("body > header");
  var set = function () {
    document.documentElement.style.setProperty("--header", header.offsetHeight + "px");
  };
  set();
  if (window.ResizeObserver) { new ResizeObserver(set).observe(header); }
}());
