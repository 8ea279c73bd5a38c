package news.archive.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every request must show before it is read: a {@code Host} that names this server (a page of
 * another site that a rebinding of its name points here is refused), and, for a change, the
 * server's secret and no other site as its origin.
 */
final class Guard {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final int port;
  private final boolean anyAddress;
  private final Set<String> hosts = new HashSet<>();
  private final byte[] token;

  /**
   * @param bound the address and port the server listens on
   * @param token the secret of changes, or null when the server makes none
   */
  Guard(InetSocketAddress bound, String token) {
    this.port = bound.getPort();
    InetAddress address = bound.getAddress();
    this.anyAddress = address.isAnyLocalAddress();
    if (address.isLoopbackAddress() || anyAddress) {
      hosts.add("localhost:" + port);
      hosts.add("127.0.0.1:" + port);
      hosts.add("[::1]:" + port);
    }
    hosts.add(hostPort(address));
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  private String hostPort(InetAddress address) {
    String literal = address.getHostAddress();
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    return (literal.contains(":") ? "[" + literal + "]" : literal) + ":" + port;
  }

  /** The origins a change may come from: this server as a browser names it. */
  boolean sameOrigin(String origin) {
    if (origin == null) {
      return true;
    }
    String o = origin.toLowerCase(Locale.ROOT);
    return o.startsWith("http://") && host(o.substring("http://".length()));
  }

  /** Whether a {@code Host} header names this server. */
  boolean host(String header) {
    if (header == null) {
      return false;
    }
    String h = header.strip().toLowerCase(Locale.ROOT);
    if (hosts.contains(h)) {
      return true;
    }
    // listening on every address: any address of this machine, written as an address, not a name
    if (anyAddress && h.endsWith(":" + port)) {
      String name = h.substring(0, h.length() - (":" + port).length());
      return IPV4.matcher(name).matches() || (name.startsWith("[") && name.endsWith("]"));
    }
    return false;
  }

  /** Whether the secret given is the server's, compared in constant time. */
  boolean token(String given) {
    return token != null
        && given != null
        && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }
}
