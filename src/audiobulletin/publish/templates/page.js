// Chapters, speed, shortcuts and the read-along highlight. The timings come from the JSON
// embedded in the page, not from the <track>, which browsers do not load from file://.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("bulletin-data").textContent);
  var audio = document.getElementById("audio");
  var playButton = document.getElementById("play");
  var speed = document.getElementById("speed");
  var follow = document.getElementById("follow");
  var now = document.getElementById("now");
  var chapterButtons = Array.prototype.slice.call(document.querySelectorAll("button.chapter"));
  var rates = Array.prototype.map.call(speed.options, function (o) { return Number(o.value); });
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  var currentChapter = -1;
  var currentCue = -1;
  var marked = [];

  // The last item whose start is at or before t (items sorted by start); -1 before the first.
  function lastStartedAt(starts, t) {
    var lo = 0, hi = starts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= t + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }
  var chapterStarts = data.chapters.map(function (c) { return c.start; });
  var cueStarts = data.cues.map(function (c) { return c[0]; });

  function seek(seconds, play) {
    audio.currentTime = Math.max(0, Math.min(seconds, data.duration || seconds));
    if (play) { audio.play().catch(function () {}); }
    update();
  }
  function goToChapter(index) {
    if (index < 0 || index >= data.chapters.length) { return; }
    seek(data.chapters[index].start, true);
  }
  function togglePlay() {
    if (audio.paused) { audio.play().catch(function () {}); } else { audio.pause(); }
  }
  function setRate(rate) {
    audio.playbackRate = rate;
    audio.defaultPlaybackRate = rate;
    speed.value = String(rate);
    try { localStorage.setItem("audiobulletin.rate", String(rate)); } catch (e) { /* file:// */ }
  }
  function stepRate(step) {
    var i = rates.indexOf(Number(speed.value));
    var next = rates[Math.max(0, Math.min(rates.length - 1, (i < 0 ? rates.indexOf(1) : i) + step))];
    setRate(next);
  }

  function showChapter(index) {
    if (index === currentChapter) { return; }
    currentChapter = index;
    chapterButtons.forEach(function (b, i) {
      if (i === index) { b.setAttribute("aria-current", "true"); } else { b.removeAttribute("aria-current"); }
    });
    if (index >= 0) {
      now.textContent = "当前章节：第 " + (index + 1) + " 章，" + data.chapters[index].title;
    }
  }
  function showCue(index) {
    if (index === currentCue) { return; }
    currentCue = index;
    marked.forEach(function (el) { el.classList.remove("current"); });
    marked = [];
    var cue = data.cues[index];
    if (!cue || cue[2] < 0) { return; }
    for (var w = cue[2]; w <= cue[3]; w++) {
      var el = document.getElementById("w" + w);
      if (el) { el.classList.add("current"); marked.push(el); }
    }
    // Follow only while playing, and not while the listener is choosing a chapter: the
    // focused chapter button would leave the screen.
    var active = document.activeElement;
    var choosing = active && active.classList && active.classList.contains("chapter");
    if (follow.checked && marked.length && !audio.paused && !choosing) {
      var box = marked[0].getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        marked[0].scrollIntoView({ block: "center", behavior: reduceMotion.matches ? "auto" : "smooth" });
      }
    }
  }
  function update() {
    var t = audio.currentTime;
    showChapter(lastStartedAt(chapterStarts, t));
    showCue(lastStartedAt(cueStarts, t));
  }

  chapterButtons.forEach(function (button, i) {
    button.addEventListener("click", function () { goToChapter(i); });
  });
  document.getElementById("prev").addEventListener("click", function () {
    goToChapter(Math.max(0, currentChapter - 1));
  });
  document.getElementById("next").addEventListener("click", function () {
    goToChapter(currentChapter + 1);
  });
  playButton.addEventListener("click", togglePlay);
  speed.addEventListener("change", function () { setRate(Number(speed.value)); });
  audio.addEventListener("timeupdate", update);
  audio.addEventListener("seeked", update);
  audio.addEventListener("play", function () { playButton.textContent = "暂停"; });
  audio.addEventListener("pause", function () { playButton.textContent = "播放"; });
  audio.addEventListener("ratechange", function () {
    if (rates.indexOf(audio.playbackRate) >= 0) { speed.value = String(audio.playbackRate); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) { return; }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (target && target.isContentEditable)) {
      return;
    }
    var actions = {
      k: togglePlay,
      n: function () { goToChapter(currentChapter + 1); },
      p: function () { goToChapter(Math.max(0, currentChapter - 1)); },
      j: function () { seek(audio.currentTime - 10, false); },
      l: function () { seek(audio.currentTime + 10, false); },
      "[": function () { stepRate(-1); },
      "]": function () { stepRate(1); }
    };
    var action = actions[event.key.toLowerCase()];
    if (action) { event.preventDefault(); action(); }
  });

  try {
    var saved = Number(localStorage.getItem("audiobulletin.rate"));
    if (rates.indexOf(saved) >= 0) { setRate(saved); }
  } catch (e) { /* storage unavailable from file:// in some browsers */ }
})();
