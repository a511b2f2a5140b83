package dev.asgsim.core.policy;

/**
 * How EC2 Auto Scaling turns the proposals of several scaling policies into one desired capacity: the rule a reader
 * of this simulator most needs to audit, kept here and nowhere else. Section numbers are those of the AWS behaviour
 * reference ({@code docs/aws-behaviour.md}, cited as aws-behaviour §N).
 *
 * <ol>
 *   <li><b>Scale out if any policy wants to</b> (§1.7 [D], target tracking page: the group "scales out if any"
 *       policy is ready to scale out). When several do, the <b>largest capacity</b> wins (§1.7, §7.1 [D], dynamic
 *       scaling page: AWS picks the policy that gives "the largest capacity", for scale-out and for scale-in). A
 *       proposal counts as scale-out when it is above the current desired capacity.</li>
 *   <li>Otherwise <b>scale in only if every target tracking policy with scale-in enabled agrees</b> (§1.7 [D]: it
 *       "scales in only if all" policies that have scale-in enabled are ready to scale in), i.e. each of them proposes
 *       less than desired ({@link Role#SCALE_IN_BY_CONSENSUS}). A target tracking policy with {@code DisableScaleIn}
 *       never removes instances and has no vote ({@link Role#SCALE_OUT_ONLY}). Step, simple and plug-in policies
 *       scale in on their own ({@link Role#INDEPENDENT}; §1.7 [D]: "a step policy may scale in before target
 *       tracking is ready" — mixing them can fight).</li>
 *   <li>Among the scale-in proposals the <b>largest</b> (the most conservative: the fewest instances removed) wins
 *       (§1.7 [D], AWS's example: −3 instances vs −25 % of 8 ⇒ −2 wins).</li>
 *   <li><b>No scale-in while scale-out instances warm up</b> (§2.2 item 4 [D]: "all policy-initiated scale-in is
 *       blocked until the instances finish warming up"); the engine also reports the launch cooldown of §2.2 item 5
 *       through the same flag.</li>
 *   <li>The winner is <b>clamped to [MinSize, MaxSize]</b> (§7.1 [D]: +3 on max 3, current 2 adds 1); a clamped
 *       result equal to desired is no change.</li>
 *   <li>A predictive policy in ForecastAndScale ({@link Role#FLOOR}) scales out to its forecast like any policy and
 *       is a <b>floor for scale-in</b>: desired is the maximum over all policies (§5.2 [D], AWS's example: target
 *       tracking needs 10, predictive 8 ⇒ 10; predictive never scales in).</li>
 * </ol>
 * Ties keep the earlier policy (config order, then plug-ins); between an agreed target tracking scale-in and an
 * independent one of the same size, target tracking is named [I].
 *
 * <p>When nothing wins, {@link #hold()} names the rule that held the group back and {@link #holdIndex()} the policy
 * it concerns ({@link Hold}): a blocked scale-in (item 4), a scale-in some policy does not agree to (item 2), a clamp
 * (item 5), the predictive floor (item 6), a proposal equal to desired, or else the strongest reason an evaluator
 * gave for making no proposal.
 *
 * <p>A pure function of the proposals offered between {@link #open} and {@link #close}: it reads no clock and no
 * group. It is fed one proposal at a time so that the per-minute loop allocates nothing; one instance per engine,
 * reused, not thread-safe.
 */
public final class CombinationRule {
  /** "No policy changes desired capacity": the result of {@link #close} when nothing wins. */
  public static final int NONE = -1;

  /** How a policy takes part in the combination; each evaluator states its own ({@link PolicyEvaluator#role()}). */
  public enum Role {
    /** Target tracking with scale-in enabled: scales out alone, scales in only with every other such policy. */
    SCALE_IN_BY_CONSENSUS,
    /** Step, simple and plug-in policies: scale out and in on their own. */
    INDEPENDENT,
    /** Target tracking with {@code DisableScaleIn}: may scale out, never scales in, has no scale-in vote. */
    SCALE_OUT_ONLY,
    /**
     * Predictive scaling in ForecastAndScale (aws-behaviour §5.2 [D]): scales out to its forecast, never scales in, has no
     * scale-in vote, and no scale-in goes below it ("each policy determines the desired capacity independently, and
     * the desired capacity is set to the maximum").
     */
    FLOOR
  }

  private int current;
  private int minSize;
  private int maxSize;
  private int outCapacity;
  private int outIndex;
  private boolean consensus;
  private int consensusCapacity;
  private int consensusIndex;
  private int independentCapacity;
  private int independentIndex;
  private int floor;
  private int floorIndex;
  private int result;
  /** The first scale-in-by-consensus policy that did not vote to scale in. */
  private int dissentIndex;
  /** The first policy (other than a floor) that proposed exactly the current capacity. */
  private int stayIndex;
  /** The strongest reason given with a missing proposal (a {@link Hold} ordinal), and its policy. */
  private int quiet;
  private int quietIndex;
  /** Why nothing won, and the policy it concerns. Reasons are {@link Hold} ordinals (see {@link Hold#ofOrdinal}). */
  private int hold;
  private int holdIndex;

  /** Starts a combination at desired capacity {@code current} within [{@code minSize}, {@code maxSize}]. */
  public void open(int current, int minSize, int maxSize) {
    this.current = current;
    this.minSize = minSize;
    this.maxSize = maxSize;
    outIndex = NONE;
    consensus = true;
    consensusIndex = NONE;
    independentIndex = NONE;
    floor = Integer.MIN_VALUE;
    floorIndex = NONE;
    result = current;
    dissentIndex = NONE;
    stayIndex = NONE;
    quiet = Hold.NONE_ORDINAL;
    quietIndex = NONE;
    hold = Hold.NONE_ORDINAL;
    holdIndex = NONE;
  }

