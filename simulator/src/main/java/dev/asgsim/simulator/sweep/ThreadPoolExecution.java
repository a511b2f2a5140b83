package dev.asgsim.simulator.sweep;

import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a sweep's simulations on a fixed pool of this JVM's threads, taking requests only as threads free up, so that
 * memory stays flat however many points the sweep has. A cancel starts no new simulation and interrupts running ones.
 */
public final class ThreadPoolExecution implements SweepExecution {
  /** Requests queued per thread: enough to keep every thread busy, few enough to keep memory flat. */
  private static final int QUEUED_PER_THREAD = 32;
  private final int threads;

  public ThreadPoolExecution(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  public int threads() {
    return threads;
  }

  @Override
  public void run(Iterator<RunRequest> requests, PointRunner runner, Consumer<RunOutcome> done,
      BooleanSupplier cancelled) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Semaphore window = new Semaphore(threads * QUEUED_PER_THREAD);
    boolean interrupted = false;
    try {
      while (requests.hasNext()) {
        window.acquire();
        RunRequest request = requests.next();
        pool.execute(() -> {
          try {
            RunOutcome outcome = cancelled.getAsBoolean() ? RunOutcome.cancelled(request)
                : RunOutcome.run(runner, request);
            // A run interrupted by the cancel failed because of it: not a finding about the point.
            done.accept(outcome.failure() != null && cancelled.getAsBoolean() ? RunOutcome.cancelled(request) : outcome);
          } finally {
            window.release();
          }
        });
      }
    } catch (InterruptedException e) {
      interrupted = true;
      throw e;
    } finally {
      if (interrupted || cancelled.getAsBoolean()) {
        pool.shutdownNow();
      } else {
        pool.shutdown();
      }
      awaitQuietly(pool);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
        pool.shutdownNow();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "asgsim-sweep-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
