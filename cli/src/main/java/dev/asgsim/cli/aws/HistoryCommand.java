package dev.asgsim.cli.aws;

import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.history.HistoryRequest;
import dev.asgsim.aws.history.MetricHistory;
import dev.asgsim.aws.history.TraceCsv;
import dev.asgsim.aws.history.MetricJson;
import dev.asgsim.aws.history.PredictiveForecastReader;
import dev.asgsim.aws.history.SpotPriceHistoryReader;
import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"Write a group's CloudWatch metric as a trace CSV (timestamp,value; ISO UTC) for "
        + "'asgsim simulate --load FILE.csv'.",
        "Default: AWS/EC2 CPUUtilization by AutoScalingGroupName, Average, 60 s. Or read saved AWS CLI output "
            + "instead of calling CloudWatch (--from-file): 'aws cloudwatch get-metric-data' (one query, plus "
            + "GroupInServiceInstances for --demand) or 'aws cloudwatch get-metric-statistics' (one file per metric).",
        "  asgsim history --group NAME --last 7d --demand -o week.csv",
        "  asgsim history --from-file cpu.json --from-file in-service.json --demand -o week.csv",
        "  asgsim history --group NAME --last 7d -o week.csv --predictive-forecast aws-forecast.json",
        "  asgsim simulate group.yaml --load week.csv --forecast aws-forecast.json",
        "  asgsim history --group NAME --last 14d -o week.csv --spot-prices spot-prices.json"},
    footer = {"", "Exit codes: 0 ok, 2 bad period, unreadable --from-file, no data for --demand, no predictive "
        + "policy for --predictive-forecast, or a refused AWS call (for --spot-prices, ec2:DescribeSpotPriceHistory)."})
