package io.netaudit.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A collector process for {@link StoreKillTest}: writes a run of {@code rows} rows into the store
 * and, after {@code pauseAfter} of them (already sent to the database inside the open transaction),
 * prints "midway" and waits to be killed.
 *
 * <p>Arguments: store URL, password file ("-" for none), rows, pauseAfter.
 */
public final class StoreWriterChild {
  private StoreWriterChild() {}

  public static void main(String[] args) throws Exception {
    StoreLocation location = StoreLocation.parse(args[0]);
    char[] password =
        args[1].equals("-")
            ? null
            : Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).strip().toCharArray();
    Store store = Store.open(location, "netaudit", password);
    System.out.println("open");
    System.out.flush();
    PausingRows rows =
        new PausingRows(
            Integer.parseInt(args[2]),
            Integer.parseInt(args[3]),
            () -> {
              System.out.println("midway");
              System.out.flush();
              try {
                Thread.sleep(120_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    store.write(
        StoreRows.run("lab", StoreRows.T0), rows, Coverage.ALL, new WriteOptions(true, 3, 0));
    System.out.println("written");
  }
}
