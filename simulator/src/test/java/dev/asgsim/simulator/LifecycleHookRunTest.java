package dev.asgsim.simulator;

import static dev.asgsim.simulator.CreditAndBehaviourTest.run;
import static dev.asgsim.simulator.CreditAndBehaviourTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.simulator.report.TimelineCsv;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lifecycle hooks in a whole run of the seed group under a 30-minute burst (aws-behaviour §6.5). */
class LifecycleHookRunTest {
  private static final String BURST = "step(20, 90@10m, 20@40m)";

  private static SimulationResult burst(int timeout, String defaultResult, Map<String, HookTiming> timings)
      throws Exception {
    var hook = new LifecycleHookSpecification("app-install", LifecycleHookSpecification.LAUNCHING, timeout,
        defaultResult, null, null, null);
    return run(seed(g -> g.lifecycleHookSpecificationList(List.of(hook)), s -> s.lifecycleHooks(timings)), BURST, 90);
  }

  private static Activity firstLaunch(SimulationResult r) {
    return r.activities().stream().filter(a -> a.kind() == Activity.Kind.LAUNCH).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("§6.5 [D] a 4-minute launch hook: the scale-out instance's launch activity lasts 240 s longer, the "
      + "timeline counts it in hook_wait, and timeline.csv gains that column")
  void launchHookDelaysTheLaunchActivity() throws Exception {
    SimulationResult plain = run(seed(g -> g, s -> s), BURST, 90);
    SimulationResult hooked = burst(600, "ABANDON", Map.of("app-install", new HookTiming(240, null, null, null, null)));
    Activity a = firstLaunch(plain);
    Activity b = firstLaunch(hooked);
    assertThat(b.startTime()).isEqualTo(a.startTime());
    assertThat(Duration.between(b.startTime(), b.endTime()))
        .isEqualTo(Duration.between(a.startTime(), a.endTime()).plusSeconds(240));
    Timeline t = hooked.timeline().orElseThrow();
    assertThat(IntStream.range(0, 90).map(t::hookWait).max().orElseThrow()).isEqualTo(1);
    assertThat(TimelineCsv.render(t).lines().findFirst().orElseThrow()).endsWith(",hook_wait");
    assertThat(TimelineCsv.render(plain.timeline().orElseThrow()).lines().findFirst().orElseThrow())
        .doesNotContain("hook_wait");
    assertThat(hooked.notes()).anyMatch(n -> n.startsWith("lifecycle hooks are simulated"));
  }

  @Test
  @DisplayName("§6.5 [D] nothing completes the hook and DefaultResult is ABANDON (the default): after HeartbeatTimeout "
      + "the launch is Cancelled, the instance terminated and replaced")
  void abandonTerminatesAndReplaces() throws Exception {
    SimulationResult r = burst(60, null, Map.of());
    Activity launch = firstLaunch(r);
    assertThat(launch.statusCode()).isEqualTo("Cancelled");
    assertThat(r.activities()).anyMatch(x -> x.kind() == Activity.Kind.TERMINATE
        && x.cause().contains("launch lifecycle hook that ended with ABANDON")
        && x.instanceId().equals(launch.instanceId()));
    // Every launch is abandoned and replaced while desired stays 2: more launches than scale-outs.
    assertThat(r.scores().instancesLaunched()).isGreaterThan(3);
    assertThat(r.timeline().orElseThrow().inService(30)).isEqualTo(1);
  }
}
