/* articlecast: <articlecast-player>, the "Listen to this article" player for a publisher's page.
   One small script, no framework; its look lives in a shadow root, apart from the page's CSS.
   Nothing is loaded until the listener presses the button (preload="none", no src before). */
(function () {
  "use strict";
  if (!window.customElements || customElements.get("articlecast-player")) return;

  var SPEEDS = [1, 1.25, 1.5, 1.75, 2, 0.75];
  var STYLE =
    ":host{display:block;margin:1em 0;font:16px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1b1b}" +
    ".box{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;padding:.75em;border:1px solid #bbb;border-radius:.5em;background:#f6f6f4}" +
    "button{min-height:44px;padding:.25em .8em;border:1px solid #555;border-radius:.4em;background:#fff;color:#1b1b1b;font:inherit;cursor:pointer}" +
    "button.listen{background:#0b57d0;border-color:#0b57d0;color:#fff;font-weight:600}" +
    "button:focus-visible,input:focus-visible{outline:3px solid #b3261e;outline-offset:2px}" +
    ".meta{color:#444}.note{flex-basis:100%;margin:0;font-size:.85em;color:#444}" +
    ".more{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;flex-basis:100%}.more[hidden]{display:none}" +
    "input{flex:1 1 10em;min-height:44px;accent-color:#0b57d0}.time{font-variant-numeric:tabular-nums;color:#444}" +
    "@media (prefers-color-scheme:dark){:host{color:#ececec}.box{background:#1f1f1f;border-color:#555}" +
    "button{background:#121212;color:#ececec;border-color:#aaa}button.listen{background:#8ab4f8;border-color:#8ab4f8;color:#0b1a33}" +
    ".meta,.note,.time{color:#c8c8c8}}";

  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds || 0));
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function element(tag, attributes, text) {
    var el = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { el.setAttribute(name, attributes[name]); });
    if (text) el.textContent = text;
    return el;
  }

  class ArticlecastPlayer extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      var duration = parseFloat(this.getAttribute("duration")) || 0;
      var minutes = Math.max(1, Math.floor(duration / 60 + 0.5));
      var title = this.getAttribute("title") || "";
      if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
        var sheet = new CSSStyleSheet();  /* not an inline <style>, so a host page's strict CSP allows it */
        sheet.replaceSync(STYLE);
        root.adoptedStyleSheets = [sheet];
      } else {
        root.appendChild(element("style", {}, STYLE));
      }
      var box = element("div", { class: "box", role: "group", "aria-label": "Listen to this article" });
      var listen = element("button", { type: "button", class: "listen" }, "Listen to this article");
      var meta = element("span", { class: "meta" }, minutes + " min");
      var note = element("p", { class: "note" }, this.getAttribute("disclosure") || "");
      var more = element("div", { class: "more" });
      more.hidden = true;
      var back = element("button", { type: "button", "aria-label": "Back 15 seconds" }, "−15 s");
      var forward = element("button", { type: "button", "aria-label": "Forward 15 seconds" }, "+15 s");
      var bar = element("input", { type: "range", min: "0", max: String(duration || 1), step: "any", value: "0", "aria-label": "Position in " + title });
      var time = element("span", { class: "time" }, "0:00 / " + clock(duration));
      var speed = element("button", { type: "button", "aria-label": "Speed 1×" }, "1×");
      var audio = element("audio", { preload: "none" });
      more.append(back, bar, forward, speed, time);
      box.append(listen, meta, note, more, audio);
      root.appendChild(box);
      var src = this.getAttribute("src");
      var speedIndex = 0;

      function show() {
        bar.value = audio.currentTime;
        time.textContent = clock(audio.currentTime) + " / " + clock(duration);
        bar.setAttribute("aria-valuetext", clock(audio.currentTime) + " of " + clock(duration));
      }
      function jump(by) { audio.currentTime = Math.max(0, Math.min(duration, audio.currentTime + by)); show(); }

      listen.addEventListener("click", function () {
        if (!audio.getAttribute("src")) audio.setAttribute("src", src);
        more.hidden = false;
        if (audio.paused) audio.play().catch(function () { listen.textContent = "Listen to this article"; });
        else audio.pause();
      });
      audio.addEventListener("play", function () {
        listen.textContent = "Pause";
        Array.prototype.forEach.call(document.querySelectorAll("articlecast-player"), function (other) {
          if (other !== this && other.pause) other.pause();
        }, this);
      }.bind(this));
      audio.addEventListener("pause", function () { listen.textContent = "Listen to this article"; });
      audio.addEventListener("timeupdate", show);
      audio.addEventListener("loadedmetadata", function () { if (isFinite(audio.duration)) { duration = audio.duration; bar.max = duration; show(); } });
      back.addEventListener("click", function () { jump(-15); });
      forward.addEventListener("click", function () { jump(15); });
      bar.addEventListener("change", function () { audio.currentTime = parseFloat(bar.value); show(); });
      speed.addEventListener("click", function () {
        speedIndex = (speedIndex + 1) % SPEEDS.length;
        audio.playbackRate = SPEEDS[speedIndex];
        speed.textContent = SPEEDS[speedIndex] + "×";
        speed.setAttribute("aria-label", "Speed " + SPEEDS[speedIndex] + "×");
      });
      this.audio = audio;
    }

    pause() { if (this.audio && !this.audio.paused) this.audio.pause(); }
  }

  customElements.define("articlecast-player", ArticlecastPlayer);
})();
