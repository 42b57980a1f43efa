/* The article page: the button asks the server for this stored article's summary; its
   points are then marked in the article below, and a click on a point scrolls to it. */
(function () {
  "use strict";
  var story = document.getElementById("article");
  if (!story || !window.Nutgraf) return;
  var id = story.dataset.articleId;
  var body = document.getElementById("article-body");
  var marks = [];
  var widget = window.Nutgraf.attach(function () {
    return fetch("/api/v1/articles/" + encodeURIComponent(id) + "/summary", {
      method: "POST",
      headers: { "Accept": "application/json" },
      credentials: "omit"
    });
  }, {
    onSummary: function (summary) {
      marks = window.Nutgraf.markPoints(body, summary.points || []);
    },
    goTo: function (index) { return window.Nutgraf.goTo(marks[index]); }
  });
  if (widget && story.dataset.open === "true") widget.load();
})();
