package dev.asgsim.simulator.internal.group;

/**
 * The serving cohorts' CPU and metric sums of {@link DemandSpread}'s shared pass: {@code want × count} over the serving
 * cohorts in slot order, from a list taken at the last recount. The outputs fix the order (a floating-point sum in
 * another order has other bits), so each sum is a chain of dependent additions, one per serving cohort: at 1 000
 * instances (about 80 serving cohorts) the chains took about a tenth of the year's CPU (issue 15 item 4).
 *
 * <p>A chain cannot be shortened, but several can run side by side: between two recounts the list does not change, and
 * each minute's {@code want} follows from its demand alone, so with many serving cohorts {@link #sumAhead} runs the
 * chains of this minute and of the next {@link #AHEAD} − 1 minutes' predicted wants in one pass (each chain the same
 * terms in the same order, so the same bits; the adds of different chains overlap, so a pass costs about what one
 * chain did), and the minutes that follow take theirs from it when their want has the predicted bits. A wrong
 * prediction costs a pass, never a result: what is kept is a function of the list and the want's bits only, and a
 * list that comes out different ({@link #list}) drops it.
 */
final class ServingSums {
  /** How many minutes one pass sums. */
  static final int AHEAD = 4;
  /** Fewer serving cohorts than this sum one minute at a time: the chain is short, a pass ahead would not pay. */
  static final int MANY = 16;

  /**
   * The serving cohorts' instances in slot order, and whether each is in the group metric (read by the small group's
   * minute in {@link DemandSpread}, which sums them itself).
   */
  double[] count = new double[8];
  boolean[] inMetric = new boolean[8];
  int size;
  /** Every serving cohort is in the metric: the metric's sum is the CPU's (the same terms in the same order). */
  boolean aggregated;
  /** The minutes summed ahead for the current list: their wants, sums, how many, and the next one unused. */
  private final double[] wants = new double[AHEAD];
  private final double[] cpuAhead = new double[AHEAD];
  private final double[] metricAhead = new double[AHEAD];
  private int filled;
  private int next;
  /** Minutes answered from a pass ahead, passes run, and minutes whose want was not the predicted one: for tests. */
  long kept;
  long passes;
  long mispredicted;
  /** Lists that came out the same while a pass ahead had minutes left: for tests. */
  long relisted;
  /** This minute's sums. */
  double cpu;
  double metric;

  /**
   * Lists the serving cohorts as last counted. A pass ahead still holds when the list came out the same (a recount
   * that moved only cohorts that do not serve: launches, terminations).
   */
  void list(Cohorts cohorts) {
    if (!cohorts.servingMoved) {
      // No recount changed a serving cohort: the list as it is (issue 15 item 4: most recounts move launches and
      // terminations only). The pass ahead holds, as it does when listing again gives the same.
      if (next < filled) {
        relisted++;
      }
      return;
    }
    cohorts.servingMoved = false;
    boolean same = count.length >= cohorts.size;
    if (!same) {
      count = new double[cohorts.count.length];
      inMetric = new boolean[cohorts.count.length];
    }
    int n = 0;
    boolean all = true;
    for (int i = 0; i < cohorts.size; i++) {
      int phase = cohorts.phase[i];
      if ((phase & Cohorts.SERVES) != 0) {
        boolean in = (phase & Cohorts.AGGREGATED) != 0;
        double c = cohorts.count[i];
        same &= n < size && count[n] == c && inMetric[n] == in;
        count[n] = c;
        inMetric[n++] = in;
        all &= in;
      }
    }
    if (!same || n != size) {
      filled = 0;
      next = 0;
    } else if (next < filled) {
      relisted++;
    }
    size = n;
    aggregated = all;
  }

  /** Whether the list is long enough to sum ahead ({@link #sumAhead}); else each minute sums its own chains. */
  boolean many() {
    return size >= MANY;
  }

  /** Sets {@link #cpu} and {@link #metric} from a pass ahead that summed {@code want}'s bits, if one did. */
  boolean fromAhead(double want) {
    if (next < filled) {
      if (Double.doubleToRawLongBits(wants[next]) == Double.doubleToRawLongBits(want)) {
        cpu = cpuAhead[next];
        metric = metricAhead[next++];
        kept++;
        return true;
      }
      mispredicted++;
    }
    return false;
  }

  /**
   * The chains of the {@link #AHEAD} wants {@code w} side by side, each in slot order: {@link #cpu} and {@link #metric}
   * for the first (this minute's), the others kept for {@link #fromAhead}.
   */
  void sumAhead(double[] w) {
    double w0 = w[0];
    double w1 = w[1];
    double w2 = w[2];
    double w3 = w[3];
    double c0 = 0;
    double c1 = 0;
    double c2 = 0;
    double c3 = 0;
    double m0 = 0;
    double m1 = 0;
    double m2 = 0;
    double m3 = 0;
    if (aggregated) {
      for (int k = 0; k < size; k++) {
        double n = count[k];
        c0 += w0 * n;
        c1 += w1 * n;
        c2 += w2 * n;
        c3 += w3 * n;
      }
      m0 = c0;
      m1 = c1;
      m2 = c2;
      m3 = c3;
    } else {
      for (int k = 0; k < size; k++) {
        double n = count[k];
        double x0 = w0 * n;
        double x1 = w1 * n;
        double x2 = w2 * n;
        double x3 = w3 * n;
        c0 += x0;
        c1 += x1;
        c2 += x2;
        c3 += x3;
        if (inMetric[k]) {
          m0 += x0;
          m1 += x1;
          m2 += x2;
          m3 += x3;
        }
      }
    }
    cpu = c0;
    metric = m0;
    wants[1] = w1;
    wants[2] = w2;
    wants[3] = w3;
    cpuAhead[1] = c1;
    cpuAhead[2] = c2;
    cpuAhead[3] = c3;
    metricAhead[1] = m1;
    metricAhead[2] = m2;
    metricAhead[3] = m3;
    filled = AHEAD;
    next = 1;
    passes++;
  }
}
