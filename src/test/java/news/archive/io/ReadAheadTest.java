package news.archive.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private final ThreadPoolExecutor pool = Workers.daemons(4, "read-ahead-test");

  @AfterEach
  void stop() {
    Workers.stop(pool);
  }

  @Test
  void resultsComeInTheOrderTheTasksWereHandedIn() throws IOException {
    CountDownLatch lastDone = new CountDownLatch(1);
    List<Integer> taken = new ArrayList<>();
    try (ReadAhead<Integer> ahead = new ReadAhead<>(pool, 10, 100, "interrupted")) {
      ahead.submit(
          () -> {
            lastDone.await(); // the first finishes after the others
            return 0;
          },
          1);
      ahead.add(1, 0);
      ahead.submit(
          () -> {
            lastDone.countDown();
            return 2;
          },
          1);
      while (!ahead.isEmpty()) {
        taken.add(ahead.next());
      }
    }
    assertEquals(List.of(0, 1, 2), taken);
  }

  @Test
  void roomIsBoundedByCountAndCostButOneTaskAlwaysFits() throws IOException {
    try (ReadAhead<String> ahead = new ReadAhead<>(pool, 2, 10, "interrupted")) {
      assertTrue(ahead.hasRoom(1000), "nothing ahead: even a large task goes");
      ahead.submit(() -> "a", 6);
      assertTrue(ahead.hasRoom(4));
      assertFalse(ahead.hasRoom(5), "over the cost");
      ahead.submit(() -> "b", 1);
      assertFalse(ahead.hasRoom(1), "over the count");
      assertEquals("a", ahead.next());
      assertTrue(ahead.hasRoom(9), "what was taken no longer counts");
      assertFalse(ahead.hasRoom(10));
    }
  }

  @Test
  void aTasksFailureIsThrownAsWhatItIs() {
    IOException io = new IOException("disk");
    try (ReadAhead<String> ahead = new ReadAhead<>(pool, 4, 100, "interrupted")) {
      ahead.submit(
          () -> {
            throw io;
          },
          1);
      ahead.submit(
          () -> {
            throw new UncheckedIOException(io);
          },
          1);
      ahead.submit(
          () -> {
            throw new OutOfMemoryError("simulated");
          },
          1);
      assertSame(io, assertThrows(IOException.class, ahead::next));
      assertSame(io, assertThrows(IOException.class, ahead::next));
      assertEquals("simulated", assertThrows(OutOfMemoryError.class, ahead::next).getMessage());
    }
  }

  @Test
  void anInterruptedWaitThrowsWithTheGivenMessageAndKeepsTheInterrupt() {
    CountDownLatch never = new CountDownLatch(1);
    try (ReadAhead<String> ahead = new ReadAhead<>(pool, 4, 100, "walk interrupted")) {
      ahead.submit(
          () -> {
            never.await();
            return "late";
          },
          1);
      Thread.currentThread().interrupt();
      IOException e = assertThrows(IOException.class, ahead::next);
      assertEquals("walk interrupted", e.getMessage());
      assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
    } finally {
      never.countDown();
    }
  }
}
