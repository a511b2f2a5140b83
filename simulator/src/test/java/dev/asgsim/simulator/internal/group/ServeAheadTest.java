package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quiet kernel's serving of a stretch's minutes ahead ({@link Group#sumsAhead}, then {@link Group#serveAhead} of
 * the first minutes of them) against {@link Group#serve} minute by minute on a twin group whose cohorts keep their own
 * balances ({@link Group#creditsUnshared}): on CreditSharesTest's random unlimited groups (one to three types, with or
 * without launch credits, hours' ends that charge surplus, aws-behaviour §8.1 [D]),
 * with the mean balance read (a kept timeline's credits column) or not. Each minute's served demand, mean CPU, group
 * metric and mean balance, and afterwards every cohort's balances and the surplus charged, bit for bit. Also on large
 * fleets (issue 15 item 4: up to 1 200 instances in many cohorts), whose serving cohorts are too many for the per-minute
 * pass's inline sums ({@link ServingSums#many}), and on runs started off the whole hour or minute.
 */
class ServeAheadTest {
  private static final int MINUTES = 3 * 24 * 60;

  private long aheadMinutes;
  private long launchCreditMinutes;
  private int hourEnds;
  private long meanReadMinutes;
  /** Minutes served ahead with at least {@link ServingSums#MANY} serving cohorts, and the most serving cohorts seen. */
  private long manyMinutes;
  private int mostServing;

  @Test
  @DisplayName("§8.1: a quiet stretch served ahead gives serve's minutes, balances, hours' charges and mean balance bit "
      + "for bit")
  void servingAheadIsServingMinuteByMinute() {
    for (long seed = 1; seed <= 40; seed++) {
      compare(seed, 0, seed % 3 != 0, 2, 24, 40);
    }
    assertThat(aheadMinutes).as("minutes served ahead").isGreaterThan(40L * MINUTES / 4);
    assertThat(launchCreditMinutes).as("minutes served ahead with launch credits").isGreaterThan(1_000);
    assertThat(hourEnds).as("hours' ends that charged surplus within a stretch served ahead").isGreaterThan(100);
    assertThat(meanReadMinutes).as("minutes served ahead with the mean balance read").isGreaterThan(10_000);
  }

  @Test
  @DisplayName("§8.1: a large fleet's quiet stretch served ahead gives serve's minutes bit for bit (issue 15 item 4)")
  void largeFleetServedAheadIsServedMinuteByMinute() {
    for (long seed = 101; seed <= 112; seed++) {
      compare(seed, 0, seed % 3 == 0, 200, 1000, 3);
    }
    assertThat(manyMinutes).as("minutes served ahead with many serving cohorts").isGreaterThan(12L * MINUTES / 4);
    assertThat(mostServing).as("the most serving cohorts in a minute served ahead").isGreaterThan(40);
    assertThat(hourEnds).as("hours' ends that charged surplus within a stretch served ahead").isGreaterThan(50);
  }

  @Test
  @DisplayName("§8.1: a run started off the whole hour or minute is charged in the minute its hour ends in, served "
      + "ahead or not")
  void startOffTheHourChargesTheMinuteTheHourEndsIn() {
    // Runs starting 17 s past a minute, 37 minutes past an hour, 59 minutes 59 s past it (the hour ends 1 s into the
    // first minute) and on the minute that ends an hour: the minutes to the hour's end counted ahead (Group#serveAhead)
    // must land on serve's minute.
    long[] starts = {17, 37 * 60, 3599, 3600 * 5 + 59 * 60};
    for (long seed = 1; seed <= 24; seed++) {
      compare(seed, starts[(int) (seed % starts.length)], seed % 3 != 0, 2, 24, 40);
    }
    assertThat(hourEnds).as("hours' ends that charged surplus within a stretch served ahead").isGreaterThan(60);
  }

  /**
   * One random group of {@code least} to {@code least + spread - 1} instances at most, started at {@code start} (epoch
   * seconds), whose desired capacity moves one minute in {@code every} on average.
   */
  private void compare(long seed, long start, boolean creditsRead, int least, int spread, int every) {
    Group ahead = CreditSharesTest.group(seed, false, creditsRead);
    Group plain = CreditSharesTest.group(seed, true, creditsRead);
    SplittableRandom r = new SplittableRandom(-seed);
    int max = least + r.nextInt(spread);
    int desired = 1 + r.nextInt(max);
    ahead.start(start, desired, GroupListener.NONE);
    plain.start(start, desired, GroupListener.NONE);
    double level = 0;
    double[] demand = new double[128];
    double[] want = new double[128];
    double[] served = new double[128];
    double[] meanCpu = new double[128];
    double[] metric = new double[128];
    double[] meanCredits = new double[128];
    for (int m = 0; m < MINUTES;) {
      long t = start + 60L * m;
      for (Group g : new Group[] {ahead, plain}) {
        g.advance(t, desired, GroupListener.NONE, PairedScaling.NO_VICTIMS);
      }
      if (r.nextInt(every) == 0) {
        desired = PairedScaling.step(r, t, desired, 0, max, 120, ahead, plain);
        for (Group g : new Group[] {ahead, plain}) {
          g.advance(t, desired, GroupListener.NONE, PairedScaling.NO_VICTIMS);
        }
      }
      // The minutes before the group's next clock (a quiet stretch), at most what the kernel's chunk holds.
      long quiet = Math.min(Math.min(128, MINUTES - m), Math.max(1, (ahead.nextEventAt() - t) / 60));
      int n = (int) (1 + r.nextInt((int) quiet));
      for (int k = 0; k < n; k++) {
        if ((m + k) % 60 == 0) {
          // An hour at a level between idle and twice the fleet's capacity: credits drain past what is free, or refill.
          level = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 200 * max;
        }
        demand[k] = level * (0.9 + 0.2 * r.nextDouble());
      }
      String where = "seed " + seed + " minute " + m;
      int computed = ahead.sumsAhead(demand, n, want, served, meanCpu, metric); // n or 0: balances shared
      int run = computed > 0 ? 1 + r.nextInt(computed) : 0;
      if (run > 0) {
        double charged = plain.surplusChargedAtHourEnds();
        ahead.serveAhead(t, run, demand, want, served, meanCpu, metric, meanCredits);
        for (int k = 0; k < run; k++) {
          String at = where + " + " + k;
          plain.serve(t + 60L * k, demand[k]);
          same(at + " served", served[k], plain.served());
          same(at + " mean CPU", meanCpu[k], plain.meanCpu());
          same(at + " metric", metric[k], plain.metricCpu());
          if (creditsRead) {
            same(at + " mean credits", meanCredits[k], plain.meanCredits());
            meanReadMinutes++;
          }
        }
        String at = where + " + " + (run - 1);
        same(at + " served, as serve leaves it", ahead.served(), plain.served());
        same(at + " mean CPU, as serve leaves it", ahead.meanCpu(), plain.meanCpu());
        same(at + " metric, as serve leaves it", ahead.metricCpu(), plain.metricCpu());
        same(at + " mean credits, as serve leaves it", ahead.meanCredits(), plain.meanCredits());
        aheadMinutes += run;
        ServingSums sums = ahead.servingSums();
        if (sums.many()) {
          manyMinutes += run;
          mostServing = Math.max(mostServing, sums.size);
        }
        if (plain.surplusChargedAtHourEnds() != charged) {
          hourEnds++;
        }
        m += run;
      } else {
        ahead.serve(t, demand[0]);
        plain.serve(t, demand[0]);
        same(where + " mean credits", ahead.meanCredits(), plain.meanCredits());
        m++;
      }
      same(where + " surplus", ahead.surplusCredits(), plain.surplusCredits());
      same(where + " charged at hours' ends", ahead.surplusChargedAtHourEnds(), plain.surplusChargedAtHourEnds());
      Cohorts a = ahead.cohorts;
      Cohorts b = plain.cohorts;
      assertThat(a.size).as(where + " cohorts").isEqualTo(b.size);
      for (int i = 0; i < a.size; i++) {
        same(where + " cohort " + i + " earned", a.earned(i), b.earned(i));
        same(where + " cohort " + i + " launch credits", a.launch(i), b.launch(i));
        if (run > 0 && a.launch(i) != 0 && (a.phase[i] & Cohorts.ACTIVE) != 0) {
          launchCreditMinutes += run;
        }
      }
    }
    ahead.finish(start + 60L * MINUTES);
    plain.finish(start + 60L * MINUTES);
    same("seed " + seed + " surplus at the end", ahead.surplusCredits(), plain.surplusCredits());
  }

  private static void same(String what, double a, double b) {
    if (Double.doubleToRawLongBits(a) != Double.doubleToRawLongBits(b)) {
      assertThat(Double.doubleToRawLongBits(a)).as(what + ": " + a + " vs " + b)
          .isEqualTo(Double.doubleToRawLongBits(b));
    }
  }
}
