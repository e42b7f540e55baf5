// Added to every HTML page by `loket serve` (never by `loket build`): reloads the page when
// the site was rebuilt, over Server-Sent Events. An external file, so that the site's
// Content-Security-Policy needs no exception for inline scripts.
(function () {
  "use strict";
  var script = document.currentScript;
  var generation = script ? new URL(script.src).searchParams.get("generation") : null;
  var source = new EventSource("/__loket/events?since=" + encodeURIComponent(generation || ""));
  source.addEventListener("reload", function () {
    source.close();
    window.location.reload();
  });
  // The errors overlay covers the page: while it is open, the page underneath is inert (no
  // keyboard focus hidden under it). Its button or Escape closes it, to look at that page.
  var overlay = document.getElementById("loket-overlay");
  if (!overlay || !overlay.classList.contains("loket-panel")) {
    return;
  }
  function underneath(inert) {
    var children = document.body ? document.body.children : [];
    for (var i = 0; i < children.length; i++) {
      if (children[i] !== overlay) {
        children[i].inert = inert;
      }
    }
  }
  function close() {
    overlay.hidden = true;
    underneath(false);
  }
  underneath(true);
  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "loket-overlay-close") {
      close();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !overlay.hidden) {
      close();
    }
  });
})();
