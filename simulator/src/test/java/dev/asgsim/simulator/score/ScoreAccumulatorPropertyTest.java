package dev.asgsim.simulator.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoreAccumulator#minute} counts which side is short and which way d and s step without branches; this holds
 * it bit for bit to the plain way, written out here as it was ({@link Plain}: the side that is short adds its gap, each
 * counter counts when its condition holds), on random minutes whose demand straddles d_t's bucket edges, repeats
 * itself, drops to zero and jumps, while supply stays, steps or falls to zero (aws-behaviour §18's θ_U, θ_O, τ_U,
 * τ_O, υ, k, k′ and jitter).
 */
class ScoreAccumulatorPropertyTest {
  @Test
  void elasticityScoresAreThePlainCountsBitForBit() {
    SplittableRandom random = new SplittableRandom(20261130L);
    int shortMinutes = 0;
    int surplusMinutes = 0;
    int steps = 0;
    for (int run = 0; run < 300; run++) {
      double threshold = random.nextBoolean() ? 80 : 1 + random.nextInt(100) + random.nextDouble();
      ScoreAccumulator a = new ScoreAccumulator(threshold);
      Plain p = new Plain(threshold);
      int minutes = 1 + random.nextInt(400);
      int supply = random.nextInt(12);
      double demand = threshold * random.nextInt(10);
      for (int m = 0; m < minutes; m++) {
        switch (random.nextInt(6)) {
          case 0 -> { } // the same demand again (a trace held for several minutes)
          case 1 -> demand = threshold * (1 + random.nextInt(12)) + (random.nextDouble() - 0.5) * 1e-6; // at an edge
          case 2 -> demand = 0;
          default -> demand = Math.max(0, demand + (random.nextDouble() - 0.5) * threshold);
        }
        if (random.nextInt(8) == 0) {
          supply = random.nextInt(12);
        }
        int desired = Math.max(supply, random.nextInt(12));
        double served = Math.min(demand, supply * threshold);
        a.minute(demand, served, desired, supply, supply == 0 ? Double.NaN : served / supply);
        p.minute(demand, supply);
        int d = a.demandInstances(demand);
        shortMinutes += d > supply ? 1 : 0;
        surplusMinutes += supply > d ? 1 : 0;
      }
      steps += p.instab;
      Scores s = a.finish(60.0 * minutes, 1.0, 0, 0, 0, 0, 0, 0);
      double t = Math.max(1, minutes);
      double t1 = Math.max(1, minutes - 1);
      String what = "run " + run;
      assertSameBits(what + " θU", s.thetaU(), 100.0 * p.thetaU / t);
      assertSameBits(what + " θO", s.thetaO(), 100.0 * p.thetaO / t);
      assertSameBits(what + " τU", s.tauU(), 100.0 * p.under / t);
      assertSameBits(what + " τO", s.tauO(), 100.0 * p.over / t);
      assertSameBits(what + " υ", s.instability(), 100.0 * p.instab / t1);
      assertSameBits(what + " k", s.instabilityK(), 100.0 * p.instabK / t1);
      assertSameBits(what + " k′", s.instabilityKPrime(), 100.0 * p.instabK2 / t1);
      assertSameBits(what + " jitter", s.jitterPerHour(), (p.supplyChanges - p.demandChanges) / (t / 60.0));
    }
    assertThat(shortMinutes).as("minutes with d > s").isGreaterThan(10_000);
    assertThat(surplusMinutes).as("minutes with s > d").isGreaterThan(10_000);
    assertThat(steps).as("minutes whose steps of d and s differ").isGreaterThan(10_000);
  }

  /**
   * {@link ScoreAccumulator#minutes} (a quiet stretch's minutes over arrays, desired and supply the stretch's) gives the
   * same scores as {@link ScoreAccumulator#minute} called minute by minute, to the bit: runs of chunks with random
   * desired and supply between them (so reaction episodes open inside chunks and close in later ones), demands that
   * repeat, sit on bucket edges, drop to zero and jump, served below demand, NaN CPU, and a Spot interruption's flag.
   */
  /**
   * d_t by the threshold's reciprocal ({@link ScoreAccumulator#demandInstances}) against its definition's division
   * ({@link ScoreAccumulator#dividedInstances}), on demands whose quotient less 1e-9 falls on, or within a few units
   * of the last place of, a whole number (where the product alone would round across it), near the 1e6 bound, huge,
   * negative, zero and NaN, and at random.
   */
  @Test
  void demandInstancesWithoutTheDivisionAreTheDivisionsBitForBit() {
    SplittableRandom random = new SplittableRandom(20261201L);
    int nearWhole = 0;
    int atRandom = 0;
    int divided = 0;
    for (int i = 0; i < 2_000_000; i++) {
      double threshold = switch (random.nextInt(4)) {
        case 0 -> 80;
        case 1 -> 1 + random.nextInt(100);
        case 2 -> 1 + random.nextInt(100) + random.nextDouble();
        default -> Math.scalb(1 + random.nextDouble(), random.nextInt(-20, 20));
      };
      ScoreAccumulator a = new ScoreAccumulator(threshold);
      double whole = random.nextInt(4) == 0 ? random.nextLong(1, 2_000_000) : random.nextInt(-3, 300);
      double demand = switch (random.nextInt(8)) {
        // the quotient less 1e-9 a whole number, give or take a few units of the last place
        case 0, 1, 2 -> {
          nearWhole++;
          double d = (whole + 1e-9) * threshold;
          long ulps = random.nextLong(-8, 9);
          yield Double.longBitsToDouble(Double.doubleToRawLongBits(d) + ulps);
        }
        case 3 -> {
          nearWhole++;
          yield whole * threshold + (random.nextDouble() - 0.5) * 1e-6 * threshold;
        }
        case 4 -> random.nextDouble() * 1e6 * threshold * 1.1;
        case 5 -> switch (random.nextInt(5)) {
          case 0 -> 0.0;
          case 1 -> -0.0;
          case 2 -> Double.NaN;
          case 3 -> random.nextDouble() * 1e300;
          default -> -random.nextDouble() * 1e7 * threshold;
        };
        default -> {
          atRandom++;
          yield random.nextDouble() * 1000;
        }
      };
      assertThat(a.demandInstances(demand)).as("demand %s, threshold %s", demand, threshold)
          .isEqualTo(a.dividedInstances(demand));
      double q = demand / threshold - 1e-9;
      divided += Math.abs(q - Math.rint(q)) <= 1e-7 ? 1 : 0; // the cases the division decides
    }
    assertThat(divided).isGreaterThan(300_000);
    assertThat(nearWhole).isGreaterThan(500_000);
    assertThat(atRandom).isGreaterThan(300_000);
  }

