package io.asyncgen.it.demo;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The events the demo's main thread waits for (handed over by the handler, which runs on the
 * transport's thread and must not block): the next one of a type, or the error that came instead.
 */
final class Milestones {
  private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
  private final Duration timeout;

  Milestones(Duration timeout) {
    this.timeout = timeout;
  }

  void arrived(Object event) {
    arrived.add(event);
  }

  /** A failure to report instead of the awaited event (an {@code error} event, a closed connection). */
  void failed(String why) {
    arrived.add(new Failure(why));
  }

  /** Waits for the next milestone of {@code type}, skipping others; fails on an error or after the timeout. */
  <T> T await(Class<T> type) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Object next = arrived.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new IllegalStateException("no " + type.getSimpleName() + " within " + timeout.toSeconds() + " s");
      }
      if (next instanceof Failure failure) {
        throw new IllegalStateException(failure.why());
      }
      if (type.isInstance(next)) {
        return type.cast(next);
      }
    }
  }

  private record Failure(String why) {
  }
}
