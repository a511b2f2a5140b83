package dev.asgsim.simulator.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
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
  @DisplayName("§7.11 report.html's capacity panel names the same unit as chart.png")
  void interactiveChartNamesItsUnit() throws Exception {
    assertThat(interactiveData("../examples/mixed-weights.yaml")).contains("\"capacityUnit\":\"capacity units\"");
    assertThat(interactiveData("../examples/fastcampus-nginx.yaml")).contains("\"capacityUnit\":\"instances\"");
  }

  private static String interactiveData(String example) throws Exception {
    SimulationResult r = run(example);
    return InteractiveChart.data(r, new RunSeries(r, TimelineChart.COLUMNS));
  }

  private static SimulationResult run(String example) throws Exception {
    return Simulation.builder(ConfigReader.read(Path.of(example)))
        .load(LoadSpec.parse("const(400)").render(30, 1)).seed(1).build().run();
  }

  private static String capacityAxisLabel(String example) throws Exception {
    SimulationResult r = run(example);
    JFreeChart chart = TimelineChart.build(r, new RunSeries(r, TimelineChart.COLUMNS));
    XYPlot capacity = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
    return capacity.getRangeAxis().getLabel();
  }
}
