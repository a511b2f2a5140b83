// Draws compare.html's overlaid charts from the JSON in #asgsim-compare with the embedded uPlot: one colour per
// config; drag to zoom (all panels follow), double-click to zoom out, hover for every config's value.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("asgsim-compare").textContent);
  var root = document.getElementById("compare");
  var palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];
  var step = uPlot.paths.stepped({align: 1});
  var charts = window.asgsimCharts = [];
  var syncing = false;
  var fmt = window.asgsimAxes.fmt;
  var ticks = window.asgsimAxes.ticks;
  function line(label, color, width) {
    return {label: label, stroke: color, width: width, paths: step, points: {show: false},
      value: fmt(2)};
  }
  function chart(title, yLabel, series, data, height) {
    var box = document.createElement("div");
    box.className = "panel";
    root.appendChild(box);
    var u = new uPlot({
      title: title, width: Math.max(600, Math.min(1400, root.clientWidth || 1200)), height: height,
      cursor: {sync: {key: "asgsim-compare"}, drag: {x: true, y: false}},
      scales: {x: {time: true}},
      axes: [{values: ticks, space: 70}, {label: yLabel, size: 60}],
      series: [{label: "time (UTC)", value: function (u, ts) {
        return ts == null ? "–" : new Date(ts * 1e3).toISOString().slice(0, 16).replace("T", " ");
      }}].concat(series),
      hooks: {setScale: [function (u, key) {
        if (key !== "x" || syncing) { return; }
        syncing = true;
        charts.forEach(function (c) { if (c !== u) { c.setScale("x", {min: u.scales.x.min, max: u.scales.x.max}); } });
        syncing = false;
      }]}
    }, [D.x].concat(data), box);
    charts.push(u);
  }
  // widest first, so a config that coincides with another stays visible under it
  function width(i) { return Math.max(1.2, 4.5 - 1.3 * i); }
  // One capacity panel in the runs' unit; runs counting capacity differently (vCPUs against instances) get one each,
  // since one axis would read 8 vCPUs as more than 4 instances.
  var panels = D.capacityUnit
    ? [{title: "Desired capacity against demand", unit: D.capacityUnit, s: [line(D.demandLabel, "#444444", 1.2)],
        d: [D.demand]}]
    : D.runs.map(function (r) {
        return {title: r.name + ": desired capacity against demand, in " + r.capacityUnit, unit: r.capacityUnit,
          s: [line(r.demandLabel, "#444444", 1.2)], d: [r.demand]};
      });
  var us = [], ud = [], ms = [], md = [];
  D.runs.forEach(function (r, i) {
    var c = palette[i % palette.length];
    var p = panels[D.capacityUnit ? 0 : i];
    p.s.push(line(r.name + ": desired", c, width(i))); p.d.push(r.desired);
    us.push(line(r.name + ": unserved", c, width(i))); ud.push(r.unserved);
    if (D.metricName) { ms.push(line(r.name + ": " + D.metricName, c, width(i))); md.push(r.metric); }
    else { ms.push(line(r.name + ": CPU of serving instances, %", c, width(i))); md.push(r.cpu); }
  });
  panels.forEach(function (p) { chart(p.title, p.unit, p.s, p.d, D.capacityUnit ? 320 : 240); });
  chart("Unserved demand", D.unservedUnit, us, ud, 170);
  chart(D.metricName ? D.metricName : "CPU of serving instances", D.metricName ? D.metricUnit : "CPU %", ms, md, 200);
})();
