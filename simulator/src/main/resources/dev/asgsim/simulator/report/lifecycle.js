// Draws report.html's "Warm pool and lifecycle hooks" panel (aws-behaviour §6.5, §7.6) from the JSON in #asgsim-data:
// instances in the warm pool (filling and warmed) and instances held by lifecycle hooks (Pending:Wait,
// Terminating:Wait and their Warmed: states), with their per-column max when aggregated. It runs after timeline.js,
// only for groups with a pool or hooks (so other reports stay as they were), puts its panel above the scaling
// decisions and joins the timeline's hover and zoom through window.asgsimCharts.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("asgsim-data").textContent);
  var L = D.lifecycle;
  var charts = window.asgsimCharts;
  if (!L || !charts || charts.length === 0) { return; }
  var root = document.getElementById("charts");
  var agg = D.aggregated;
  var step = uPlot.paths.stepped({align: 1});
  var syncing = false;

  var fmt = window.asgsimAxes.fmt;
  var ticks = window.asgsimAxes.ticks;

  var series = [{label: "time (UTC)", value: function (u, ts) {
    return ts == null ? "–" : new Date(ts * 1e3).toISOString().slice(0, 16).replace("T", " ");
  }}];
  var data = [D.x];
  function add(label, color, key) {
    if (!L[key]) { return; }
    series.push({label: label, stroke: color, width: 1.8, paths: step, points: {show: false}, value: fmt(agg ? 2 : 0)});
    data.push(L[key]);
    if (agg) {
      series.push({label: label + ", column max", stroke: color, width: 0.6, dash: [3, 3], paths: step,
        points: {show: false}, value: fmt(0)});
      data.push(L[key + "Hi"]);
    }
  }
  add("warm pool (instances)", "#1f77b4", "warmPool");
  add("waiting in lifecycle hooks", "#e377c2", "hookWait");

  var box = document.createElement("div");
  box.className = "panel";
  var decisions = charts.filter(function (c) { return c.series[1] && c.series[1].label === "scale-out"; })[0];
  root.insertBefore(box, decisions ? decisions.root.parentNode : null);
  var u = new uPlot({
    title: "Warm pool and lifecycle hooks",
    width: charts[0].width,
    height: 170,
    cursor: {sync: {key: "asgsim"}, drag: {x: true, y: false}},
    scales: {x: {time: true}},
    axes: [{values: ticks, space: 70}, {label: "instances", size: 60}],
    series: series,
    hooks: {setScale: [function (self, key) {
      if (key !== "x" || syncing) { return; }
      syncing = true;
      charts.forEach(function (c) {
        if (c !== self) { c.setScale("x", {min: self.scales.x.min, max: self.scales.x.max}); }
      });
      syncing = false;
    }]}
  }, data, box);
  charts.push(u);
  window.addEventListener("resize", function () { u.setSize({width: charts[0].width, height: u.height}); });
})();
