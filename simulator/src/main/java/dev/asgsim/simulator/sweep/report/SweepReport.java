package dev.asgsim.simulator.sweep.report;

import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.Recommender;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepResult;

/**
 * Everything a finished sweep reports besides its rows, made in one place so that {@code asgsim sweep} and the Spark
 * module write the same bytes: the recommendation, {@code pareto.png}, {@code axes.png}, {@code sweep.html} and the
 * recommendation as printed (the short table, then the sentences).
 */
public record SweepReport(Recommendation recommendation, byte[] paretoPng, byte[] axesPng, String html, String text) {
  public static SweepReport of(SweepResult result) {
    SweepDefinition def = result.definition();
    Recommendation r = Recommender.recommend(result);
    byte[] pareto = ParetoChart.png(r, def);
    byte[] axes = AxisCharts.png(r, def);
    String nl = System.lineSeparator();
    String text = RecommendationText.table(r, def, RecommendationText.DEFAULT_TABLE_ROWS) + nl + nl
        + RecommendationText.describe(r, def) + nl;
    return new SweepReport(r, pareto, axes, SweepHtmlReport.html(result, r, pareto, axes), text);
  }
}
