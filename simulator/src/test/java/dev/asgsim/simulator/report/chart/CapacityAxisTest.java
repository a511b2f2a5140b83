package dev.asgsim.simulator.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * aws-behaviour §7.11: with weights, "desired capacity" and Min/Max are capacity units, so the chart's capacity panel
 * must not call them instances.
 */
class CapacityAxisTest {
  @Test
  @DisplayName("§7.11 a weighted group's capacity panel counts capacity units; an unweighted one counts instances")
  void capacityAxisNamesItsUnit() throws Exception {
    assertThat(capacityAxisLabel("../examples/mixed-weights.yaml")).startsWith("capacity units");
    assertThat(capacityAxisLabel("../examples/fastcampus-nginx.yaml")).startsWith("instances");
    assertThat(capacityAxisLabel("../examples/attribute-based.yaml")).startsWith("vCPUs");
  }

  @Test
  @DisplayName("§7.11 DesiredCapacityType vcpu: demand is drawn in vCPUs beside desired, not in instances' worth")
  void demandCountsTheCapacityUnit() throws Exception {
    // AWS (API CreateAutoScalingGroup): DesiredCapacityType is "The unit of measurement for the value specified for
    // desired capacity". const(400) is four Simulation.InstanceType (c6g.large, 2 vCPUs) at 100 %: eight vCPUs' worth
    // on the panel that counts desired in vCPUs.
    SimulationResult r = run("../examples/attribute-based.yaml");
    RunSeries s = new RunSeries(r, TimelineChart.COLUMNS);
    assertThat(s.demand.mean()[0]).isEqualTo(8.0);
    assertThat(r.timeline().orElseThrow().demand(0)).isEqualTo(400.0);
    assertThat(interactiveData("../examples/attribute-based.yaml")).contains("\"demandLabel\":\"demand (in vCPUs)\"");
    // an unweighted group keeps instances' worth
    RunSeries seed = new RunSeries(run("../examples/fastcampus-nginx.yaml"), TimelineChart.COLUMNS);
    assertThat(seed.demand.mean()[0]).isEqualTo(4.0);
  }

  @Test
  @DisplayName("§7.11 meanServing counts like desired: vCPUs in a DesiredCapacityType vcpu group, so its unit is "
      + "'instances or capacity units'")
  void meanServingCountsTheCapacityUnit() throws Exception {
    SimulationResult r = run("../examples/attribute-based.yaml");
    int[] serving = r.timeline().orElseThrow().servingColumn();
    double mean = java.util.Arrays.stream(serving).average().orElseThrow();
    assertThat(r.scores().meanServing()).isCloseTo(mean, offset(1e-9));
    // 8 vCPUs of demand on 2-vCPU types: more vCPUs serve than instances run
    assertThat(r.scores().meanServing()).isGreaterThan(r.scores().instanceHours() / (r.minutes() / 60.0) + 1);
    assertThat(dev.asgsim.simulator.score.Score.MEAN_SERVING.unit()).isEqualTo("instances or capacity units");
  }

  @Test
  @DisplayName("§7.11 report.html's capacity panel names the same unit as chart.png")
  void interactiveChartNamesItsUnit() throws Exception {
    assertThat(interactiveData("../examples/mixed-weights.yaml")).contains("\"capacityUnit\":\"capacity units\"");
    assertThat(interactiveData("../examples/fastcampus-nginx.yaml")).contains("\"capacityUnit\":\"instances\"");
  }

  @Test
  @DisplayName("§7.11 compare.png of a vCPU group and an instance group: a capacity panel per run, each naming its "
      + "unit, and unserved demand as a percentage of demand; one unit keeps one panel")
  void comparedRunsInDifferentUnitsGetAPanelEach() throws Exception {
    SimulationResult vcpu = run("../examples/attribute-based.yaml", "const(1200)");
    SimulationResult seed = run("../examples/fastcampus-nginx.yaml", "const(1200)");
    CompareData d = new CompareData(List.of("abs", "seed"), List.of(vcpu, seed),
        TimelineChart.COLUMNS);
    assertThat(d.unit).isNull();
    List<String> labels = ((CombinedDomainXYPlot) CompareChart.build(d, "const(1200)").getXYPlot())
        .getSubplots().stream().map(p -> ((XYPlot) p).getRangeAxis().getLabel()).toList();
    assertThat(labels.subList(0, 3)).containsExactly("abs, vCPUs", "seed, instances", "unserved, % of demand");
    boolean anyUnserved = false;
    for (int i = 0; i < 2; i++) {
      RunSeries s = d.runs.get(i);
      double[] u = d.unserved(i);
      for (int c = 0; c < u.length; c++) {
        assertThat(s.demand.mean()[c]).isPositive();
        double lost = s.demand.mean()[c] - s.served.mean()[c];
        assertThat(u[c]).isCloseTo(100.0 * lost / s.demand.mean()[c], offset(1e-9));
        anyUnserved |= lost > 0;
      }
    }
    assertThat(anyUnserved).as("the seed starts below 12 instances' worth, so some demand goes unserved").isTrue();

    CompareData same = new CompareData(List.of("a", "b"), List.of(seed, seed),
        TimelineChart.COLUMNS);
    assertThat(((CombinedDomainXYPlot) CompareChart.build(same, "const(1200)").getXYPlot()).getSubplots())
        .extracting(p -> ((XYPlot) p).getRangeAxis().getLabel())
        .startsWith("instances", "unserved (instances' worth)");
    assertThat(same.unserved(1)).containsExactly(minus(same.runs.get(1).demand.mean(), same.runs.get(1).served.mean()));
  }

  private static double[] minus(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] - b[i];
    }
    return r;
  }

  private static String interactiveData(String example) throws Exception {
    SimulationResult r = run(example);
    return InteractiveChart.data(r, new RunSeries(r, TimelineChart.COLUMNS));
  }

  private static SimulationResult run(String example) throws Exception {
    return run(example, "const(400)");
  }

  private static SimulationResult run(String example, String load) throws Exception {
    return Simulation.builder(ConfigReader.read(Path.of(example)))
        .load(LoadSpec.parse(load).render(30, 1)).seed(1).build().run();
  }

  private static String capacityAxisLabel(String example) throws Exception {
    SimulationResult r = run(example);
    JFreeChart chart = TimelineChart.build(r, new RunSeries(r, TimelineChart.COLUMNS));
    XYPlot capacity = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
    return capacity.getRangeAxis().getLabel();
  }
}
