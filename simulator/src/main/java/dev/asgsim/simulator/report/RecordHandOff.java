package dev.asgsim.simulator.report;

import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.RecordSink;
import dev.asgsim.simulator.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands a run's records to a sink on a writer thread, so that formatting timeline.csv and digesting the rows for the
 * chart and the report run on the second core while the minute loop goes on (issue 15: a simulated year was half
 * formatting). The sink sees exactly the calls it would have seen on the run's thread, in the same order, so the
 * files are the same bytes: rows are copied out of the run's ring ({@link Timeline#copyRow}) into chunks of
 * {@value #CHUNK} rows, each chunk with the activities and not-scaled records that came between its rows, at their
 * places.
 *
 * <p>A failure of the sink (a full disk) stops the writer; the run's thread gets it at its next hand-off or at
 * {@link #finish}, as it would have got it from the sink itself.
 */
final class RecordHandOff implements RecordSink {
  /**
   * Rows per chunk: a few hundred kilobytes, few enough hand-offs that they cost nothing next to the rows; a power of
   * two, so that the writers' reads of the chunk's ring mask instead of dividing ({@code Timeline.slot}).
   */
  static final int CHUNK = 4096;
  /** Chunks in flight: the loop runs at most this far ahead of the writer, which bounds the memory. */
  private static final int CHUNKS = 3;

  private final RecordSink sink;
  private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
  private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
  private final Thread writer;
  private int allocated;
  private Chunk current;
  /** What stopped the writer; read by the run's thread after a hand-off. */
  private volatile Throwable failure;
  private volatile boolean cancelled;

  RecordHandOff(RecordSink sink) {
    this.sink = sink;
    this.writer = new Thread(this::write, "asgsim-writer");
    writer.setDaemon(true); // never holds the JVM up (Ctrl-C: AtomicFiles' hook removes the temporary files)
    writer.start();
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
    put(Chunk.END);
    join();
    rethrow();
  }

  /** Stops the writer without waiting for the rest (the run failed: its files are discarded). */
  void cancel() {
    cancelled = true;
    full.clear(); // this thread is the only one that puts: END then fits even if the writer has gone
    full.offer(Chunk.END);
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
    put(current);
    current = null;
  }

  private void put(Chunk c) {
    try {
      full.put(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled = true;
      writer.interrupt();
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
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() {
    Throwable f = failure;
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof Error e) {
      throw e;
    }
  }

  /** The writer thread: replays each chunk into the sink; after a failure or a cancel it only drains the queue. */
  private void write() {
    try {
      for (Chunk c = full.take(); c != Chunk.END; c = full.take()) {
        if (failure == null && !cancelled) {
          try {
            replay(c);
          } catch (RuntimeException | Error e) {
            failure = e;
          }
        }
        c.clear();
        free.offer(c);
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

  /** Up to {@value #CHUNK} consecutive rows, and the records that came among them: before row {@code recordAt[i]}. */
  private static final class Chunk {
    static final Chunk END = new Chunk();

    Timeline rows;
    int first;
    int count;
    final List<Object> records = new ArrayList<>();
    final List<Integer> recordAt = new ArrayList<>();

    void clear() {
      count = 0;
      records.clear();
      recordAt.clear();
    }
  }
}