  @Test
  void aStretchsMinutesOverArraysAreTheMinuteByMinuteScores() {
    SplittableRandom random = new SplittableRandom(20261130_2L);
    int reactions = 0;
    int unservedMinutes = 0;
    for (int run = 0; run < 300; run++) {
      double threshold = random.nextBoolean() ? 80 : 1 + random.nextInt(100) + random.nextDouble();
      ScoreAccumulator batched = new ScoreAccumulator(threshold);
      ScoreAccumulator single = new ScoreAccumulator(threshold);
      double demand = threshold * random.nextInt(10);
      int chunks = 1 + random.nextInt(40);
      for (int c = 0; c < chunks; c++) {
        int n = random.nextInt(70);
        int supply = random.nextInt(12);
        int desired = Math.max(0, supply + random.nextInt(5) - 2);
        boolean after = random.nextInt(5) == 0;
        batched.afterInterruption(after);
        single.afterInterruption(after);
        double[] d = new double[n + random.nextInt(3)];
        double[] served = new double[d.length];
        double[] cpu = new double[d.length];
        for (int m = 0; m < n; m++) {
          switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> demand = threshold * (1 + random.nextInt(12)) + (random.nextDouble() - 0.5) * 1e-6;
            case 2 -> demand = 0;
            default -> demand = Math.max(0, demand + (random.nextDouble() - 0.5) * threshold);
          }
          d[m] = demand;
          served[m] = random.nextInt(4) == 0 ? demand * random.nextDouble() : Math.min(demand, supply * threshold);
          cpu[m] = supply == 0 || random.nextInt(20) == 0 ? Double.NaN : served[m] / supply;
          single.minute(d[m], served[m], desired, supply, cpu[m]);
          unservedMinutes += d[m] - served[m] > ScoreAccumulator.UNSERVED_TOLERANCE ? 1 : 0;
        }
        batched.minutes(d, served, cpu, n, desired, supply);
      }
      Scores b = batched.finish(60.0, 1.0, 0, 0, 0, 0, 0, 0);
      Scores s = single.finish(60.0, 1.0, 0, 0, 0, 0, 0, 0);
      assertThat(b).as("run " + run).isEqualTo(s);
      reactions += s.demandRises();
    }
    assertThat(reactions).as("reactions (desired rose in an open episode)").isGreaterThan(100);
    assertThat(unservedMinutes).as("minutes with unserved demand").isGreaterThan(1000);
  }

  private static void assertSameBits(String what, double actual, double expected) {
    assertThat(Double.doubleToRawLongBits(actual)).as("%s: %s, plainly %s", what, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  /** The elasticity counts as they read before the branch-free version: a branch per condition. */
  private static final class Plain {
    private final ScoreAccumulator d_t;
    private int prevD = -1;
    private int prevS = -1;
    private double gap;
    double thetaU;
    double thetaO;
    int under;
    int over;
    int instab;
    int instabK;
    int instabK2;
    int supplyChanges;
    int demandChanges;

    Plain(double threshold) {
      this.d_t = new ScoreAccumulator(threshold);
    }

    void minute(double demand, int s) {
      int d = d_t.demandInstances(demand);
      if (d != prevD || s != prevS) {
        gap = Math.abs(d - s) / (double) d;
      }
      if (d > s) {
        thetaU += gap;
        under++;
      } else if (s > d) {
        thetaO += gap;
        over++;
      }
      if (prevD >= 0) {
        int ds = Integer.signum(s - prevS);
        int dd = Integer.signum(d - prevD);
        if (ds != dd) {
          instab++;
        }
        if (ds - dd > 0) {
          instabK++;
        }
        if (dd - ds > 0) {
          instabK2++;
        }
        if (ds != 0) {
          supplyChanges++;
        }
        if (dd != 0) {
          demandChanges++;
        }
      }
      prevD = d;
      prevS = s;
    }
  }
}
