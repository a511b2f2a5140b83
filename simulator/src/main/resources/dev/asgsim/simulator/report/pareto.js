// Draws sweep.html's interactive Pareto chart from the JSON in #asgsim-pareto with the embedded uPlot.
// Points are sorted by cost (uPlot's x must ascend); hover a point to read its settings; drag to zoom, double-click
// to zoom out. Scales follow pareto.png: logarithmic when values span decades, zeros drawn at the floor (read "0").
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("asgsim-pareto").textContent);
  var root = document.getElementById("pareto");
  var dollars = D.objective.indexOf("($)") >= 0;
  function px(v) { return D.xLog && v < D.xFloor ? D.xFloor : v; }
  function py(v) { return v == null ? null : D.yLog && v < D.yFloor ? D.yFloor : v; }
  function num(v) { return String(Number(Number(v).toPrecision(4))); }
  function fx(v) { return v == null ? "–" : D.xZeros && v <= D.xFloor ? "0" : (dollars ? "$" : "") + num(v); }
  function fy(v) { return v == null ? "–" : D.yZeros && v <= D.yFloor ? "0" : num(v); }
  var pts = D.points.slice().sort(function (a, b) { return a.objective - b.objective; });
  var x = pts.map(function (p) { return px(p.objective); });
  function only(test) { return pts.map(function (p) { return test(p) ? py(p.slo) : null; }); }
  function dots(label, color, size) {
    return {label: label, stroke: color, fill: color, paths: function () { return null; },
      points: {show: true, size: size, stroke: color, fill: color}, value: function (u, v) { return fy(v); }};
  }
  var series = [
    {label: D.objective, value: function (u, v) { return fx(v); }},
    dots("points", "#999999", 6),
    {label: "Pareto front", stroke: "#1f77b4", width: 1.5, spanGaps: true, points: {show: true, size: 7},
      value: function (u, v) { return fy(v); }},
    dots("base config", "#ff7f0e", 13),
    dots("recommended", "#2ca02c", 13),
    {label: "point", stroke: "#ffffff", paths: function () { return null; }, points: {show: false},
      value: function (u, v, si, i) { return i == null ? "–" : pts[i].label; }}
  ];
  var data = [x, only(function (p) { return !p.bench; }), only(function (p) { return p.front; }),
    only(function (p) { return p.base; }), only(function (p) { return p.chosen; }), x.map(function () { return 0; })];
  if (pts.some(function (p) { return p.bench; })) {
    series.push(dots("bench plug-ins (AWS cannot run them)", "#9467bd", 8));
    data.push(only(function (p) { return p.bench; }));
  }
  if (D.bound != null) {
    series.push({label: "SLO " + D.slo + " ≤ " + num(D.bound), stroke: "#d62728", dash: [6, 6], width: 1,
      points: {show: false}});
    data.push(x.map(function () { return py(D.bound); }));
  }
  // as pareto.png: from below the floor (where zeros are drawn) to above the largest value
  function logRange(floor) { return function (u, min, max) { return [Math.min(min, floor) / 1.6, max * 1.6]; }; }
  function ticks(f) { return function (u, s) { return s.map(function (v) { return v == null ? "" : f(v); }); }; }
  var opts = {
    title: "Cost against " + D.slo + " (worst load)",
    width: Math.max(600, Math.min(1100, root.clientWidth || 1100)),
    height: 420,
    scales: {x: {time: false, distr: D.xLog ? 3 : 1, range: D.xLog ? logRange(D.xFloor) : null},
      y: {distr: D.yLog ? 3 : 1, range: D.yLog ? logRange(D.yFloor) : null}},
    axes: [{label: D.objective + (D.xLog ? " — log" : ""), values: ticks(fx)},
      {label: D.sloTitle + (D.yLog ? " — log" : ""), size: 70, values: ticks(fy)}],
    cursor: {drag: {x: true, y: true}},
    series: series
  };
  // the "point" series only carries the hover label: keep it off the y scale
  opts.series[5].scale = "label";
  opts.scales.label = {range: [0, 1]};
  window.asgsimCharts = [new uPlot(opts, data, root)];
})();
