package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §3 [D]: "The cooldown clock starts when the last instance of the activity finishes launching/terminating" — the
 * engine is told once, when the last instance of the latest activity is done.
 */
class ActivityCompletionTest {
  @Test
  @DisplayName("§3 [D]: a scale-out of two completes when the second instance is InService, not the first")
  void completesWithTheLastInstance() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    c.launching(3);
    c.launching(4);
    assertThat(c.end()).as("instances still launching").isFalse();
    assertThat(c.inService(3)).isFalse();
    assertThat(c.inService(4)).isTrue();
    assertThat(c.inService(4)).as("each instance counts once").isFalse();
  }

  @Test
  @DisplayName("§3 [D]: a scale-in completes when its victim has terminated (after deregistration)")
  void scaleInCompletesAtTermination() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    c.terminating(0);
    assertThat(c.end()).isFalse();
    assertThat(c.inService(0)).as("a launch event of the victim is not its termination").isFalse();
    assertThat(c.terminated(0)).isTrue();
  }

  @Test
  @DisplayName("§3 [D]: only the latest activity starts the cooldown; an older one finishing later does not")
  void onlyTheLatestActivityCounts() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    c.launching(0);
    c.end();
    c.begin();
    c.launching(1);
    c.end();
    assertThat(c.inService(1)).isTrue();
    assertThat(c.inService(0)).isFalse();
  }

  @Test
  @DisplayName("a desired change with nothing to launch or terminate (all protected) is complete at once")
  void emptyActivityIsCompleteAtOnce() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    assertThat(c.inProgress()).isTrue();
    assertThat(c.end()).isTrue();
    assertThat(c.inProgress()).isFalse();
    assertThat(c.terminated(500)).as("unknown instances complete nothing").isFalse();
  }
}
