// Draws sweep.html's interactive Pareto chart from the JSON in #asgsim-pareto with the embedded uPlot.
// Points are sorted by cost (uPlot's x must ascend); hover a point to read its settings; drag to zoom, double-click
// to zoom out.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("asgsim-pareto").textContent);
  var root = document.getElementById("pareto");
  var pts = D.points.slice().sort(function (a, b) { return a.objective - b.objective; });
  var x = pts.map(function (p) { return p.objective; });
  function only(test) { return pts.map(function (p) { return test(p) ? p.slo : null; }); }
  function fmt(v) { return v == null ? "–" : Number(v).toPrecision(4); }
  function dots(label, color, size, data) {
    return {label: label, stroke: color, fill: color, paths: function () { return null; },
      points: {show: true, size: size, stroke: color, fill: color}, value: function (u, v) { return fmt(v); }};
  }
  var series = [
    {label: D.objective + " ($)", value: function (u, v) { return v == null ? "–" : "$" + Number(v).toPrecision(4); }},
    dots("points", "#999999", 6),
    {label: "Pareto front", stroke: "#1f77b4", width: 1.5, spanGaps: true, points: {show: true, size: 7},
      value: function (u, v) { return fmt(v); }},
    dots("base config", "#ff7f0e", 13),
    dots("recommended", "#2ca02c", 13),
    {label: "point", stroke: "#ffffff", paths: function () { return null; }, points: {show: false},
      value: function (u, v, si, i) { return i == null ? "–" : pts[i].label; }}
  ];
  var data = [x, only(function () { return true; }), only(function (p) { return p.front; }),
    only(function (p) { return p.base; }), only(function (p) { return p.chosen; }), x.map(function () { return 0; })];
  if (D.bound != null) {
    series.push({label: "SLO " + D.slo + " ≤ " + D.bound, stroke: "#d62728", dash: [6, 6], width: 1,
      points: {show: false}});
    data.push(x.map(function () { return D.bound; }));
  }
  var opts = {
    title: "Cost against " + D.slo + " (worst load)",
    width: Math.max(600, Math.min(1100, root.clientWidth || 1100)),
    height: 420,
    scales: {x: {time: false}, y: {}},
    axes: [{label: D.objective + " ($)", values: function (u, s) { return s.map(function (v) { return "$" + v; }); }},
      {label: D.slo, size: 70}],
    cursor: {drag: {x: true, y: true}},
    series: series
  };
  // the "point" series only carries the hover label: keep it off the y scale
  opts.series[5].scale = "label";
  opts.scales.label = {range: [0, 1]};
  window.asgsimCharts = [new uPlot(opts, data, root)];
})();
