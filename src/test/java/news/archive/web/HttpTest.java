package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The tests' own client gives up on a server that never answers, rather than wait for ever. */
class HttpTest {

  @Test
  // A read that blocks is not interrupted: without the client's own timeout only a separate thread
  // can end this test.
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aServerThatAcceptsAndNeverAnswersEndsInATimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Http http = new Http(silent.getLocalPort(), Duration.ofMillis(200));
      Thread accepting =
          new Thread(
              () -> {
                try (Socket held = silent.accept()) {
                  // reads nothing, answers nothing, until the client has gone
                  held.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                  // the client gave up: what the test waits for
                }
              });
      accepting.start();
      assertThrows(SocketTimeoutException.class, () -> http.get("/"));
      accepting.join();
    }
  }
}
