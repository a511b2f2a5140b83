package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The per-minute shortcuts a run chooses at set-up for the features it does not use (no warm pool: an advance that
 * crosses no clock does nothing; unlimited credits on CPU capacity 1: the demand spread's lean pass; only 1-minute
 * periods and no Minimum or Maximum statistic: the metric feed without period state) give exactly the
 * general path's run: on random configs and loads, every timeline column of every minute (the published metric, the
 * credits, the alarm states included), the activities and the scores are the same bits with and without
 * {@link Simulation.Builder#generalPathOnly}.
 */
class GeneralPathTest {
  private static final List<String> EXAMPLES = List.of("fastcampus-nginx.yaml", "mixed-weights.yaml",
      "spot-fleet.yaml", "step-scaling.yaml", "warm-pool-slow-start.yaml", "alb-request-count.yaml",
      "scheduled-business-hours.yaml", "attribute-based.yaml");
  private static final List<String> TYPES = List.of("t2.nano", "t3.micro", "t3.small", "c5.large");

  @Test
  void everyShortcutGivesTheGeneralPathsRunMinuteByMinute() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130L);
    int runs = 0;
    int burstableUnlimited = 0;
    for (int i = 0; i < 32; i++) {
      String example = EXAMPLES.get(i % EXAMPLES.size());
      ScalingConfig base = ConfigReader.read(Path.of("../examples", example));
      int min = 1 + random.nextInt(3);
      int max = min + 1 + random.nextInt(12);
      String type = TYPES.get(random.nextInt(TYPES.size()));
      String credits = random.nextBoolean() ? "unlimited" : "standard";
      var sim = base.simulation().toBuilder().creditSpecification(credits).detailedMonitoring(random.nextInt(3) > 0);
      if (base.autoScalingGroup().mixedInstancesPolicy() == null) {
        sim.instanceType(type); // the mixed examples name their types in their overrides
      }
      ScalingConfig config = base.toBuilder()
          .autoScalingGroup(base.autoScalingGroup().toBuilder().minSize(min).desiredCapacity(min).maxSize(max).build())
          .simulation(sim.build())
          .build();
      LoadSeries load = LoadSpec.parse(randomLoad(random, max)).render(2 * 1440 + random.nextInt(1440),
          random.nextLong());
      long seed = random.nextLong();
      SimulationResult general = run(config, load, seed, true);
      SimulationResult shortcut = run(config, load, seed, false);
      assertSameRun(String.format(Locale.ROOT, "%s (%s, %s, Min %d, Max %d, detailed %s, seed %d) under %s", example,
          type, credits, min, max, config.simulation().detailedMonitoring(), seed, load.description()), general,
          shortcut);
      runs++;
      if (credits.equals("unlimited") && type.startsWith("t") && example.equals("fastcampus-nginx.yaml")) {
        burstableUnlimited++;
      }
    }
    assertThat(runs).isEqualTo(32);
    assertThat(burstableUnlimited).as("runs on the lean demand spread's path").isPositive();
  }

  private static String randomLoad(SplittableRandom r, int max) {
    double base = 10 + r.nextDouble() * 40 * max;
    return String.format(Locale.ROOT, "sine(%.1f, %.1f, %dh, %dh) + noise(%.1f)", base, base * r.nextDouble(),
        2 + r.nextInt(22), r.nextInt(24), r.nextDouble() * 30);
  }

  private static SimulationResult run(ScalingConfig config, LoadSeries load, long seed, boolean general) {
    return Simulation.builder(config).load(load).seed(seed).checkInvariants(true).generalPathOnly(general).build()
        .run();
  }

  /** Also QuietStretchTest's: the same scores, records and notes, and every timeline column of every minute kept. */
  static void assertSameRun(String what, SimulationResult general, SimulationResult shortcut) {
    assertThat(shortcut.scores()).as(what).isEqualTo(general.scores());
    assertThat(shortcut.activities()).as(what).isEqualTo(general.activities());
    assertThat(shortcut.decisions()).as(what).isEqualTo(general.decisions());
    assertThat(shortcut.notScaled()).as(what).isEqualTo(general.notScaled());
    assertThat(shortcut.notes()).as(what).isEqualTo(general.notes());
    assertThat(shortcut.timeline().isPresent()).as(what).isEqualTo(general.timeline().isPresent());
    if (general.timeline().isEmpty()) {
      return;
    }
    Timeline g = general.timeline().orElseThrow();
    Timeline s = shortcut.timeline().orElseThrow();
    assertThat(s.minutes()).isEqualTo(g.minutes());
    assertThat(s.policies()).isEqualTo(g.policies());
    for (int m = 0; m < g.minutes(); m++) {
      String at = what + ", minute " + m;
      assertThat(bits(s.demand(m))).as(at).isEqualTo(bits(g.demand(m)));
      assertThat(s.desired(m)).as(at).isEqualTo(g.desired(m));
      assertThat(s.pending(m)).as(at).isEqualTo(g.pending(m));
      assertThat(s.inService(m)).as(at).isEqualTo(g.inService(m));
      assertThat(s.warm(m)).as(at).isEqualTo(g.warm(m));
      assertThat(s.serving(m)).as(at).isEqualTo(g.serving(m));
      assertThat(bits(s.cpu(m))).as(at + " cpu").isEqualTo(bits(g.cpu(m)));
      assertThat(bits(s.metric(m))).as(at + " metric").isEqualTo(bits(g.metric(m)));
      assertThat(bits(s.credits(m))).as(at + " credits").isEqualTo(bits(g.credits(m)));
      assertThat(bits(s.unserved(m))).as(at + " unserved").isEqualTo(bits(g.unserved(m)));
      assertThat(s.alarmHigh(m)).as(at).isEqualTo(g.alarmHigh(m));
      assertThat(s.alarmLow(m)).as(at).isEqualTo(g.alarmLow(m));
      assertThat(s.why(m)).as(at).isEqualTo(g.why(m));
      assertThat(s.minSize(m)).as(at).isEqualTo(g.minSize(m));
      assertThat(s.maxSize(m)).as(at).isEqualTo(g.maxSize(m));
      for (int p = 0; p < g.policies(); p++) {
        assertThat(s.proposed(p, m)).as(at + " proposed by policy " + p).isEqualTo(g.proposed(p, m));
      }
    }
  }

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }
}
