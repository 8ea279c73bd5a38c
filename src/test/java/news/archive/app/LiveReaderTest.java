package news.archive.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.archive.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leases of a live reader: each sees the commit of its moment, and outlives the reader's refresh.
 */
class LiveReaderTest {

  @TempDir Path tmp;

  private static int count(LiveReader.Lease lease, String word) {
    Reader r = lease.reader();
    return r.count(r.query(word, DateRange.ALL));
  }

  private Path article(String name, String text) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in-" + name));
    Files.writeString(dir.resolve(name + ".txt"), text);
    return dir;
  }

  @Test
  void aLeaseKeepsItsCommitWhileNewerOnesAreOpenedAndClosed() throws IOException {
    List<String> notices = new ArrayList<>();
    Archive archive = Imports.archive(tmp.resolve("store"), notices);
    Imports.run(
        archive,
        article("one", "Ferry strike\n\n3 May 2018\n\nThe ferry crews of the harbour struck.\n")
            .toString());
    try (LiveReader live = archive.live()) {
      LiveReader.Lease first = live.lease();
      assertEquals(1, count(first, "ferry"));
      Imports.run(
          archive,
          article("two", "Ferry talks\n\n4 May 2018\n\nTalks on the ferry strike began.\n")
              .toString());
      live.refresh();
      try (LiveReader.Lease second = live.lease()) {
        assertEquals(2, count(second, "ferry"), "a lease taken after the refresh sees the import");
        assertEquals(1, count(first, "ferry"), "the first lease still reads its own commit");
      }
      Imports.run(
          archive,
          article("three", "Ferry deal\n\n5 May 2018\n\nThe ferry strike ended in a deal.\n")
              .toString());
      live.refresh();
      // the second commit's reader has had its last lease closed and been replaced: the first
      // lease's reader, older still, must not have been closed with it
      assertEquals(1, count(first, "ferry"));
      first.close();
      first.close(); // a second close is harmless
      try (LiveReader.Lease third = live.lease()) {
        assertEquals(3, count(third, "ferry"));
      }
    }
    assertEquals(List.of(), notices);
  }
}
