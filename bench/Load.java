// A load generator for `archive serve`: several connections, each sending GET requests in turn,
// either as fast as answers come (closed loop) or at a fixed total rate (open loop, where each
// request's time counts from when it was due, so that a slow answer delays no measurement).
//
//   java bench/Load.java URLS_FILE [--connections 8] [--seconds 30] [--rate 0] [--warmup 0]
//
// URLS_FILE holds one address per line, used in turn. Prints one JSON object: requests, errors
// (any status but 200, or no answer), requests per second, and the median, 90th and 99th
// percentile and the largest time of an answer, in milliseconds.

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

public class Load {
  public static void main(String[] args) throws Exception {
    List<URI> urls = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        urls.add(URI.create(line.strip()));
      }
    }
    int connections = 8;
    double seconds = 30;
    double rate = 0;
    int warmup = 0;
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--connections" -> connections = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
        case "--rate" -> rate = Double.parseDouble(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    HttpClient[] clients = new HttpClient[connections];
    for (int c = 0; c < connections; c++) {
      clients[c] =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }
    for (int i = 0; i < warmup; i++) {
      clients[i % connections].send(
          HttpRequest.newBuilder(urls.get(i % urls.size())).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    final double perSecond = rate;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    double interval = rate > 0 ? 1e9 / rate : 0;
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<long[]> times = new ArrayList<>();
    Thread[] workers = new Thread[connections];
    for (int c = 0; c < connections; c++) {
      HttpClient client = clients[c];
      long[][] mine = {new long[1 << 16]};
      int[] count = {0};
      workers[c] =
          new Thread(
              () -> {
                while (true) {
                  long n = next.getAndIncrement();
                  long due = perSecond > 0 ? start + (long) (n * interval) : System.nanoTime();
                  if (due >= end) {
                    break;
                  }
                  long wait = due - System.nanoTime();
                  if (wait > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  try {
                    HttpResponse<Void> r =
                        client.send(
                            HttpRequest.newBuilder(urls.get((int) (n % urls.size())))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  long took = System.nanoTime() - due;
                  if (count[0] == mine[0].length) {
                    mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                  }
                  mine[0][count[0]++] = took;
                }
                synchronized (times) {
                  times.add(Arrays.copyOf(mine[0], count[0]));
                }
              });
      workers[c].start();
    }
    for (Thread t : workers) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = times.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"requests\": %d, \"errors\": %d, \"per_second\": %.1f, \"median_ms\": %.2f,"
            + " \"p90_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f}%n",
        all.length,
        errors.get(),
        all.length / elapsed,
        at(all, 0.5),
        at(all, 0.9),
        at(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
