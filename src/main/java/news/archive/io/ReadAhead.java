package news.archive.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Work done ahead on a pool of threads, its results taken in the order it was handed in, so that
 * what the caller makes of them does not depend on timing. A bounded number of tasks, and of what
 * they cost (their bytes, as a rule), is ahead of the one taken; the bounds keep memory flat
 * however much work there is.
 *
 * <p>Used from one thread, the one that hands in and takes; the tasks run on the pool, which the
 * caller owns (it may give the pool other work too). Closing drops the tasks not taken.
 *
 * @param <T> what a task gives
 */
public final class ReadAhead<T> implements AutoCloseable {

  private record Pending<T>(Future<T> result, long cost) {}

  private final ExecutorService pool;
  private final int most;
  private final long mostCost;
  private final String interruptedMessage;
  private final Deque<Pending<T>> ahead = new ArrayDeque<>();
  private long cost;

  /**
   * @param most tasks ahead at the most
   * @param mostCost what the tasks ahead may cost together at the most
   * @param interruptedMessage the message of the exception that a wait cut short throws
   */
  public ReadAhead(ExecutorService pool, int most, long mostCost, String interruptedMessage) {
    this.pool = pool;
    this.most = most;
    this.mostCost = mostCost;
    this.interruptedMessage = interruptedMessage;
  }

  /**
   * Whether a task of this cost may go ahead now: always when none is ahead (so that a task larger
   * than the bound still runs), otherwise while both bounds still hold with it.
   */
  public boolean hasRoom(long cost) {
    return ahead.isEmpty() || (ahead.size() < most && this.cost + cost <= mostCost);
  }

  /** Starts a task on the pool; its result is taken after those handed in before. */
  public void submit(Callable<T> task, long cost) {
    this.cost += cost;
    ahead.add(new Pending<>(pool.submit(task), cost));
  }

  /** A result known already, taken in its turn among the tasks. */
  public void add(T result, long cost) {
    this.cost += cost;
    ahead.add(new Pending<>(CompletableFuture.completedFuture(result), cost));
  }

  public boolean isEmpty() {
    return ahead.isEmpty();
  }

  /**
   * The result of the oldest task, once it is there. A failure of the task is thrown here as what
   * it is; a wait that is interrupted throws an {@link IOException}, the thread's interrupt kept.
   *
   * @throws java.util.NoSuchElementException when nothing is ahead
   */
  public T next() throws IOException {
    Pending<T> next = ahead.remove();
    T result = await(next.result());
    cost -= next.cost();
    return result;
  }

  /** Drops the tasks not taken: those not begun never run. */
  @Override
  public void close() {
    for (Pending<T> p : ahead) {
      p.result().cancel(false);
    }
    ahead.clear();
    cost = 0;
  }

  private T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(interruptedMessage, e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /**
   * A failure on another thread, to be thrown again on this one as what it is: an I/O error is
   * returned (one wrapped unchecked unwrapped), an unchecked exception or an error is thrown here.
   */
  public static IOException rethrown(Throwable e) {
    if (e instanceof IOException io) {
      return io;
    }
    if (e instanceof UncheckedIOException io) {
      return io.getCause();
    }
    if (e instanceof RuntimeException re) {
      throw re;
    }
    if (e instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(e);
  }
}
