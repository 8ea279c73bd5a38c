package news.archive.io;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Pools of worker threads that never keep the program alive, and their stop. */
public final class Workers {

  private Workers() {}

  /** A pool of this many daemon threads of this name, its queue unbounded. */
  public static ThreadPoolExecutor daemons(int threads, String name) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Stops a pool: work not begun is dropped, work under way finishes. Returns only when no thread
   * of the pool runs any more (so that the caller may, say, release a lock the work needed); an
   * interrupt meanwhile is kept for the caller, not obeyed.
   */
  public static void stop(ThreadPoolExecutor pool) {
    pool.shutdown();
    pool.getQueue().clear();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
