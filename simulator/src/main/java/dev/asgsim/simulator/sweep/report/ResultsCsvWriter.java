package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.Estimate;
import dev.asgsim.simulator.sweep.Point;
import dev.asgsim.simulator.sweep.PointResult;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code results.csv}: one row per point × load with the varied values, whether it meets the SLO and which bounds it
 * misses by how much ({@code slo_missed}: {@code UnservedPercent 0.3267 > 0.1 (+0.2267)}, "; " between bounds), and,
 * per score, the mean, standard deviation and 95 % confidence interval over the seeds. Rows are flushed as they come, so a stopped sweep leaves
 * every finished row on disk. The header is written with the first row (the score names come from the simulator).
 */
public final class ResultsCsvWriter implements SweepListener, Closeable {
  private final Writer out;
  private final SweepDefinition definition;
  private List<Score> scoreNames;

  public ResultsCsvWriter(Writer out, SweepDefinition definition) {
    this.out = out;
    this.definition = definition;
  }

  @Override
  public synchronized void onRow(PointResult row) {
    try {
      if (scoreNames == null) {
        scoreNames = new ArrayList<>(row.scores().keySet());
        out.write(header());
      }
      out.write(line(row));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the header alone when no row ever came, so the file is never empty. */
  @Override
  public synchronized void close() throws IOException {
    if (scoreNames == null) {
      scoreNames = List.of();
      out.write(header());
    }
    out.close();
  }

  private String header() {
    List<String> cells = new ArrayList<>();
    cells.add("point");
    definition.axes().forEach(a -> cells.add(a.name()));
    cells.add("load");
    cells.add("seeds");
    cells.add("meets_slo");
    cells.add("slo_missed");
    for (Score score : scoreNames) {
      String name = score.scoreName();
      cells.add(name + "_mean");
      cells.add(name + "_sd");
      cells.add(name + "_ci95_low");
      cells.add(name + "_ci95_high");
    }
    return join(cells);
  }

  private String line(PointResult row) {
    List<String> cells = new ArrayList<>();
    cells.add(row.point().isBase() ? "base" : Integer.toString(row.point().index()));
    row.point().values().forEach(v -> cells.add(v.isNull() ? "" : Point.text(v)));
    cells.add(row.load().name());
    cells.add(Long.toString(row.scores().isEmpty() ? 0 : row.scores().values().iterator().next().n()));
    cells.add(definition.slo().isEmpty() ? "" : Boolean.toString(definition.slo().meets(row)));
    cells.add(ScoreText.misses(definition.slo().misses(row), false));
    for (Score score : scoreNames) {
      Estimate e = row.scores().get(score);
      if (e == null) {
        cells.add("");
        cells.add("");
        cells.add("");
        cells.add("");
      } else {
        cells.add(Numbers.significant(e.mean()));
        cells.add(Numbers.significant(e.standardDeviation()));
        cells.add(Numbers.significant(e.ciLow()));
        cells.add(Numbers.significant(e.ciHigh()));
      }
    }
    return join(cells);
  }

  private static String join(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(escape(cells.get(i)));
    }
    return sb.append('\n').toString();
  }

  /** RFC 4180 quoting: load specs contain commas. */
  static String escape(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
