/* locdoc serve: live reload and build errors. Injected only by `locdoc serve`, never published. */
(function () {
  "use strict";
  var overlay = null;
  function here() {
    var path = decodeURIComponent(location.pathname).replace(/^\//, "");
    return path === "" || path.slice(-1) === "/" ? path + "index.html" : path;
  }
  function show(text) {
    if (!text) {
      if (overlay) { overlay.remove(); overlay = null; }
      return;
    }
    if (!overlay) {
      overlay = document.createElement("pre");
      overlay.id = "locdoc-errors";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;" +
        "z-index:2147483647;margin:0;padding:1em 1.25em;background:#2b0b0b;color:#ffdede;" +
        "font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;" +
        "border-top:3px solid #e5484d;direction:ltr;text-align:left";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "locdoc: the last change does not build; the last good pages are shown.\n\n" + text;
  }
  var source = new EventSource("/__locdoc/events");
  source.addEventListener("errors", function (e) { show(JSON.parse(e.data)); });
  source.addEventListener("reload", function (e) {
    var paths = JSON.parse(e.data);
    if (paths === "*" || paths.indexOf(here()) >= 0) {
      location.reload();
    }
  });
  source.addEventListener("shutdown", function () { source.close(); });
})();
