// Draws report.html's predictive scaling evaluation (aws-behaviour §5.2) from the JSON in #asgsim-forecast-data with the
// embedded uPlot: per policy, hour by hour, the load forecast over the load observed and the capacity forecast over
// the capacity the policies produced. Drag to zoom (the timeline above follows), double-click to zoom out, hover for
// the hour's values.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("asgsim-forecast-data").textContent);
  var root = document.getElementById("forecast-charts");
  var step = uPlot.paths.stepped({align: 1});
  // Every chart of the page (the timeline's too) follows a zoom; resizing is each script's own.
  var charts = window.asgsimCharts = window.asgsimCharts || [];
  var mine = [];
  var syncing = false;

  var fmt = window.asgsimAxes.fmt;
  var pad = window.asgsimAxes.pad;
  function width() { return Math.max(600, Math.min(1400, root.clientWidth || 1200)); }
  // Time ticks in UTC: the hour, with the date under midnight, while ticks are less than a day apart; dates beyond.
  function ticks(u, splits) {
    var daily = splits.length > 1 && splits[1] - splits[0] >= 86400;
    return splits.map(function (ts) {
      var t = new Date(ts * 1e3);
      var day = t.getUTCFullYear() + "-" + pad(t.getUTCMonth() + 1) + "-" + pad(t.getUTCDate());
      if (daily) { return day; }
      var hm = pad(t.getUTCHours()) + ":00";
      return t.getUTCHours() === 0 ? hm + "\n" + day : hm;
    });
  }
  // The observed value: a solid step line over a light fill. The forecast: a wide dashed orange step line on top.
  function actual(label, stroke, fill, digits) {
    return {label: label, stroke: stroke, fill: fill, width: 1.6, paths: step, points: {show: false},
      value: fmt(digits)};
  }
  function forecast(label, digits) {
    return {label: label, stroke: "#d95f02", width: 2.4, dash: [8, 4], paths: step, points: {show: false},
      value: fmt(digits), spanGaps: false};
  }

  function chart(title, yLabel, x, series, data) {
    var box = document.createElement("div");
    box.className = "panel";
    root.appendChild(box);
    var u = new uPlot({
      title: title,
      width: width(),
      height: 230,
      cursor: {sync: {key: "asgsim-forecast"}, drag: {x: true, y: false}},
      scales: {x: {time: true}, y: {range: function (u, min, max) { return [0, max > 0 ? max * 1.08 : 1]; }}},
      axes: [{values: ticks, space: 70}, {label: yLabel, size: 60}],
      series: [{label: "hour (UTC)", value: function (u, ts) {
        return ts == null ? "–" : new Date(ts * 1e3).toISOString().slice(0, 16).replace("T", " ");
      }}].concat(series),
      hooks: {setScale: [function (u, key) {
        if (key !== "x" || syncing) { return; }
        syncing = true;
        charts.forEach(function (c) {
          if (c !== u) { c.setScale("x", {min: u.scales.x.min, max: u.scales.x.max}); }
        });
        syncing = false;
      }]}
    }, [x].concat(data), box);
    charts.push(u);
    mine.push(u);
    return u;
  }

  function pct(v) { return v == null ? "–" : v.toFixed(1) + " %"; }

  D.policies.forEach(function (p) {
    chart("Load: forecast vs actual — " + p.policy + " (" + p.mode + ") — WAPE " + pct(p.loadWape),
        p.loadUnit,
        p.x,
        [actual("load observed", "#333333", "rgba(120,120,120,0.18)", 1), forecast("load forecast", 1)],
        [p.load, p.loadForecast]);
    chart("Capacity: forecast vs produced — " + p.policy + " — WAPE " + pct(p.capacityWape),
        "instances",
        p.x,
        [actual("capacity produced (mean desired)", "#3182bd", "rgba(107,174,214,0.25)", 2),
          forecast("capacity forecast", 0)],
        [p.capacity, p.capacityForecast]);
  });

  window.addEventListener("resize", function () {
    mine.forEach(function (u) { u.setSize({width: width(), height: u.height}); });
  });
})();
