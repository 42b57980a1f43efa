/* Inside the publisher's iframe: summarize the page the iframe was embedded in; on request,
   show that article with the points marked in it (a click on a point scrolls there); and
   tell the parent page how tall the iframe should be (the only message it sends). */
(function () {
  "use strict";
  var root = document.getElementById("widget");
  if (!root || !window.Nutgraf) return;
  var url = root.dataset.url;
  var toggle = document.getElementById("article-toggle");
  var view = document.getElementById("article-view");
  var readLabel = toggle ? toggle.textContent : "";
  var summary = null;
  var marks = null;
  var opening = null;

  function resize() {
    if (window.parent === window) return;
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ nutgraf: "height", height: height }, "*");
  }

  function showArticle(shown) {
    view.hidden = !shown;
    toggle.textContent = shown ? toggle.dataset.hide : readLabel;
    toggle.setAttribute("aria-expanded", shown ? "true" : "false");
    resize();
  }

  // The stored article's text, fetched once: the points' offsets index it.
  function openArticle() {
    if (marks) { showArticle(true); return Promise.resolve(true); }
    if (!opening) {
      opening = fetch("/api/v1/articles/" + encodeURIComponent(summary.article_id), {
        headers: { "Accept": "application/json" },
        credentials: "omit"
      }).then(function (response) {
        if (!response.ok) throw new Error(response.statusText);
        return response.json();
      }).then(function (article) {
        window.Nutgraf.paragraphs(view, String(article.text || ""));
        marks = window.Nutgraf.markPoints(view, summary.points || []);
        showArticle(true);
        return true;
      }).catch(function () { opening = null; return false; });
    }
    return opening;
  }

  window.Nutgraf.attach(function () {
    return fetch("/api/v1/summaries", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      credentials: "omit",
      body: JSON.stringify({ url: url })
    });
  }, {
    onChange: resize,
    onSummary: function (got) { summary = got; },
    goTo: function (index) {
      if (!summary) return false;
      openArticle().then(function (ok) {
        if (ok) window.Nutgraf.goTo(marks[index], view);
      });
      return true;
    }
  });
  if (toggle && view) {
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", "article-view");
    toggle.addEventListener("click", function () {
      if (!summary) return;
      if (view.hidden) openArticle(); else showArticle(false);
    });
  }
  window.addEventListener("load", resize);
  resize();
})();
