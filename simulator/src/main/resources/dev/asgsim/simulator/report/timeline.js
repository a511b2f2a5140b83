// Draws report.html's interactive timeline from the JSON in #asgsim-data with the embedded uPlot.
// Drag to zoom (all panels follow), double-click to zoom out, hover for the values of every series.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("asgsim-data").textContent);
  var root = document.getElementById("charts");
  var step = uPlot.paths.stepped({align: 1});
  var bars = uPlot.paths.bars({size: [1, 60], align: 1});
  var charts = window.asgsimCharts = [];
  var syncing = false;
  var agg = D.aggregated;
  // Columns of more than an hour average over several changes: their mean lines zigzag and hide the bands, so they
  // start hidden and the min–max bands tell the story (click a legend entry to show its line).
  var coarse = D.minutesPerColumn > 60;

  var fmt = window.asgsimAxes.fmt;
  var ticks = window.asgsimAxes.ticks;
  function width() { return Math.max(600, Math.min(1400, root.clientWidth || 1200)); }
  function line(label, stroke, opts) {
    var s = {label: label, stroke: stroke, width: 1.5, paths: step, points: {show: false}, value: fmt(2)};
    for (var k in opts || {}) { s[k] = opts[k]; }
    return s;
  }
  function constant(v) { return D.x.map(function () { return v; }); }

  function chart(title, yLabel, series, data, bands, height, yRange, yAxis, onDraw) {
    var box = document.createElement("div");
    box.className = "panel";
    root.appendChild(box);
    var opts = {
      title: title,
      width: width(),
      height: height,
      cursor: {sync: {key: "asgsim"}, drag: {x: true, y: false}},
      scales: {x: {time: true}, y: yRange ? {range: yRange} : {}},
      axes: [{values: ticks, space: 70}, yAxis || {label: yLabel, size: 60}],
      series: [{label: "time (UTC)", value: function (u, ts) {
        return ts == null ? "–" : new Date(ts * 1e3).toISOString().slice(0, 16).replace("T", " ");
      }}].concat(series),
      bands: bands || [],
      hooks: {setScale: [function (u, key) {
        if (key !== "x" || syncing) { return; }
        syncing = true;
        charts.forEach(function (c) {
          if (c !== u) { c.setScale("x", {min: u.scales.x.min, max: u.scales.x.max}); }
        });
        syncing = false;
      }]}
    };
    if (onDraw) { opts.hooks.draw = [onDraw]; }
    var u = new uPlot(opts, [D.x].concat(data), box);
    charts.push(u);
    return u;
  }

  // Capacity: demand and desired (with their per-column min–max when aggregated), unserved demand and capacity
  // lost to CPU-credit throttling as bands, in service, serving, MinSize, MaxSize.
  var c = D.capacity;
  var s = [], d = [], b = [];
  function add(series, values) { s.push(series); d.push(values); return s.length; }
  // Series are drawn in order: band edges first, the three capacity lines last (desired widest, serving on top).
  if (agg) {
    var hi = add(line("demand, column max", "rgba(68,68,68,0.5)", {width: 0.5}), c.demandHi);
    var lo = add(line("demand, column min", "rgba(68,68,68,0.5)", {width: 0.5}), c.demandLo);
    b.push({series: [hi, lo], fill: "rgba(68,68,68,0.25)"});
    hi = add(line("desired, column max", "rgba(49,130,189,0.6)", {width: 0.5}), c.desiredHi);
    lo = add(line("desired, column min", "rgba(49,130,189,0.6)", {width: 0.5}), c.desiredLo);
    b.push({series: [hi, lo], fill: "rgba(107,174,214,0.35)"});
  }
  var iDemand = add(line(D.demandLabel, "#444444", {width: 1.3, show: !coarse}), c.demand);
  if (D.unserved) {
    // served and deliverable capacity only bound their bands: no line of their own
    var iServed = add(line(D.demandLabel.replace("demand", "served"), "rgba(178,24,43,0)", {width: 0}), c.served);
    b.push({series: [iDemand, iServed], fill: "rgba(214,39,40,0.35)"});
  }
  var iEff = D.throttled ? add(line("deliverable capacity (after CPU-credit throttling)", "rgba(255,159,28,0)",
      {width: 0}), c.effective) : 0;
  add(line("MinSize", "#666666", {width: 1.4, dash: [2, 3], value: fmt(0)}), c.minSize);
  // A MaxSize far above everything else would flatten the panel: it starts hidden (click its legend entry to show).
  var peak = Math.max.apply(null, c.demandHi.concat(c.desiredHi).filter(function (v) { return v != null; }));
  var maxSize = Math.max.apply(null, c.maxSize);
  add(line("MaxSize", "#666666", {width: 1.4, dash: [8, 3], value: fmt(0), show: maxSize <= Math.max(2, peak) * 1.6}),
      c.maxSize);
  add(line("desired", "#6baed6", {width: agg ? 2 : 5, show: !coarse}), c.desired);
  add(line("in service", "#ff7f0e", {width: agg ? 1.2 : 2.6, dash: [9, 4], show: !coarse}), c.inService);
  var iServing = add(line("serving (LB healthy)", "#1b7a1b", {width: 1.4, show: !coarse}), c.serving);
  if (D.throttled) { b.push({series: [iServing, iEff], fill: "rgba(255,159,28,0.35)"}); }
  var title = "Capacity and demand";
  if (D.unserved) { title += " — red: unserved demand"; }
  if (D.throttled) { title += (D.unserved ? ", " : " — ") + "orange: serving capacity lost to CPU-credit throttling"; }
  chart(title, D.capacityUnit, s, d, b, 340);

  // The scaling metric with its target and alarm thresholds; CPU shares the CPU % panel.
  var m = D.metric;
  function thresholds(series, data) {
    if (m.target) { series.push(line("target " + m.target.value, "#333333", {dash: [6, 6], width: 1})); data.push(constant(m.target.value)); }
    if (m.high && (!m.target || m.high.value !== m.target.value)) {
      series.push(line(m.high.name + " ≥ " + m.high.value, "#d62728", {dash: [6, 6], width: 1}));
      data.push(constant(m.high.value));
    }
    if (m.low) { series.push(line(m.low.name + " ≤ " + m.low.value, "#3182bd", {dash: [6, 6], width: 1})); data.push(constant(m.low.value)); }
  }
  function metricSeries(series, data, bandsOut) {
    var i = series.push(line(m.name + (m.unit ? ", " + m.unit : ""), "#9467bd", {width: 2, show: !coarse}));
    data.push(m.values);
    if (agg) {
      var h = series.push(line(m.name + ", column max", "rgba(148,103,189,0.3)", {width: 0.5})); data.push(m.valuesHi);
      var l = series.push(line(m.name + ", column min", "rgba(148,103,189,0.3)", {width: 0.5})); data.push(m.valuesLo);
      bandsOut.push({series: [h, l], fill: "rgba(148,103,189,0.15)"});
    }
    return i;
  }
  if (!m.cpu) {
    var ms = [], md = [], mb = [];
    metricSeries(ms, md, mb);
    thresholds(ms, md);
    chart("Scaling metric", m.unit, ms, md, mb, 200);
  }
  var cs = [], cd = [], cb = [];
  if (m.cpu) { metricSeries(cs, cd, cb); thresholds(cs, cd); }
  cs.push(line("CPU of serving instances, %", "#8c564b", {width: 1.1, show: !coarse})); cd.push(D.cpu);
  chart("CPU", "CPU %", cs, cd, cb, 200, [0, 105]);
  if (D.credits) {
    chart("CPU credits", "credits", [line("CPU credits (mean balance of in-service instances; below 0: surplus credits owed)", "#17becf")], [D.credits], [], 140);
  }
  var dec = D.decisions;
  var barOpts = function (label, color) {
    return {label: label, stroke: color, fill: color, paths: bars, points: {show: false}, value: fmt(0)};
  };
  chart(agg ? "Scaling decisions per column (" + D.minutesPerColumn + " min)" : "Scaling decisions", "decisions",
      [barOpts("scale-out", "#2ca02c"), barOpts("scale-in", "#d62728"), barOpts("scheduled action", "#7b3fb5")],
      [dec.out, dec.in, dec.scheduled], [], 130);
  if (D.spot) {
    chart(agg ? "Spot per column (" + D.minutesPerColumn + " min)" : "Spot", "instances",
        [barOpts("Spot instances interrupted", "#d62728"), barOpts("Capacity Rebalancing launches", "#1f77b4")],
        [D.spot.interrupted, D.spot.rebalanced], [], 110);
  }

  // Why it did not scale: one lane per reason the engine named (issue 17 item 3), a mark in every column where that
  // reason held desired for at least a minute; hover gives the minutes. The marks are drawn by the hook below (a
  // line path would drop single columns), the series keep the legend and the hover values.
  if (D.why.length > 0) {
    var ws = [], wd = [];
    var none = function () { return null; };
    D.why.forEach(function (lane, k) {
      ws.push({label: lane.reason, stroke: lane.color, fill: lane.color, width: 0, paths: none,
        points: {show: false}, value: function (u, v, si, i) {
          return i == null || !lane.minutes[i] ? "–" : lane.minutes[i] + " min";
        }});
      wd.push(lane.minutes.map(function (v) { return v > 0 ? k : null; }));
    });
    chart("Why didn't it scale? (the rule that held desired capacity, per column)", "", ws, wd, [],
        70 + 24 * D.why.length, [-0.6, D.why.length - 0.05], {label: "reason", size: 60, values: function () { return []; }},
        function (u) {
          var ctx = u.ctx, r = devicePixelRatio, b = u.bbox;
          ctx.save();
          ctx.beginPath();
          ctx.rect(b.left, b.top, b.width, b.height);
          ctx.clip();
          D.why.forEach(function (lane, k) {
            if (!u.series[k + 1].show) { return; }
            var y = u.valToPos(k, "y", true);
            ctx.fillStyle = lane.color;
            for (var i = 0; i + 1 < D.x.length; i++) {
              if (lane.minutes[i] > 0) {
                var x0 = u.valToPos(D.x[i], "x", true), x1 = u.valToPos(D.x[i + 1], "x", true);
                ctx.fillRect(x0, y - 4 * r, Math.max(r, x1 - x0), 8 * r);
              }
            }
            // the lane's name, above its marks at the left edge (the y axis keeps the other panels' width)
            ctx.font = Math.round(10 * r) + "px sans-serif";
            ctx.fillStyle = "#222";
            ctx.textBaseline = "bottom";
            ctx.textAlign = "left";
            ctx.fillText(lane.reason, b.left + 4 * r, y - 6 * r);
          });
          ctx.restore();
        });
  }

  window.addEventListener("resize", function () {
    charts.forEach(function (u) { u.setSize({width: width(), height: u.height}); });
  });
})();
