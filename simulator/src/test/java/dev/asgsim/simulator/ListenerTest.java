package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.event.InstanceEvent;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A listener hears the run as it happens, each scaling activity once, in its final form. */
class ListenerTest {
  @Test
  @DisplayName("onActivity: every recorded activity is heard once, a launch when its instance is InService")
  void activitiesAreHeardAsTheyEnd() throws Exception {
    var config = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    List<Activity> heard = new ArrayList<>();
    Map<String, Integer> heardInMinute = new HashMap<>();
    Map<String, Long> inServiceAt = new HashMap<>();
    int[] minute = {0};
    SimulationResult r = Simulation.builder(config)
        .load(LoadSpec.parse("step(20, 90@10m, 20@40m)").render(90, 1))
        .listener(new SimulationListener() {
          @Override
          public void onActivity(Activity a) {
            heard.add(a);
            heardInMinute.put(a.activityId(), minute[0]);
          }

          @Override
          public void onInstanceEvent(long t, InstanceEvent e, String id, int count, String az) {
            if (e == InstanceEvent.IN_SERVICE) {
              inServiceAt.put(id, t);
            }
          }

          @Override
          public void onMinute(int m, int minutes) {
            minute[0] = m + 1;
          }
        })
        .build()
        .run();
    assertThat(r.activities()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(heard).containsExactlyInAnyOrderElementsOf(r.activities());
    Activity launch = r.activities().stream().filter(a -> a.kind() == Activity.Kind.LAUNCH).findFirst().orElseThrow();
    long t = inServiceAt.get(launch.instanceId());
    int expectedMinute = (int) ((t - r.startEpochSecond()) / 60);
    // Clocks move at the minute's start and its evaluations: an event just before a minute starts is heard in it.
    assertThat(heardInMinute.get(launch.activityId())).as("heard when its instance went InService, not at the end")
        .isBetween(expectedMinute, expectedMinute + 1);
    assertThat(launch.statusCode()).isEqualTo("Successful");
  }

  @Test
  @DisplayName("without recorded activities the listener hears none")
  void noActivitiesWhenNotRecorded() throws Exception {
    var config = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    List<Activity> heard = new ArrayList<>();
    SimulationResult r = Simulation.builder(config)
        .load(LoadSpec.parse("step(20, 90@10m, 20@40m)").render(90, 1))
        .recordActivities(false)
        .listener(new SimulationListener() {
          @Override
          public void onActivity(Activity a) {
            heard.add(a);
          }
        })
        .build()
        .run();
    assertThat(r.decisions()).isNotEmpty();
    assertThat(heard).isEmpty();
  }
}
