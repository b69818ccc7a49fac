/* articlecast studio: the script view, voicing one segment, the lexicon field, the build button.
   Article text only ever goes into the page as text (textContent), never as HTML. */
(function () {
  "use strict";
  var POLL_MS = 1500;
  var state = { article: null, wanted: null, modified: null, spoken: [] };  /* modified: of the article shown */
  var list = document.getElementById("articles");
  var heading = document.getElementById("script-heading");
  var table = document.getElementById("segments");
  var body = table.querySelector("tbody");
  var form = document.getElementById("lexicon");
  var lexiconStatus = document.getElementById("lexicon-status");
  var buildButton = document.getElementById("build");
  var buildBar = document.getElementById("build-progress");
  var buildStatus = document.getElementById("build-status");
  var player = new Audio();

  function request(method, path, data) {
    var options = { method: method, headers: {} };
    if (data) { options.headers["Content-Type"] = "application/json"; options.body = JSON.stringify(data); }
    return fetch(path, options).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.error || response.statusText);
        return json;
      });
    });
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    if (className) td.className = className;
    if (text !== undefined) td.textContent = text;
    row.appendChild(td);
    return td;
  }

  /* The written text, with the lexicon's matches in <mark>. */
  function written(td, segment) {
    var at = 0;
    segment.hits.forEach(function (hit) {
      td.appendChild(document.createTextNode(segment.shown.slice(at, hit[0])));
      var mark = document.createElement("mark");
      mark.textContent = segment.shown.slice(hit[0], hit[1]);
      mark.title = "Lexicon: " + hit[2];
      td.appendChild(mark);
      at = hit[1];
    });
    td.appendChild(document.createTextNode(segment.shown.slice(at)));
  }

  function showScript(view, previous) {
    heading.textContent = view.title + " (" + view.name + ", " + view.language + ")";
    body.textContent = "";
    view.segments.forEach(function (segment, index) {
      var row = document.createElement("tr");
      if (previous && previous[index] !== undefined && previous[index] !== segment.spoken) row.className = "changed";
      cell(row, String(index + 1));
      written(cell(row, undefined, "kind-" + segment.kind), segment);
      cell(row, segment.spoken, "spoken");
      cell(row, segment.pause_ms + " ms", "pause");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = "Voice";
      button.setAttribute("aria-label", "Voice segment " + (index + 1));
      button.addEventListener("click", function () { voice(index, button); });
      cell(row, undefined).appendChild(button);
      body.appendChild(row);
    });
    table.hidden = false;
    form.hidden = false;
  }

  function voice(index, button) {
    button.disabled = true;
    button.textContent = "Voicing…";
    player.src = "/api/voice?article=" + encodeURIComponent(state.article) + "&segment=" + index;
    player.play().catch(function (error) { lexiconStatus.textContent = "Cannot play: " + error.message; });
    player.onplaying = player.onerror = function () { button.disabled = false; button.textContent = "Voice"; };
  }

  function open(name) {
    state.wanted = name;  /* the last article asked for wins over answers still on their way */
    return request("GET", "/api/script?article=" + encodeURIComponent(name)).then(function (view) {
      if (state.wanted !== name) return;
      state.article = name;
      state.modified = view.modified;
      state.spoken = view.segments.map(function (segment) { return segment.spoken; });
      showScript(view);
      Array.prototype.forEach.call(list.querySelectorAll("button"), function (button) {
        if (button.textContent === name) button.setAttribute("aria-current", "true"); else button.removeAttribute("aria-current");
      });
    }).catch(function (error) { heading.textContent = error.message; });
  }

  function refreshList() {
    return request("GET", "/api/articles").then(function (data) {
      var names = data.articles.map(function (article) { return article.name; }).join("\n");
      if (names !== list.getAttribute("data-names")) {
        list.setAttribute("data-names", names);
        list.textContent = "";
        data.articles.forEach(function (article) {
          var item = document.createElement("li");
          var button = document.createElement("button");
          button.type = "button";
          button.textContent = article.name;
          button.addEventListener("click", function () { open(article.name); });
          item.appendChild(button);
          list.appendChild(item);
        });
      }
      data.articles.forEach(function (article) {
        if (article.name !== state.article) return;
        if (state.modified !== article.modified) open(article.name);
      });
    });
  }

  function entry(save) {
    var data = new FormData(form);
    return { article: state.article, written: data.get("written"), say: data.get("say"), save: save };
  }

  document.getElementById("preview").addEventListener("click", function () {
    request("POST", "/api/lexicon", entry(false)).then(function (view) {
      showScript(view, state.spoken);
      lexiconStatus.textContent = "Preview: changed segments are highlighted; nothing is saved yet.";
    }).catch(function (error) { lexiconStatus.textContent = error.message; });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    request("POST", "/api/lexicon", entry(true)).then(function (view) {
      showScript(view, state.spoken);
      state.spoken = view.segments.map(function (segment) { return segment.spoken; });
      lexiconStatus.textContent = "Saved to the lexicon.";
      form.reset();
    }).catch(function (error) { lexiconStatus.textContent = error.message; });
  });

  function showBuild(progress) {
    buildBar.hidden = false;
    buildBar.max = Math.max(1, progress.steps);
    buildBar.value = progress.done_steps;
    buildStatus.textContent = progress.running
      ? "Building: " + progress.finished + " of " + progress.articles + " articles done."
      : progress.message + (progress.failures.length ? " " + progress.failures.join(" ") : "");
    buildButton.disabled = progress.running;
    if (progress.running) setTimeout(function () { request("GET", "/api/build").then(showBuild); }, 500);
  }
  buildButton.addEventListener("click", function () {
    request("POST", "/api/build", {}).then(showBuild).catch(function (error) { buildStatus.textContent = error.message; });
  });

  refreshList().then(function () {
    var first = list.querySelector("button");
    if (first && !state.wanted) open(first.textContent);
  });
  setInterval(refreshList, POLL_MS);
})();
