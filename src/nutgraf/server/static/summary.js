/* The summary button: fetch the key points once and show them without reloading the page;
   mark each point's sentences in the article's text (points carry exact offsets into it)
   and let a click on a point scroll to its place. Everything that comes from the server is
   inserted as text (textContent), never as HTML. */
(function () {
  "use strict";

  // The server counts offsets in code points (Python strings); JavaScript strings count
  // UTF-16 units, which differ from code points for characters beyond U+FFFF (emoji).
  function isPair(text, i) {
    var c = text.charCodeAt(i);
    var d = text.charCodeAt(i + 1);
    return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
  }

  function codePoints(text) {
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      if (isPair(text, i)) i++;
      n++;
    }
    return n;
  }

  function unitOffset(text, points) {
    var i = 0;
    for (var n = 0; n < points && i < text.length; n++) i += isPair(text, i) ? 2 : 1;
    return i;
  }

  // The article's text as paragraphs, each <p data-start> at its offset (blank-line
  // separated, as the server splits it).
  function paragraphs(container, text) {
    container.textContent = "";
    var at = 0;
    text.split("\n\n").forEach(function (block) {
      var body = block.trim();
      if (body) {
        var p = document.createElement("p");
        p.dataset.start = String(at + codePoints(block.slice(0, block.indexOf(body))));
        p.textContent = body;
        container.appendChild(p);
      }
      at += codePoints(block) + 2;
    });
  }

  // Wrap the pieces of every point found in container's <p data-start> in <mark>s; a piece
  // is marked only when the page's text there is the point's own text. Returns, per point,
  // its marks in order.
  function markPoints(container, points) {
    var marks = points.map(function () { return []; });
    if (!container) return marks;
    Array.prototype.forEach.call(container.querySelectorAll("p[data-start]"), function (p) {
      var start = Number(p.dataset.start);
      var text = p.textContent;
      var end = start + codePoints(text);
      var ranges = [];
      points.forEach(function (point, index) {
        var a = Math.max(point.start, start);
        var b = Math.min(point.end, end);
        if (!(a < b) || typeof point.text !== "string") return;
        var from = unitOffset(text, a - start);
        var to = unitOffset(text, b - start);
        var own = point.text.slice(
          unitOffset(point.text, a - point.start), unitOffset(point.text, b - point.start));
        if (text.slice(from, to) === own) ranges.push({ from: from, to: to, index: index });
      });
      if (!ranges.length) return;
      ranges.sort(function (x, y) { return x.from - y.from; });
      var parts = document.createDocumentFragment();
      var pos = 0;
      ranges.forEach(function (range) {
        if (range.from < pos) return;  // overlapping points: the first one keeps its mark
        parts.appendChild(document.createTextNode(text.slice(pos, range.from)));
        var mark = document.createElement("mark");
        mark.className = "point-mark";
        mark.textContent = text.slice(range.from, range.to);
        var list = marks[range.index];
        if (!list.length) {
          mark.id = "point-" + (range.index + 1);
          mark.dataset.n = String(range.index + 1);
          mark.tabIndex = -1;
        }
        list.push(mark);
        parts.appendChild(mark);
        pos = range.to;
      });
      parts.appendChild(document.createTextNode(text.slice(pos)));
      p.textContent = "";
      p.appendChild(parts);
    });
    return marks;
  }

  // Scroll to a point's marks and light them up; inside `scroller` when given (the widget's
  // article view), else the page.
  function goTo(list, scroller) {
    if (!list || !list.length) return false;
    Array.prototype.forEach.call(document.querySelectorAll("mark.active"), function (m) {
      m.classList.remove("active");
    });
    list.forEach(function (m) { m.classList.add("active"); });
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var behavior = still ? "auto" : "smooth";
    var first = list[0];
    if (scroller) {
      var top = first.offsetTop - scroller.clientHeight / 4;
      scroller.scrollTo({ top: Math.max(0, top), behavior: behavior });
    } else {
      first.scrollIntoView({ block: "center", behavior: behavior });
    }
    first.focus({ preventScroll: true });
    return true;
  }

  function showFacts(box, facts) {
    if (!box || !facts) return;
    var texts = function (items) { return (items || []).map(function (x) { return x.text; }); };
    var rows = [
      ["people", facts.people],
      ["organizations", facts.organizations],
      ["places", facts.places],
      ["figures", texts(facts.quantities)],
      ["dates", texts(facts.dates)]
    ];
    box.textContent = "";
    rows.forEach(function (row) {
      var seen = [];
      (row[1] || []).forEach(function (v) {
        if (typeof v === "string" && v && seen.indexOf(v) < 0) seen.push(v);
      });
      if (!seen.length) return;
      var term = document.createElement("dt");
      term.textContent = box.dataset[row[0]] || row[0];
      var value = document.createElement("dd");
      value.className = "facts-" + row[0];
      value.textContent = seen.join("; ");
      box.appendChild(term);
      box.appendChild(value);
    });
    box.hidden = !box.children.length;
  }

  // options: onChange() after anything shows or hides; onSummary(summary) once the points
  // are shown; goTo(index) when a point is clicked (true when it scrolled somewhere).
  function attach(fetchSummary, options) {
    options = options || {};
    var button = document.getElementById("summary-button");
    var box = document.getElementById("summary");
    var list = document.getElementById("summary-points");
    var error = document.getElementById("summary-error");
    if (!button || !box || !list || !error) return null;
    var label = button.textContent;
    var loaded = false;

    function done() { if (options.onChange) options.onChange(); }

    function show(summary) {
      list.textContent = "";
      (summary.points || []).forEach(function (point, index) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.className = "point-link";
        link.href = "#point-" + (index + 1);
        link.textContent = point.text;
        link.addEventListener("click", function (event) {
          event.preventDefault();
          if (options.goTo) options.goTo(index);
        });
        item.appendChild(link);
        list.appendChild(item);
      });
      showFacts(document.getElementById("summary-facts"), summary.facts);
      loaded = true;
      box.hidden = false;
      button.hidden = true;
      if (options.onSummary) options.onSummary(summary);
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

  window.Nutgraf = {
    attach: attach,
    paragraphs: paragraphs,
    markPoints: markPoints,
    goTo: goTo
  };
})();
