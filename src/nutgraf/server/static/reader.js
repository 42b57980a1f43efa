/* The article page: the button asks the server for this stored article's summary. */
(function () {
  "use strict";
  var story = document.getElementById("article");
  if (!story || !window.Nutgraf) return;
  var id = story.dataset.articleId;
  var widget = window.Nutgraf.attach(function () {
    return fetch("/api/v1/articles/" + encodeURIComponent(id) + "/summary", {
      method: "POST",
      headers: { "Accept": "application/json" },
      credentials: "omit"
    });
  });
  if (widget && story.dataset.open === "true") widget.load();
})();
