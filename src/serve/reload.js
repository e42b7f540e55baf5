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
  // The errors overlay can be closed to look at the last good page underneath.
  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "loket-overlay-close") {
      var overlay = document.getElementById("loket-overlay");
      if (overlay) {
        overlay.hidden = true;
      }
    }
  });
})();
