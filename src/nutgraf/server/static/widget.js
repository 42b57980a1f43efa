/* Inside the publisher's iframe: summarize the page the iframe was embedded in, and tell the
   parent page how tall the iframe should be (the only message it sends). */
(function () {
  "use strict";
  var root = document.getElementById("widget");
  if (!root || !window.Nutgraf) return;
  var url = root.dataset.url;

  function resize() {
    if (window.parent === window) return;
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ nutgraf: "height", height: height }, "*");
  }

  window.Nutgraf.attach(function () {
    return fetch("/api/v1/summaries", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      credentials: "omit",
      body: JSON.stringify({ url: url })
    });
  }, resize);
  window.addEventListener("load", resize);
  resize();
})();
