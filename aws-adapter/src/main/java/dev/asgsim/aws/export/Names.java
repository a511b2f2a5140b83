package dev.asgsim.aws.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers for the exported resources, made from the AWS names and unique within one export: Terraform's
 * resource names ({@code [a-z_][a-z0-9_]*} by convention) and CloudFormation's logical IDs (alphanumeric).
 */
final class Names {
  enum Style { SNAKE, PASCAL }

  private final Style style;
  private final Set<String> used = new HashSet<>();

  Names(Style style) {
    this.style = style;
  }

  String of(String awsName) {
    String base = style == Style.SNAKE ? snakeId(awsName) : pascalId(awsName);
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + (style == Style.SNAKE ? "_" : "") + n;
    }
    return id;
  }

  /** {@code NotificationTargetARN} -> {@code notification_target_arn}. */
  static String snake(String pascal) {
    return pascal.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }

  private static String snakeId(String name) {
    String s = (name == null ? "" : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "unnamed" : Character.isDigit(s.charAt(0)) ? "r_" + s : s;
  }

  private static String pascalId(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : (name == null ? "" : name).split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    String s = b.length() == 0 ? "Unnamed" : b.toString();
    return Character.isDigit(s.charAt(0)) ? "R" + s : s;
  }
}
