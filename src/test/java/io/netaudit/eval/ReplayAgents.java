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
 * Writes the addresses to {@code hosts.txt} in the folder once every agent answers.
 *
 * <p>Usage: {@code ReplayAgents FOLDER FIRST_ADDRESS PORT} (e.g. {@code 127.111.0.1 11162}).
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
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".snmprec")).sorted().toList();
    }
    List<SimulatedDevice> devices = new ArrayList<>();
    StringBuilder hosts = new StringBuilder();
    for (int i = 0; i < files.size(); i++) {
      byte[] a = first.clone();
      a[3] = (byte) ((first[3] & 0xff) + i);
      InetAddress address = InetAddress.getByAddress(a);
      devices.add(new SimulatedDevice(address, Snmprec.load(files.get(i))));
      hosts.append(address.getHostAddress()).append('\n');
    }
    try (SimulatedNetwork network = SimulatedNetwork.start(devices, port)) {
      Files.writeString(dir.resolve("hosts.txt"), hosts, StandardCharsets.US_ASCII);
      System.out.println(files.size() + " agents on port " + network.port());
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
