/* articlecast: the episode page's player and read-along, and the show page's copy button.
   Plain JavaScript, no framework; the page works without it (a native <audio controls>). */
(function () {
  "use strict";

  var SAVE_EVERY_SECONDS = 5;
  var RESUME_MARGIN_SECONDS = 5;

  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds || 0));
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
    var ss = (s < 10 ? "0" : "") + s;
    return h ? h + ":" + (m < 10 ? "0" : "") + m + ":" + ss : m + ":" + ss;
  }

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function remember(key, value) {
    var store = storage();
    try { if (store) { if (value === null) store.removeItem(key); else store.setItem(key, String(value)); } } catch (error) { /* full or blocked */ }
  }

  function recall(key) {
    var store = storage();
    try { return store ? store.getItem(key) : null; } catch (error) { return null; }
  }

  function copyText(text, status) {
    function done() { status.textContent = "Copied: " + text; }
    function failed() { status.textContent = "Copy this link: " + text; }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  }

  function timeFromHash() {
    var match = /(?:^#|&)t=(\d+(?:\.\d+)?)/.exec(location.hash);
    return match ? parseFloat(match[1]) : null;
  }

  function episodePage(main) {
    var audio = document.getElementById("audio");
    var controls = main.querySelector(".controls");
    var play = controls.querySelector(".play");
    var seek = controls.querySelector(".seek");
    var current = controls.querySelector(".current");
    var speed = controls.querySelector("select");
    var status = controls.querySelector(".status");
    var segments = Array.prototype.slice.call(main.querySelectorAll(".seg[data-start]"));
    var chapters = Array.prototype.slice.call(main.querySelectorAll(".chapters a[data-start]"));
    var starts = segments.map(function (el) { return parseFloat(el.getAttribute("data-start")); });
    var ends = segments.map(function (el) { return parseFloat(el.getAttribute("data-end")); });
    var positionKey = "articlecast:position:" + location.pathname;
    var speedKey = "articlecast:speed";
    var active = -1;
    var lastSaved = 0;
    var dragging = false;

    audio.removeAttribute("controls");
    controls.hidden = false;

    function seekTo(seconds, andPlay) {
      var duration = isFinite(audio.duration) ? audio.duration : parseFloat(main.getAttribute("data-duration"));
      audio.currentTime = Math.max(0, Math.min(seconds, duration || seconds));
      update();
      if (andPlay) audio.play().catch(function () { /* the listener presses play */ });
    }

    /* The segment being heard: the last one that started at or before t (silence keeps the one before). */
    function segmentAt(t) {
      var low = 0, high = starts.length - 1, found = -1;
      while (low <= high) {
        var middle = (low + high) >> 1;
        if (starts[middle] <= t + 0.001) { found = middle; low = middle + 1; } else { high = middle - 1; }
      }
      return found;
    }

    function keepInView(el) {
      var box = el.getBoundingClientRect();
      var top = main.querySelector(".player").getBoundingClientRect().bottom;
      if (box.top < top || box.bottom > window.innerHeight) {
        var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        el.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
      }
    }

    function highlight() {
      var index = segmentAt(audio.currentTime);
      if (index === active) return;
      if (active >= 0) segments[active].removeAttribute("aria-current");
      active = index;
      if (index >= 0) {
        segments[index].setAttribute("aria-current", "true");
        if (!audio.paused) keepInView(segments[index]);
      }
      var chapter = -1;
      chapters.forEach(function (link, i) {
        if (parseFloat(link.getAttribute("data-start")) <= audio.currentTime + 0.001) chapter = i;
      });
      chapters.forEach(function (link, i) {
        if (i === chapter) link.setAttribute("aria-current", "true"); else link.removeAttribute("aria-current");
      });
    }

    function update() {
      if (!dragging) seek.value = audio.currentTime;
      current.textContent = clock(audio.currentTime);
      seek.setAttribute("aria-valuetext", clock(audio.currentTime) + " of " + clock(parseFloat(seek.max)));
      highlight();
    }

    function savePosition(force) {
      if (force || Math.abs(audio.currentTime - lastSaved) >= SAVE_EVERY_SECONDS) {
        lastSaved = audio.currentTime;
        remember(positionKey, audio.currentTime.toFixed(1));
      }
    }

    play.addEventListener("click", function () {
      if (audio.paused) audio.play().catch(function (error) { status.textContent = "The audio cannot play: " + error.message; });
      else audio.pause();
    });
    audio.addEventListener("play", function () { play.textContent = "Pause"; });
    audio.addEventListener("pause", function () { play.textContent = "Play"; savePosition(true); });
    audio.addEventListener("ended", function () { remember(positionKey, null); });
    audio.addEventListener("timeupdate", function () { update(); savePosition(false); });
    audio.addEventListener("seeked", update);
    audio.addEventListener("loadedmetadata", function () { if (isFinite(audio.duration)) seek.max = audio.duration; });

    Array.prototype.forEach.call(controls.querySelectorAll("[data-skip]"), function (button) {
      button.addEventListener("click", function () { seekTo(audio.currentTime + parseFloat(button.getAttribute("data-skip")), false); });
    });
    seek.addEventListener("input", function () { dragging = true; current.textContent = clock(parseFloat(seek.value)); });
    seek.addEventListener("change", function () { dragging = false; seekTo(parseFloat(seek.value), false); });

    var savedSpeed = recall(speedKey);
    if (savedSpeed && speed.querySelector('option[value="' + savedSpeed + '"]')) speed.value = savedSpeed;
    audio.playbackRate = audio.defaultPlaybackRate = parseFloat(speed.value);
    speed.addEventListener("change", function () {
      audio.playbackRate = audio.defaultPlaybackRate = parseFloat(speed.value);
      remember(speedKey, speed.value);
    });

    controls.querySelector(".copy-link").addEventListener("click", function () {
      var url = location.href.split("#")[0] + "#t=" + Math.floor(audio.currentTime);
      copyText(url, status);
    });

    segments.forEach(function (el, index) {
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "button");
      el.setAttribute("title", "Play from " + clock(starts[index]));
      function go() { seekTo(starts[index] + 0.001, true); }
      el.addEventListener("click", go);
      el.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); go(); }
      });
    });
    chapters.forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        history.replaceState(null, "", "#t=" + link.getAttribute("data-start"));
        seekTo(parseFloat(link.getAttribute("data-start")) + 0.001, true);
      });
    });

    window.addEventListener("hashchange", function () {
      var t = timeFromHash();
      if (t !== null) seekTo(t, false);
    });

    if ("mediaSession" in navigator && window.MediaMetadata) {
      var cover = main.getAttribute("data-cover");
      navigator.mediaSession.metadata = new MediaMetadata({
        title: main.getAttribute("data-title"),
        artist: main.getAttribute("data-artist"),
        album: main.getAttribute("data-album"),
        artwork: cover ? [{ src: new URL(cover, location.href).href, type: main.getAttribute("data-cover-type") }] : []
      });
      var actions = {
        play: function () { audio.play(); },
        pause: function () { audio.pause(); },
        seekbackward: function (details) { seekTo(audio.currentTime - ((details && details.seekOffset) || 15), false); },
        seekforward: function (details) { seekTo(audio.currentTime + ((details && details.seekOffset) || 15), false); },
        seekto: function (details) { seekTo(details.seekTime, false); }
      };
      Object.keys(actions).forEach(function (name) {
        try { navigator.mediaSession.setActionHandler(name, actions[name]); } catch (error) { /* not supported here */ }
      });
    }

    var start = timeFromHash();
    if (start === null) {
      var saved = parseFloat(recall(positionKey));
      var total = parseFloat(main.getAttribute("data-duration"));
      if (saved > RESUME_MARGIN_SECONDS && saved < total - RESUME_MARGIN_SECONDS) {
        start = saved;
        status.textContent = "Resuming where you stopped, at " + clock(saved) + ".";
      }
    }
    if (start !== null) seekTo(start, false); else update();
  }

  function showPage(main) {
    var field = main.querySelector(".feed-url");
    var button = main.querySelector(".copy-feed");
    var status = main.querySelector(".subscribe .status");
    if (!field || !button) return;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(field.value)) field.value = new URL(field.getAttribute("data-feed"), location.href).href;
    button.hidden = false;
    button.addEventListener("click", function () { copyText(field.value, status); });
  }

  function start() {
    var episode = document.getElementById("episode");
    if (episode && document.getElementById("audio")) episodePage(episode);
    var show = document.getElementById("show");
    if (show) showPage(show);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
