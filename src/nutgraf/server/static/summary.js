/* The summary button: fetch the key points once, show them without reloading the page.
   Points are inserted as text (textContent), never as HTML. */
(function () {
  "use strict";

  function attach(fetchSummary, onChange) {
    var button = document.getElementById("summary-button");
    var box = document.getElementById("summary");
    var list = document.getElementById("summary-points");
    var error = document.getElementById("summary-error");
    if (!button || !box || !list || !error) return null;
    var label = button.textContent;
    var loaded = false;

    function done() { if (onChange) onChange(); }

    function show(summary) {
      list.textContent = "";
      (summary.points || []).forEach(function (point) {
        var item = document.createElement("li");
        item.textContent = point.text;
        list.appendChild(item);
      });
      loaded = true;
      box.hidden = false;
      button.hidden = true;
      done();
    }

    function fail(message) {
      error.textContent = (button.dataset.failed || "Failed.") + (message ? " " + message : "");
      error.hidden = false;
      button.disabled = false;
      button.textContent = label;
      done();
    }

    function load() {
      if (loaded) { box.hidden = false; return; }
      button.disabled = true;
      button.textContent = button.dataset.loading || label;
      error.hidden = true;
      fetchSummary().then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error((body && body.error && body.error.message) || response.statusText);
          }
          show(body);
        });
      }).catch(function (err) { fail(err && err.message ? err.message : ""); });
    }

    button.addEventListener("click", load);
    return { load: load };
  }

  window.Nutgraf = { attach: attach };
})();
