package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ActivityCompletion}'s runs of consecutive instances (a launch's, an instance event's) against the same calls
 * one instance at a time: the engine is told at the same event (aws-behaviour §3 [D]: the cooldown starts when the
 * latest activity's last instance is done).
 */
class ActivityCompletionRunsTest {
  @Test
  @DisplayName("§3 [D]: runs of launches, InService and terminations answer as one instance at a time, over 300 seeds "
      + "of changes with warm starts, victims, older changes' instances, empty runs and runs past every member")
  void runsAnswerAsOneAtATime() {
    int completedInRuns = 0;
    int notCompleted = 0;
    for (int seed = 0; seed < 300; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      ActivityCompletion runs = new ActivityCompletion();
      ActivityCompletion single = new ActivityCompletion();
      int nextSeq = 0;
      int latest = 0; // the latest change's first new number
      for (int step = 0; step < 500; step++) {
        int op = r.nextInt(20);
        if (op < 1) {
          // A desired change: a few warm starts (any earlier number), a run of new ones, some victims.
          runs.begin();
          single.begin();
          for (int k = 0, n = r.nextInt(3); k < n && nextSeq > 0; k++) {
            int seq = r.nextInt(nextSeq);
            runs.launching(seq);
            single.launching(seq);
          }
          int made = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(150);
          latest = nextSeq;
          runs.launching(nextSeq, made);
          for (int k = 0; k < made; k++) {
            single.launching(nextSeq + k);
          }
          nextSeq += made;
          for (int k = 0, n = r.nextInt(4) == 0 ? r.nextInt(40) : 0; k < n && nextSeq > 0; k++) {
            int seq = r.nextInt(nextSeq);
            runs.terminating(seq);
            single.terminating(seq);
          }
          assertThat(runs.end()).as("seed %d step %d end", seed, step).isEqualTo(single.end());
        } else {
          // An event for a cohort's run: mostly recent numbers, sometimes older ones or past every number launched.
          int span = Math.max(1, Math.min(nextSeq, 400));
          int first = Math.max(0, nextSeq - span) + r.nextInt(span) + (r.nextInt(20) == 0 ? 500 : 0);
          int count = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(r.nextBoolean() ? 4 : 120);
          if (r.nextBoolean() && nextSeq > latest) {
            // the latest change's instances, in a few runs as its cohorts' events come
            first = latest + r.nextInt(nextSeq - latest);
            count = 1 + r.nextInt(nextSeq - first + 2);
          }
          boolean inService = op < 12;
          boolean want = false;
          int trues = 0;
          for (int k = 0; k < count; k++) {
            boolean done = inService ? single.inService(first + k) : single.terminated(first + k);
            want |= done;
            trues += done ? 1 : 0;
          }
          assertThat(trues).as("one instance at a time completes once at most").isLessThanOrEqualTo(1);
          boolean got = inService ? runs.inService(first, count) : runs.terminated(first, count);
          assertThat(got).as("seed %d step %d %s(%d, %d)", seed, step, inService ? "inService" : "terminated",
              first, count).isEqualTo(want);
          if (got) {
            completedInRuns++;
          } else if (count > 0) {
            notCompleted++;
          }
        }
      }
    }
    assertThat(completedInRuns).isGreaterThan(500);
    assertThat(notCompleted).isGreaterThan(3_000);
  }
}
