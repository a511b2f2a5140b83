package dev.asgsim.core.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one home of AWS's scaling-activity wording (aws-behaviour §10.3): every Cause and Description the engine and the
 * simulator write comes from here, so the text matches DescribeScalingActivities in one place. Plain concatenation,
 * not String.format: a simulated year builds thousands of these (same text, %d being Integer.toString under
 * Locale.ROOT).
 */
public final class ActivityText {
  private ActivityText() {}

  /** 10000-01-01T00:00:00Z: from here on {@link Instant#toString} writes a sign and a fifth year digit. */
  private static final long YEAR_10000 = 253_402_300_800L;

  /**
   * AWS's timestamp in a Cause: ISO-8601 UTC, whole seconds ({@code 2021-12-02T10:04:00Z}), the text of
   * {@link Instant#toString}. Years 1970 to 9999 are written digit by digit: the formatter behind
   * {@code Instant.toString} was a large part of recording a year's activities (ActivityTextTest compares the two).
   */
  public static String at(long epochSecond) {
    if (epochSecond < 0 || epochSecond >= YEAR_10000) {
      return Instant.ofEpochSecond(epochSecond).toString();
    }
    long day = epochSecond / 86_400;
    int second = (int) (epochSecond - day * 86_400);
    LocalDate date = LocalDate.ofEpochDay(day);
    byte[] s = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0', 'T', '0', '0', ':', '0', '0', ':', '0', '0', 'Z'};
    digits(s, 0, 4, date.getYear());
    digits(s, 5, 2, date.getMonthValue());
    digits(s, 8, 2, date.getDayOfMonth());
    digits(s, 11, 2, second / 3600);
    digits(s, 14, 2, second / 60 % 60);
    digits(s, 17, 2, second % 60);
    return new String(s, StandardCharsets.ISO_8859_1);
  }