  /**
   * Policy {@code index} with {@code role} proposes {@code capacity} (before clamping), or
   * {@link PolicyEvaluator#NO_PROPOSAL}.
   */
  public void offer(int index, Role role, int capacity) {
    offer(index, role, capacity, Hold.NONE);
  }

  /**
   * As {@link #offer(int, Role, int)}, with the reason the policy gave for making no proposal ({@link Hold#NONE} when
   * it made one or has nothing to say).
   */
  public void offer(int index, Role role, int capacity, Hold why) {
    offer(index, role, capacity, why.ordinal());
  }

  /** As {@link #offer(int, Role, int, Hold)} with the reason's ordinal: the engine's per-minute path. */
  void offer(int index, Role role, int capacity, int why) {
    boolean has = capacity != PolicyEvaluator.NO_PROPOSAL;
    if (!has) {
      if (why < quiet) {
        quiet = why;
        quietIndex = index;
      }
    } else if (capacity == current && role != Role.FLOOR && stayIndex == NONE) {
      stayIndex = index;
    }
    if (has && capacity > current && (outIndex == NONE || capacity > outCapacity)) {
      outCapacity = capacity;
      outIndex = index;
    }
    switch (role) {
      case SCALE_IN_BY_CONSENSUS -> {
        if (has && capacity < current) {
          if (consensusIndex == NONE || capacity > consensusCapacity) {
            consensusCapacity = capacity;
            consensusIndex = index;
          }
        } else {
          consensus = false; // no opinion, "stay" or scale-out: not ready to scale in
          if (dissentIndex == NONE) {
            dissentIndex = index;
          }
        }
      }
      case INDEPENDENT -> {
        if (has && capacity < current && (independentIndex == NONE || capacity > independentCapacity)) {
          independentCapacity = capacity;
          independentIndex = index;
        }
      }
      case SCALE_OUT_ONLY -> {
        // no scale-in, no vote
      }
      case FLOOR -> {
        if (has && capacity > floor) {
          floor = capacity;
          floorIndex = index;
        }
      }
    }
  }

  /**
   * Whether {@link #close(Hold)} would read its scale-in block: no scale-out was offered and a scale-in was. Lets the
   * engine skip asking the group and the cooldowns on the usual quiet evaluation.
   */
  public boolean scaleInOffered() {
    return outIndex == NONE && ((consensus && consensusIndex != NONE) || independentIndex != NONE);
  }

  /** {@link #close(Hold)} with {@link Hold#WARMING} when {@code scaleInBlocked}. */
  public int close(boolean scaleInBlocked) {
    return close(scaleInBlocked ? Hold.WARMING : Hold.NONE);
  }

  /**
   * Ends the combination: returns the index of the policy whose proposal becomes desired capacity, or {@link #NONE}
   * (then {@link #hold()} says why).
   *
   * @param scaleInBlock what blocks scale-in now — {@link Hold#WARMING} while instances launched by a scale-out warm
   *     up, {@link Hold#LAUNCH_COOLDOWN} during the launch cooldown — or {@link Hold#NONE}: no scale-in wins then
   */
  public int close(Hold scaleInBlock) {
    int winner = NONE;
    int capacity = current;
    if (outIndex != NONE) {
      winner = outIndex;
      capacity = outCapacity;
    } else {
      boolean agreed = consensus && consensusIndex != NONE;
      if ((agreed || independentIndex != NONE) && scaleInBlock != Hold.NONE) {
        return held(scaleInBlock, agreed ? consensusIndex : independentIndex);
      }
      if (agreed) {
        winner = consensusIndex;
        capacity = consensusCapacity;
      }
      if (independentIndex != NONE && (winner == NONE || independentCapacity > capacity)) {
        winner = independentIndex;
        capacity = independentCapacity;
      }
    }
    if (winner == NONE) {
      if (consensusIndex != NONE) {
        return held(Hold.POLICY_DISAGREES, dissentIndex);
      }
      return stayIndex != NONE ? held(Hold.EQUALS_CURRENT, stayIndex) : held(quiet, quietIndex);
    }
    if (capacity < current && floor >= current) {
      return held(Hold.PREDICTIVE_FLOOR, floorIndex); // a scale-in stops at the predictive floor (§5.2: the maximum)
    }
    if (capacity < current) {
      capacity = Math.max(capacity, floor);
    }
    int clamped = Adjustments.clamp(capacity, minSize, maxSize);
    if (clamped == current) {
      return held(capacity > current ? Hold.AT_MAX_SIZE : Hold.AT_MIN_SIZE, winner);
    }
    result = clamped;
    return winner;
  }

  private int held(Hold why, int index) {
    return held(why.ordinal(), index);
  }

  private int held(int why, int index) {
    hold = why;
    holdIndex = why == Hold.NONE_ORDINAL ? NONE : index;
    return NONE;
  }

  /** Why {@link #close} returned {@link #NONE} ({@link Hold#NONE} when it did not, or nobody had a reason). */
  public Hold hold() {
    return Hold.ofOrdinal(hold);
  }

  /** {@link #hold()} as its ordinal, for the engine's per-minute path. */
  int holdOrdinal() {
    return hold;
  }

  /** The policy {@link #hold()} concerns, or {@link #NONE}. */
  public int holdIndex() {
    return holdIndex;
  }

  /** The desired capacity after {@link #close}: the winner's clamped proposal, or the current one. */
  public int desired() {
    return result;
  }
}
