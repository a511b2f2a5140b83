// What the page scripts of report.html (timeline.js, lifecycle.js, forecast.js) and compare.html (compare.js) share:
// value formats and the UTC time ticks. Included once, before them (InteractiveChart, CompareReport), as
// window.asgsimAxes.
window.asgsimAxes = (function () {
  "use strict";
  function fmt(digits) {
    return function (u, v) { return v == null ? "–" : Number(v).toFixed(digits); };
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  // Time ticks in UTC, 24-hour clock: hours and minutes within two days, dates beyond.
  function ticks(u, splits) {
    var span = u.scales.x.max - u.scales.x.min;
    return splits.map(function (ts) {
      var t = new Date(ts * 1e3);
      var day = t.getUTCFullYear() + "-" + pad(t.getUTCMonth() + 1) + "-" + pad(t.getUTCDate());
      var hm = pad(t.getUTCHours()) + ":" + pad(t.getUTCMinutes());
      if (span > 2 * 86400) { return day; }
      return t.getUTCHours() === 0 && t.getUTCMinutes() === 0 ? hm + "\n" + day : hm;
    });
  }
  return {fmt: fmt, pad: pad, ticks: ticks};
})();
