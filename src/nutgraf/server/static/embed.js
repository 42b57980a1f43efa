/* nutgraf widget for publishers. Paste into the article template:
     <script src="https://NUTGRAF-HOST/static/embed.js" async></script>
   It adds an iframe from the nutgraf server (isolated from this page) that shows the button
   and, when clicked, the summary of this page. Optional attributes on the script tag:
     data-url="..."   the article's URL (default: the page's canonical link, else its address)
     data-lang="ru"   the button's language (default: the page's <html lang>) */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, document.baseURI).origin;
  var canonical = document.querySelector('link[rel="canonical"]');
  var pageUrl = script.dataset.url || (canonical && canonical.href) || location.href.split("#")[0];
  var lang = script.dataset.lang || document.documentElement.lang || "";

  var frame = document.createElement("iframe");
  frame.src = origin + "/widget?url=" + encodeURIComponent(pageUrl) +
    (lang ? "&lang=" + encodeURIComponent(lang) : "");
  frame.title = "Article summary";
  frame.className = "nutgraf-widget";
  frame.setAttribute("loading", "lazy");
  frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin");
  frame.style.cssText = "width:100%;border:0;height:64px;display:block;";
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener("message", function (event) {
    // Only the nutgraf origin, only our own iframe, only a number.
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data && data.nutgraf === "height" && typeof data.height === "number") {
      frame.style.height = Math.min(Math.max(data.height, 40), 4000) + "px";
    }
  });
})();
