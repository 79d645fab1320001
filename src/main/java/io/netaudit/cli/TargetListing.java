package io.netaudit.cli;

import io.netaudit.text.AddressText;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/** {@code netaudit scan --list-targets}: prints the expanded target set and sends nothing. */
final class TargetListing {
  private TargetListing() {}

  /**
   * One address per line, streamed: constant memory for any size (a /8 is 16,777,216 lines). IPv4
   * addresses are formatted straight into a reused byte buffer rather than through a String each;
   * IPv6 ones go through {@link AddressText}, the text every report uses.
   */
  static int print(CliContext ctx, Iterable<InetAddress> targets) throws IOException {
    OutputStream out = ctx.out();
    byte[] buf = new byte[1 << 16];
    int n = 0;
    for (InetAddress a : targets) {
      if (n > buf.length - 64) {
        out.write(buf, 0, n);
        n = 0;
      }
      if (a instanceof Inet4Address) {
        byte[] b = a.getAddress();
        for (int i = 0; i < 4; i++) {
          if (i > 0) {
            buf[n++] = '.';
          }
          int v = b[i] & 0xFF;
          if (v >= 100) {
            buf[n++] = (byte) ('0' + v / 100);
            buf[n++] = (byte) ('0' + v / 10 % 10);
          } else if (v >= 10) {
            buf[n++] = (byte) ('0' + v / 10);
          }
          buf[n++] = (byte) ('0' + v % 10);
        }
      } else {
        byte[] text = AddressText.of(a).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, buf, n, text.length);
        n += text.length;
      }
      buf[n++] = '\n';
    }
    out.write(buf, 0, n);
    out.flush();
    return ExitCodes.OK;
  }
}
