package io.netaudit.eval;

import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import io.netaudit.agent.Snmprec;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Serves every {@code .snmprec} recording of a folder from its own loopback address, in a process
 * of its own, until it is killed: the agents of the endpoint benchmarks ({@code
 * bench/endpoints-bench.sh}), so that the scanner's memory is measured without the agents' MIBs.
 * Writes the addresses to HOSTS (default {@code hosts.txt} in the folder) once every agent answers.
 *
 * <p>Usage: {@code ReplayAgents FOLDER FIRST_ADDRESS PORT [HOSTS]} (e.g. {@code 127.111.0.1
 * 11162}).
 */
public final class ReplayAgents {
  private ReplayAgents() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    byte[] first = InetAddress.getByName(args[1]).getAddress();
    if (first[0] != 127) {
      throw new IllegalArgumentException("loopback (127.0.0.0/8) only: " + args[1]);
    }
    int port = Integer.parseInt(args[2]);
    Path hostsFile = args.length > 3 ? Path.of(args[3]) : dir.resolve("hosts.txt");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".snmprec")).sorted().toList();
    }
    List<SimulatedDevice> devices = new ArrayList<>();
    StringBuilder hosts = new StringBuilder();
    for (int i = 0; i < files.size(); i++) {
      int n = java.nio.ByteBuffer.wrap(first).getInt() + i;
      InetAddress address =
          InetAddress.getByAddress(java.nio.ByteBuffer.allocate(4).putInt(n).array());
      if (!address.isLoopbackAddress()) {
        throw new IllegalArgumentException("too many recordings for 127.0.0.0/8 from " + args[1]);
      }
      devices.add(new SimulatedDevice(address, Snmprec.load(files.get(i))));
      hosts.append(address.getHostAddress()).append('\n');
    }
    try (SimulatedNetwork network = SimulatedNetwork.start(devices, port)) {
      Path partial = hostsFile.resolveSibling(hostsFile.getFileName() + ".tmp");
      Files.writeString(partial, hosts, StandardCharsets.US_ASCII);
      Files.move(partial, hostsFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      System.out.println(files.size() + " agents on port " + network.port());
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
