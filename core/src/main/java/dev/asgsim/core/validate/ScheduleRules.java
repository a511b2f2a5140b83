package dev.asgsim.core.validate;

import dev.asgsim.core.config.ScheduledAction;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PutScheduledUpdateGroupAction (spec §5.1, §9.7, §9.11 item 13). */
final class ScheduleRules {
  /** Spec §7.9 [D]. */
  static final int MAX_ACTIONS = 125;

  private ScheduleRules() {}

  static void check(List<ScheduledAction> actions, Instant now, Findings f) {
    if (actions.size() > MAX_ACTIONS) {
      f.error("scheduled-quota", "ScheduledActions", actions.size() + " scheduled actions; at most " + MAX_ACTIONS
          + " per group (spec §5.1)", "remove scheduled actions");
    }
    Set<String> names = new HashSet<>();
    Map<Instant, String> oneOffTimes = new HashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      ScheduledAction a = actions.get(i);
      String path = "ScheduledActions[" + i + "]";
      if (a == null) {
        f.error("scheduled-empty", path, "an empty scheduled action (spec §9.7)", "remove the empty list item");
        continue;
      }
      if (!Checks.xmlString(a.scheduledActionName(), 255)) {
        f.error("scheduled-name", path + ".ScheduledActionName", "ScheduledActionName is required, 1-255 "
            + "characters (spec §9.7)", "name the action");
      } else if (!names.add(a.scheduledActionName())) {
        f.error("scheduled-name-duplicate", path + ".ScheduledActionName", "scheduled action "
            + a.scheduledActionName() + " is defined twice; names are unique per group (spec §5.1)",
            "give each action its own name");
      }
      sizes(a, path, f);
      if (a.recurrence() == null && a.startTime() == null) {
        f.error("scheduled-when", path, "the action has neither Recurrence nor StartTime, so it never runs "
            + "(spec §5.1)", "add Recurrence (cron) or StartTime (one-off, UTC)");
      }
      if (a.recurrence() != null) {
        String problem = a.recurrence().length() > 255 ? "is longer than 255 characters" : Cron.problem(a.recurrence());
        if (problem != null) {
          f.error("scheduled-cron", path + ".Recurrence", "Recurrence \"" + a.recurrence() + "\": " + problem
              + " (spec §5.1)", "write 5 cron fields, e.g. \"0 8 * * MON-FRI\" for 08:00 on weekdays");
        }
      } else if (a.startTime() != null) {
        String clash = oneOffTimes.putIfAbsent(a.startTime(), a.scheduledActionName());
        if (clash != null) {
          f.error("scheduled-start-time-duplicate", path + ".StartTime", "another action (" + clash + ") already "
              + "starts at " + a.startTime() + "; each action needs its own time (spec §5.1)",
              "move one of them by a minute");
        }
        if (now != null && a.startTime().isBefore(now)) {
          f.error("scheduled-start-in-past", path + ".StartTime", "StartTime " + a.startTime() + " is before "
              + now + ", when the config is put into the group; AWS refuses an action scheduled in the past "
              + "(spec §5.1)", "use a later StartTime, or a Recurrence");
        }
      }
      if (a.timeZone() != null) {
        zone(a.timeZone(), path + ".TimeZone", f);
      }
      if (a.startTime() != null && a.endTime() != null && !a.endTime().isAfter(a.startTime())) {
        f.error("scheduled-end-before-start", path + ".EndTime", "EndTime " + a.endTime() + " is not after "
            + "StartTime " + a.startTime() + " (spec §9.11.13)", "make EndTime later than StartTime");
      }
    }
  }

  private static void sizes(ScheduledAction a, String path, Findings f) {
    Integer min = a.minSize();
    Integer max = a.maxSize();
    Integer desired = a.desiredCapacity();
    if (min == null && max == null && desired == null) {
      f.error("scheduled-sizes", path, "the action sets none of MinSize, MaxSize, DesiredCapacity (spec §5.1)",
          "set at least one of them");
      return;
    }
    if ((min != null && min < 0) || (max != null && max < 0) || (desired != null && desired < 0)) {
      f.error("scheduled-size-order", path, "scheduled sizes cannot be negative (spec §9.11.2)", "use 0 or more");
      return;
    }
    if (min != null && max != null && min > max) {
      f.error("scheduled-size-order", path + ".MinSize", "MinSize " + min + " is above MaxSize " + max
          + " (spec §7.1)", "make MinSize <= MaxSize");
    } else if (desired != null && ((min != null && desired < min) || (max != null && desired > max))) {
      f.error("scheduled-size-order", path + ".DesiredCapacity", "DesiredCapacity " + desired + " is outside the "
          + "action's own MinSize/MaxSize (spec §7.1)", "make MinSize <= DesiredCapacity <= MaxSize");
    }
  }

  /** Canonical IANA names only: java.time also takes offsets such as +02:00, which AWS does not (spec §5.1). */
  private static void zone(String zone, String path, Findings f) {
    boolean ok = ZoneId.getAvailableZoneIds().contains(zone);
    if (!ok) {
      String suggestion = Checks.didYouMean(zone, ZoneId.getAvailableZoneIds());
      f.error("scheduled-time-zone", path, "TimeZone " + zone + " is not an IANA time zone name" + suggestion
          + " (spec §5.1)", "write a name such as America/New_York, Europe/Paris or Etc/UTC");
    }
  }
}
