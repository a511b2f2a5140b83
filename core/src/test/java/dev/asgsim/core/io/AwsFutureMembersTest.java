package dev.asgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 12: members AWS adds to its output are skipped with a note; asgsim's own files still refuse them. */
class AwsFutureMembersTest {
  @TempDir Path dir;

  @Test
  void anUnknownMemberOfDescribeOutputIsSkippedAndNoted() throws IOException {
    String json = Files.readString(Path.of("src/test/resources/awscli/groups-v1.json"));
    int at = json.indexOf("\"AutoScalingGroupName\"");
    Path f = dir.resolve("groups.json");
    Files.writeString(f, json.substring(0, at) + "\"SomeMemberAwsAddsNextYear\": {\"Nested\": [1, 2]},\n      "
        + json.substring(at));
    ConfigDocument doc = ConfigReader.load(f);
    assertThat(doc.config().autoScalingGroup().autoScalingGroupName()).isEqualTo("autoscaling-20211202");
    assertThat(doc.notes()).singleElement().satisfies(n -> assertThat(n)
        .matches(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+: skipped AutoScalingGroup"
            + "\\.SomeMemberAwsAddsNextYear, a member asgsim does not know \\(newer AWS CLI output\\?\\); it is not "
            + "simulated"));
  }

  @Test
  void asgsimsOwnFilesStillRefuseUnknownKeysWithDidYouMean() throws IOException {
    Path f = dir.resolve("c.yaml");
    Files.writeString(f, "AutoScalingGroup:\n  AutoScalingGroupName: g\n  MinSise: 1\n");
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigReader.load(f));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-key");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.hint()).isEqualTo("did you mean MinSize?");
    });
  }
}