public final class HistoryCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--group", paramLabel = "NAME", description = "The Auto Scaling group (not with --from-file).")
  String group;

  @Option(names = "--from-file", paramLabel = "JSON", split = ",",
      description = "Read this saved 'aws cloudwatch get-metric-data' or 'get-metric-statistics' output instead of "
          + "calling CloudWatch (repeat it, or separate with commas, for a second file).")
  List<Path> fromFiles;

  @ArgGroup(exclusive = true)
  Period period;

  static final class Period {
    @Option(names = "--last", paramLabel = "DURATION", description = "Up to now: 90m, 12h, 7d, 2w.")
    String last;

    @ArgGroup(exclusive = false)
    Range range;
  }

  static final class Range {
    @Option(names = "--start", required = true, paramLabel = "TIME",
        description = "Start, ISO-8601 (2026-11-01T00:00:00Z, 2026-11-01T09:00+09:00, 2026-11-01 = UTC midnight).")
    String start;

    @Option(names = "--end", required = true, paramLabel = "TIME", description = "End, same forms as --start.")
    String end;
  }

  @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = HistoryRequest.DEFAULT_NAMESPACE,
      description = "Default: ${DEFAULT-VALUE}.")
  String namespace;

  @Option(names = "--metric", paramLabel = "NAME", defaultValue = HistoryRequest.DEFAULT_METRIC,
      description = "Default: ${DEFAULT-VALUE}.")
  String metric;

  @Option(names = "--statistic", paramLabel = "STATISTIC", defaultValue = HistoryRequest.DEFAULT_STATISTIC,
      description = "Average, Maximum, Minimum, Sum, SampleCount or a percentile like p90. Default: ${DEFAULT-VALUE}.")
  String statistic;

  @Option(names = "--period", defaultValue = "60", paramLabel = "SECONDS", description = "Default: ${DEFAULT-VALUE}.")
  int periodSeconds;

  @Option(names = "--demand",
      description = "Write value x GroupInServiceInstances (needs group metrics collection): CPU becomes demand "
          + "in percent of one instance, which the simulator spreads over its own instances.")
  boolean demand;

  @Option(names = "--predictive-forecast", paramLabel = "FILE.json",
      description = "Also save AWS's forecast of the group's predictive policy for the same period "
          + "(GetPredictiveScalingForecast, at most 30 days) as the AWS CLI prints it, for 'asgsim simulate --forecast "
          + "FILE.json': AWS's forecast beside the actual load (aws-behaviour §5.2). Needs --group.")
  Path predictiveForecast;

  @Option(names = "--predictive-policy", paramLabel = "NAME",
      description = "The predictive policy for --predictive-forecast (default: the group's only one).")
  String predictivePolicy;

  @Option(names = "--spot-prices", paramLabel = "FILE.json",
      description = "Also save the Spot prices of the group's pools (its overrides' instance types in its AZs, "
          + "Linux/UNIX) for the same period (EC2 DescribeSpotPriceHistory, with the price in effect at the start) as "
          + "'aws ec2 describe-spot-price-history' prints them, for Simulation.Spot.PriceHistory (aws-behaviour "
          + "§7.11). Needs --group.")
  Path spotPrices;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  HistoryCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    if ((predictiveForecast != null || predictivePolicy != null) && (fromFiles != null || group == null)) {
      throw new UserError("--predictive-forecast asks AWS for the group's forecast: give --group NAME and a period "
          + "(--last, or --start and --end) instead of --from-file");
    }
    if (spotPrices != null && (fromFiles != null || group == null)) {
      throw new UserError("--spot-prices asks EC2 for the Spot prices of the group's pools: give --group NAME and a "
          + "period (--last, or --start and --end) instead of --from-file");
    }
    if (predictivePolicy != null && predictiveForecast == null) {
      throw new UserError("--predictive-policy names the policy for --predictive-forecast FILE.json: add it");
    }
    MetricHistory.Trace trace = fromFiles != null ? fromFiles() : fromCloudWatch(err);
    if (trace.samples().isEmpty() && fromFiles != null) {
      err.println("asgsim: note: no datapoints in " + names(fromFiles));
    }
    if (trace.unmatched() > 0) {
      err.println("asgsim: note: " + trace.unmatched() + " datapoint(s) had no GroupInServiceInstances value at "
          + "the same time and were left out");
    }
    if (output != null) {
      StringWriter w = new StringWriter();
      TraceCsv.write(trace.samples(), w);
      AtomicFiles.write(output, w.toString().getBytes(StandardCharsets.UTF_8));
      err.println("asgsim: wrote " + trace.samples().size() + " datapoints to " + output);
    } else {
      StringWriter w = new StringWriter();
      TraceCsv.write(trace.samples(), w);
      spec.commandLine().getOut().print(w);
      spec.commandLine().getOut().flush();
    }
    err.flush();
    return ExitCodes.OK;
  }

  private MetricHistory.Trace fromCloudWatch(PrintWriter err) {
    if (group == null || period == null) {
      throw new UserError("history needs --group NAME and a period (--last, or --start and --end), or --from-file");
    }
    Instant end;
    Instant start;
    if (period.last != null) {
      end = context.clock().instant();
      start = end.minus(parseLast(period.last));
    } else {
      start = parseTime("--start", period.range.start);
      end = parseTime("--end", period.range.end);
    }
    HistoryRequest request;
    try {
      request = new HistoryRequest(group, namespace, metric, statistic, periodSeconds, start, end, demand);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    MetricHistory.Trace trace;
    try (AwsAutoScaling client = AwsConnection.open(context, aws)) {
      // Who and where, as plan, apply and drift say first: a group name, and an AZ name (us-east-1a is a different
      // zone in each account), only mean something in one account and Region.
      err.print("asgsim: " + AwsConnection.header(AwsConnection.guard(client::target), aws.endpointUrl));
      PredictiveForecastReader.Result forecast = predictiveForecast == null ? null
          : forecast(client, start, end);
      SpotPriceHistoryReader.Result prices = spotPrices == null ? null : spotPrices(client, start, end);
      trace = AwsConnection.guard(() -> client.history(request));
      if (forecast != null) {
        try {
          AtomicFiles.write(predictiveForecast, forecast.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UserError("cannot write --predictive-forecast " + predictiveForecast + ": " + e.getMessage());
        }
        err.println("asgsim: wrote AWS's forecast of predictive policy " + forecast.policy() + " (" + forecast.hours()
            + " hours of load forecast) to " + predictiveForecast + "; compare with 'asgsim simulate CONFIG --load "
            + "TRACE --forecast " + predictiveForecast + "'");
      }
      if (prices != null) {
        try {
          AtomicFiles.write(spotPrices, prices.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UserError("cannot write --spot-prices " + spotPrices + ": " + e.getMessage());
        }
        err.println("asgsim: wrote " + prices.prices() + " Spot prices of " + prices.pools().size() + " pools ("
            + String.join(", ", prices.pools()) + ") to " + spotPrices + "; name it in Simulation.Spot.PriceHistory");
      }
    }
    if (trace.samples().isEmpty()) {
      err.println("asgsim: note: no datapoints for " + namespace + " " + metric + " of " + group + " between "
          + start + " and " + end + " (1-minute data is kept 15 days, 5-minute data 63 days)");
    }
    return trace;
  }

  /** AWS's forecast for the history's period, fetched before the history so that a refusal stops before any output. */
  private PredictiveForecastReader.Result forecast(AwsAutoScaling client, Instant start, Instant end) {
    try {
      return AwsConnection.guard(() -> client.predictiveForecast(group, predictivePolicy, start, end));
    } catch (IllegalArgumentException e) {
      throw new UserError("--predictive-forecast: " + e.getMessage());
    }
  }

  /** The group's Spot prices for the period, fetched before the history so that a refusal stops before any output. */
  private SpotPriceHistoryReader.Result spotPrices(AwsAutoScaling client, Instant start, Instant end) {
    try {
      return AwsConnection.guard(() -> client.spotPriceHistory(group, start, end));
    } catch (IllegalArgumentException e) {
      throw new UserError("--spot-prices: " + e.getMessage());
    }
  }

  /** The trace from saved AWS CLI output; the group, the period and the query are in the files. */
  private MetricHistory.Trace fromFiles() throws IOException {
    if (group != null || period != null) {
      throw new UserError("--from-file reads the group and the period from the files: drop --group, --last, "
          + "--start and --end");
    }
    List<MetricJson.Series> series = new ArrayList<>();
    try {
      for (Path f : fromFiles) {
        series.addAll(MetricJson.read(Files.readString(f), f.toString(), statistic));
      }
      return MetricJson.trace(series, demand, names(fromFiles));
    } catch (MetricJson.MetricJsonException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(Path::toString).toList());
  }

  private static final Pattern LAST = Pattern.compile("(\\d+)\\s*([smhdw])");

  static Duration parseLast(String text) {
    Matcher m = LAST.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UserError("--last " + text + ": give a number and a unit, like 90m, 12h, 7d or 2w");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
  }

  static Instant parseTime(String option, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          throw new UserError(option + " " + text + ": not an ISO-8601 time; use e.g. 2026-11-01T00:00:00Z");
        }
      }
    }
  }
}