  /** {@code value}'s last {@code width} decimal digits into {@code s} from {@code at}. */
  private static void digits(byte[] s, int at, int width, int value) {
    for (int i = at + width - 1; i >= at; i--) {
      s[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  // ---- the desired change (the Cause's first sentence) ---------------------------------------------------------

  /** "At … a monitor alarm … in state ALARM triggered policy … changing the desired capacity from 1 to 2." */
  public static String alarmTriggeredPolicy(long epochSecond, String alarmName, String policyName, int from, int to) {
    return "At " + at(epochSecond) + " a monitor alarm " + alarmName + " in state ALARM triggered policy " + policyName
        + " changing the desired capacity from " + from + " to " + to + ".";
  }

  /** A policy invoked without an alarm (plug-ins): "At … policy … changing the desired capacity from 1 to 2." */
  public static String policyChanged(long epochSecond, String policyName, int from, int to) {
    return "At " + at(epochSecond) + " policy " + policyName + " changing the desired capacity from " + from + " to "
        + to + ".";
  }

  /**
   * "At … predictive scaling policy … changing the desired capacity from 1 to 2." AWS does not document the Cause of
   * a predictive scaling activity [O]; this keeps the shape of its policy Causes and names the policy type.
   */
  public static String predictivePolicy(long epochSecond, String policyName, int from, int to) {
    return "At " + at(epochSecond) + " predictive scaling policy " + policyName + " changing the desired capacity from "
        + from + " to " + to + ".";
  }

  /** "At … a scheduled action update of AutoScalingGroup constraints to min: 1, max: 4, desired: 2 changing …". */
  public static String scheduledUpdate(long epochSecond, int min, int max, int from, int to) {
    return "At " + at(epochSecond) + " a scheduled action update of AutoScalingGroup constraints to min: " + min
        + ", max: " + max + ", desired: " + to + " changing the desired capacity from " + from + " to " + to + ".";
  }

  // ---- what the group did about it -----------------------------------------------------------------------------

  /** "At … an instance was started in response to a difference between desired and actual capacity, …". */
  public static String startedForCapacity(long epochSecond, int from, int to) {
    return "At " + at(epochSecond) + " an instance was started in response to a difference between desired and actual"
        + " capacity, increasing the capacity from " + from + " to " + to + ".";
  }

  /** "At … an instance was taken out of service in response to a difference … instance i-… was selected …". */
  public static String takenOutForCapacity(long epochSecond, int from, int to, String instanceId) {
    String at = at(epochSecond);
    return "At " + at + " an instance was taken out of service in response to a difference between desired and actual"
        + " capacity, shrinking the capacity from " + from + " to " + to + ". At " + at + " instance " + instanceId
        + " was selected for termination.";
  }

  /** A health replacement's termination (aws-behaviour §6.3). */
  public static String takenOutForHealthCheck(long epochSecond) {
    return inResponse(epochSecond, "taken out of service", "an ELB system health check failure");
  }

  /** A MaxInstanceLifetime replacement's termination (aws-behaviour §7.5). */
  public static String takenOutForMaxLifetime(long epochSecond) {
    return inResponse(epochSecond, "taken out of service", "the maximum instance lifetime");
  }

  /**
   * The termination of an instance whose launch lifecycle hook ended with ABANDON (aws-behaviour §6.5 [D]: "ABANDON ⇒
   * terminate & replace"). AWS does not document this Cause's words [I]; this keeps the shape of its other Causes.
   */
  public static String takenOutForLifecycleAbandon(long epochSecond) {
    return inResponse(epochSecond, "taken out of service", "a launch lifecycle hook that ended with ABANDON");
  }

  /**
   * A launch into the warm pool (aws-behaviour §7.6). AWS documents no Cause for it [I]: this keeps the shape of its
   * capacity Causes, with the pool's size instead of the group's.
   */
  public static String startedIntoWarmPool(long epochSecond, int from, int to) {
    return "At " + at(epochSecond) + " an instance was launched into the warm pool in response to a difference between"
        + " the warm pool's desired and actual size, increasing its size from " + from + " to " + to + ".";
  }

  /** A pool instance terminated because the pool's size fell (aws-behaviour §7.6); undocumented wording [I]. */
  public static String takenOutOfWarmPool(long epochSecond, int from, int to, String instanceId) {
    String at = at(epochSecond);
    return "At " + at + " an instance was taken out of the warm pool in response to a difference between the warm"
        + " pool's desired and actual size, shrinking its size from " + from + " to " + to + ". At " + at + " instance "
        + instanceId + " was selected for termination.";
  }

  /**
   * A pool instance terminated after failing its health check (aws-behaviour §7.6 [D]: "When an instance is found to
   * be unhealthy, Amazon EC2 Auto Scaling automatically deletes the unhealthy instance and creates a new one to
   * replace it"); undocumented wording [I].
   */
  public static String takenOutOfWarmPoolForHealthCheck(long epochSecond) {
    return inResponse(epochSecond, "taken out of the warm pool", "a health check failure");
  }

  /**
   * An interrupted Spot instance found by the health check (aws-behaviour §7.7 [D]: replaced "after the Amazon EC2 Spot
   * service interrupts the instances and their health check fails"). The words are AWS's for an instance EC2 stopped
   * or terminated, as public console transcripts show them [O].
   */
  public static String takenOutForStoppedInstance(long epochSecond) {
    return inResponse(epochSecond, "taken out of service",
        "an EC2 health check indicating it has been terminated or stopped");
  }

  /**
   * Capacity Rebalancing's termination of the old Spot instance once its replacement passed its health check
   * (aws-behaviour §7.7 [D]). AWS does not document this Cause's words [I]; this keeps the shape of its other Causes.
   */
  public static String takenOutForRebalanceRecommendation(long epochSecond) {
    return inResponse(epochSecond, "taken out of service", "an EC2 instance rebalance recommendation");
  }

  /** Capacity Rebalancing's replacement launch (aws-behaviour §7.7 [D]); words [I], as the termination's. */
  public static String launchedForRebalanceRecommendation(long epochSecond) {
    return inResponse(epochSecond, "launched", "an EC2 instance rebalance recommendation");
  }

  /** AWS's shape of a Cause for one instance: "At {time} an instance was {what} in response to {why}." */
  private static String inResponse(long epochSecond, String what, String why) {
    return "At " + at(epochSecond) + " an instance was " + what + " in response to " + why + ".";
  }

  /** A Cause made of the desired change followed by what the group did: AWS joins them with one space. */
  public static String join(String desiredChange, String groupAction) {
    return desiredChange.isEmpty() ? groupAction : desiredChange + " " + groupAction;
  }

  // ---- Description ---------------------------------------------------------------------------------------------

  public static String launchDescription(String instanceId) {
    return "Launching a new EC2 instance: " + instanceId;
  }

  /**
   * A launch out of the warm pool (aws-behaviour §7.6 [O]: AWS's sample prints "Launching a new EC2 instance from warm
   * pool: i-0ea10fdc59a07df6e Duration: 36s").
   */
  public static String launchFromWarmPoolDescription(String instanceId) {
    return "Launching a new EC2 instance from warm pool: " + instanceId;
  }

  /**
   * A launch into the warm pool (aws-behaviour §7.6 [O]: AWS's sample prints "Launching a new EC2 instance into warm
   * pool: i-0ea10fdc59a07df6e Duration: 260s").
   */
  public static String launchIntoWarmPoolDescription(String instanceId) {
    return "Launching a new EC2 instance into warm pool: " + instanceId;
  }

  /**
   * A scale-in that returns the instance to the warm pool (ReuseOnScaleIn: instances "can be returned to the warm pool
   * on scale in", aws-behaviour §7.6 [D]). AWS documents no Description for it [I]: these words echo the API's.
   */
  public static String returnToWarmPoolDescription(String instanceId) {
    return "Returning EC2 instance to warm pool: " + instanceId;
  }

  public static String terminateDescription(String instanceId) {
    return "Terminating EC2 instance: " + instanceId;
  }

  /** The Details JSON string with the instance's Availability Zone, {@code {}} when it has none yet. */
  public static String details(String availabilityZone) {
    return availabilityZone == null ? "{}" : "{\"Availability Zone\":\"" + availabilityZone + "\"}";
  }
}
