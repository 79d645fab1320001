package io.netaudit.agent;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * Real SNMP agents, in process: one UDP socket per device address (so replies come from the address
 * that was asked), all on the same port, served by one SNMP4J session. Used by {@code netaudit
 * demo} and by the end-to-end tests; it binds only the addresses it is given, and refuses any that
 * is not loopback.
 */
public final class SimulatedNetwork implements AutoCloseable, CommandResponder {
  private static final int GOES_SILENT_AFTER = 40;

  private final Snmp snmp;
  private final Map<InetAddress, SimulatedDevice> devices;
  private final Map<InetAddress, AtomicInteger> requestsSeen = new HashMap<>();
  private final ScheduledExecutorService delayed;
  private final int port;

  private SimulatedNetwork(Snmp snmp, Map<InetAddress, SimulatedDevice> devices, int port) {
    this.snmp = snmp;
    this.devices = devices;
    this.port = port;
    for (InetAddress a : devices.keySet()) {
      requestsSeen.put(a, new AtomicInteger());
    }
    this.delayed =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "simulated-agent-delay");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts agents for the devices on {@code port}, or on a free port shared by all addresses when
   * {@code port} is 0.
   */
  public static SimulatedNetwork start(List<SimulatedDevice> devices, int port) throws IOException {
    Map<InetAddress, SimulatedDevice> byAddress = new HashMap<>();
    for (SimulatedDevice d : devices) {
      if (!d.address().isLoopbackAddress()) {
        throw new IllegalArgumentException(
            "simulated devices live on loopback only: " + d.address());
      }
      if (byAddress.put(d.address(), d) != null) {
        throw new IllegalArgumentException(
            "two simulated devices on " + d.address().getHostAddress());
      }
    }
    IOException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      int chosen =
          port != 0
              ? port
              : freePort(
                  devices.isEmpty() ? InetAddress.getLoopbackAddress() : devices.get(0).address());
      try {
        return bind(byAddress, chosen);
      } catch (BindException e) {
        last = e;
        if (port != 0) {
          break;
        }
      }
    }
    throw last;
  }

  private static int freePort(InetAddress on) throws IOException {
    try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(on, 0))) {
      return s.getLocalPort();
    }
  }

  private static SimulatedNetwork bind(Map<InetAddress, SimulatedDevice> byAddress, int port)
      throws IOException {
    MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
    dispatcher.addMessageProcessingModel(new MPv1());
    dispatcher.addMessageProcessingModel(new MPv2c());
    Snmp snmp = new Snmp(dispatcher);
    List<DefaultUdpTransportMapping> transports = new ArrayList<>();
    try {
      for (InetAddress a : byAddress.keySet()) {
        DefaultUdpTransportMapping t = new DefaultUdpTransportMapping(new UdpAddress(a, port));
        transports.add(t);
        snmp.addTransportMapping(t);
      }
    } catch (IOException e) {
      for (DefaultUdpTransportMapping t : transports) {
        t.close();
      }
      throw e instanceof BindException ? e : new BindException(e.getMessage());
    }
    SimulatedNetwork network = new SimulatedNetwork(snmp, Map.copyOf(byAddress), port);
    snmp.addCommandResponder(network);
    snmp.listen();
    return network;
  }

  public int port() {
    return port;
  }

  /** How many requests a device received (for tests of retries and politeness). */
  public int requestsSeen(InetAddress device) {
    AtomicInteger n = requestsSeen.get(device);
    return n == null ? 0 : n.get();
  }

  @Override
  public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
    Address local = event.getTransportMapping().getListenAddress();
    if (!(local instanceof UdpAddress)) {
      return;
    }
    SimulatedDevice device = devices.get(((UdpAddress) local).getInetAddress());
    if (device == null) {
      return;
    }
    event.setProcessed(true);
    int seen = requestsSeen.get(device.address()).incrementAndGet();
    boolean v1 = event.getMessageProcessingModel() == org.snmp4j.mp.MessageProcessingModel.MPv1;
    AgentMib mib =
        device.mibFor(
            new String(event.getSecurityName(), java.nio.charset.StandardCharsets.ISO_8859_1));
    if (mib == null
        || (device.fault() == Fault.V1_ONLY && !v1)
        || (device.fault() == Fault.DROP_FIRST_TWO && seen <= 2)
        || (device.fault() == Fault.GOES_SILENT && seen > GOES_SILENT_AFTER)) {
      return; // real agents stay silent on a wrong community
    }
    PDU response =
        AgentAnswers.fitted(
            AgentAnswers.answer(device, mib, event.getPDU(), v1), event.getPDU().getType());
    Runnable reply =
        () -> {
          int copies = device.fault() == Fault.DUPLICATE ? 3 : 1;
          for (int i = 0; i < copies; i++) {
            send(event, response);
          }
        };
    if (device.delay().isZero()) {
      reply.run();
    } else {
      delayed.schedule(reply, device.delay().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static <A extends Address> void send(CommandResponderEvent<A> event, PDU response) {
    try {
      event
          .getMessageDispatcher()
          .returnResponsePdu(
              event.getMessageProcessingModel(),
              event.getSecurityModel(),
              event.getSecurityName(),
              event.getSecurityLevel(),
              response,
              event.getMaxSizeResponsePDU(),
              event.getStateReference(),
              new StatusInformation());
    } catch (MessageException e) {
      // The manager went away; nothing to do for a simulator.
    }
  }

  @Override
  public void close() throws IOException {
    delayed.shutdownNow();
    snmp.close();
  }
}
