package dev.asgsim.simulator.report;

import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.RecordSink;
import dev.asgsim.simulator.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands a run's records to sinks on writer threads, one thread per sink, so that formatting timeline.csv and digesting
 * the rows for the chart and the report run beside the minute loop (issue 15: a simulated year was half formatting, and
 * the formatting and the digest each cost about as much as the loop: on two cores the three share them). Each sink
 * sees exactly the calls it would have seen on the run's thread, in the same order, so the files are the same bytes:
 * rows are copied out of the run's ring ({@link Timeline#copyRow}) into chunks of {@value #CHUNK} rows, each chunk
 * with the activities and not-scaled records that came between its rows, at their places; every writer replays every
 * chunk, which is reused when the last of them is done with it.
 *
 * <p>A failure of a sink (a full disk) stops every writer; the run's thread gets it at its next hand-off or at
 * {@link #finish}, as it would have got it from the sink itself.
 */
final class RecordHandOff implements RecordSink {
  /**
   * Rows per chunk: a few hundred kilobytes, few enough hand-offs that they cost nothing next to the rows; a power of
   * two, so that the writers' reads of the chunk's ring mask instead of dividing ({@code Timeline.slot}).
   */
  static final int CHUNK = 4096;
  /** Chunks in flight: the loop runs at most this far ahead of the slowest writer, which bounds the memory. */
  private static final int CHUNKS = 3;

  private final List<Writer> writers = new ArrayList<>();
  private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
  private int allocated;
  private Chunk current;
  /** What stopped the writers (the first failure); read by the run's thread after a hand-off. */
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean cancelled;

  /** One writer thread per sink; a sink's calls stay on its thread, in the run's order. */
  RecordHandOff(RecordSink... sinks) {
    for (int i = 0; i < sinks.length; i++) {
      writers.add(new Writer(sinks[i], "asgsim-writer" + (i == 0 ? "" : "-" + (i + 1))));
    }
    writers.forEach(w -> w.thread.start());
  }

  @Override
  public void timelineRow(Timeline t, int m) {
    Chunk c = chunk();
    if (c.rows == null) {
      c.rows = t.window(CHUNK);
    }
    if (c.count == 0) {
      c.first = m;
    }
    c.rows.copyRow(t, m);
    if (++c.count == CHUNK) {
      handOff();
    }
  }

  @Override
  public void activity(Activity a) {
    Chunk c = chunk();
    c.records.add(a);
    c.recordAt.add(c.count);
  }

  @Override
  public void notScaled(NotScaled n) {
    Chunk c = chunk();
    c.records.add(n);
    c.recordAt.add(c.count);
  }

  /** Waits until the sink has had every record; rethrows what stopped it. */
  void finish() {
    if (current != null && (current.count > 0 || !current.records.isEmpty())) {
      handOff();
    }
    for (Writer w : writers) {
      put(w, Chunk.END);
    }
    join();
    rethrow();
  }

  /** Stops the writer without waiting for the rest (the run failed: its files are discarded). */
  void cancel() {
    cancelled = true;
    for (Writer w : writers) {
      w.full.clear(); // this thread is the only one that puts: END then fits even if the writer has gone
      w.full.offer(Chunk.END);
    }
    join();
  }

  private Chunk chunk() {
    if (current == null) {
      Chunk c = free.poll();
      if (c == null && allocated < CHUNKS) {
        allocated++;
        c = new Chunk();
      }
      current = c != null ? c : take(free);
    }
    return current;
  }

  private void handOff() {
    rethrow();
    current.pending.set(writers.size());
    for (Writer w : writers) {
      put(w, current);
    }
    current = null;
  }

  private void put(Writer w, Chunk c) {
    try {
      w.full.put(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled = true;
      writers.forEach(o -> o.thread.interrupt());
      throw new IllegalStateException("interrupted while writing the outputs", e);
    }
  }

  private static Chunk take(BlockingQueue<Chunk> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the outputs", e);
    }
  }

  private void join() {
    try {
      for (Writer w : writers) {
        w.thread.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() {
    Throwable f = failure.get();
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
  }

  /** A sink and its thread, which replays each chunk into it; after a failure or a cancel it only drains its queue. */
  private final class Writer {
    final RecordSink sink;
    final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
    final Thread thread;

    Writer(RecordSink sink, String name) {
      this.sink = sink;
      this.thread = new Thread(this::write, name);
      thread.setDaemon(true); // never holds the JVM up (Ctrl-C: AtomicFiles' hook removes the temporary files)
    }

    private void write() {
      try {
        for (Chunk c = full.take(); c != Chunk.END; c = full.take()) {
          if (failure.get() == null && !cancelled) {
            try {
              replay(c);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
          if (c.pending.decrementAndGet() == 0) { // the last writer done with it: the run may refill it
            c.clear();
            free.offer(c);
          }
        }
      } catch (InterruptedException e) {
        // cancelled while the run's thread was interrupted: nothing more is written
      }
    }

    private void replay(Chunk c) {
      int row = 0;
      for (int i = 0; i < c.records.size(); i++) {
        for (int at = c.recordAt.get(i); row < at; row++) {
          sink.timelineRow(c.rows, c.first + row);
        }
        Object r = c.records.get(i);
        if (r instanceof Activity a) {
          sink.activity(a);
        } else {
          sink.notScaled((NotScaled) r);
        }
      }
      for (; row < c.count; row++) {
        sink.timelineRow(c.rows, c.first + row);
      }
    }
  }

  /** Up to {@value #CHUNK} consecutive rows, and the records that came among them: before row {@code recordAt[i]}. */
  private static final class Chunk {
    static final Chunk END = new Chunk();

    Timeline rows;
    int first;
    int count;
    final List<Object> records = new ArrayList<>();
    final List<Integer> recordAt = new ArrayList<>();
    /** Writers yet to replay it. */
    final AtomicInteger pending = new AtomicInteger();

    void clear() {
      count = 0;
      records.clear();
      recordAt.clear();
    }
  }
}
