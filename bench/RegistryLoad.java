// Start-up cost of the bundled registries: reading their dates, then parsing the full IEEE table (46,521 MA-L,
// MA-M, MA-S and IAB assignments, gzip) on its first lookup. Usage, after ./mvnw -q compile:
//   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/classes bench/RegistryLoad.java
public class RegistryLoad {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    io.netaudit.identify.Registries r = io.netaudit.identify.Registries.loadBundled();
    long t1 = System.nanoTime();
    var hit = r.oui().lookup("44:19:b6:3c:51:0e");
    long t2 = System.nanoTime();
    System.out.printf(
        "registry dates %d ms; IEEE table parse + first lookup %d ms (%s)%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, hit.map(a -> a.organisation()).orElse("?"));
  }
}
