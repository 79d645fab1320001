package io.netaudit.demo;

import io.netaudit.agent.AgentMib;
import io.netaudit.agent.Fault;
import io.netaudit.agent.SimulatedDevice;
import io.netaudit.agent.SimulatedNetwork;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * The built-in demo network: a realistic mix of restricted, review and compliant makers, the
 * identification traps netaudit must not fall into, a few misbehaving agents and silent addresses,
 * all on 127.77.0.0/27 (loopback only).
 */
public final class DemoNetwork {
  public static final String PREFIX = "127.77.0.";
  public static final String TARGETS = PREFIX + "0/27";

  private static final List<DemoDevice> DEVICES =
      List.of(
          DemoDevice.of(
              1,
              "S5720-28X-SI-AC\r\nHuawei Versatile Routing Platform Software\r\nVRP (R) software, "
                  + "Version 5.170 (S5720 V200R011C10SPC600)\r\nCopyright (C) 2000-2018 HUAWEI TECH Co., Ltd",
              "1.3.6.1.4.1.2011.2.23.421",
              "core-sw-01",
              "DC1 row A"),
          DemoDevice.of(
              2,
              "Huawei AR2220 Huawei Versatile Routing Platform Software VRP (R) software, Version 5.160 "
                  + "(AR2200 V200R009C00SPC500)",
              "1.3.6.1.4.1.2011.2.224.67",
              "branch-rtr-07",
              "Branch 7"),
          DemoDevice.of(
              3,
              "ZTE Ethernet Switch ZXR10 5250-52TM, Version: V2.05.11B23, Release software",
              "1.3.6.1.4.1.3902.3.100.21",
              "access-sw-12",
              "Floor 2"),
          DemoDevice.of(
              4,
              "ZXR10 ROS Version V4.08.23 ZXR10 M6000-3S Software, Copyright (c) 2000-2018 by ZTE Corporation",
              "1.3.6.1.4.1.3902.3.1.15",
              "pe-rtr-02",
              "POP Brno"),
          DemoDevice.of(
              5,
              "Hikvision DS-7608NI-K2 Network Video Recorder",
              "1.3.6.1.4.1.50001.1.1",
              "nvr-lobby",
              "Lobby"),
          DemoDevice.of(6, "Linux", "1.3.6.1.4.1.8072.3.2.10", "cam-gate-2", "Gate 2"),
          DemoDevice.of(7, "DH-NVR4208-8P-4KS2", "1.3.6.1.4.1.1004849.2.1", "nvr-yard", "Yard"),
          DemoDevice.of(
              8,
              "H3C Comware Platform Software, Software Version 7.1.070, Release 6616\r\nH3C S6520X-30QC-EI"
                  + "\r\nCopyright (c) 2004-2021 New H3C Technologies Co., Ltd. All rights reserved.",
              "1.3.6.1.4.1.25506.1.2095",
              "agg-sw-03",
              "DC1 row B"),
          DemoDevice.of(
              9,
              "HPE 1920-24G Switch Software Version 5.20.99, Release 1116\r\nHPE Comware Platform Software, "
                  + "Software Version 5.20.99\r\nCopyright (c) 2010-2017 Hewlett Packard Enterprise Development LP",
              "1.3.6.1.4.1.25506.11.1.166",
              "office-sw-1",
              "Office"),
          DemoDevice.of(
              10,
              "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4, RELEASE "
                  + "SOFTWARE (fc2)\r\nTechnical Support: http://www.cisco.com/techsupport\r\nCopyright (c) 1986-2021 by "
                  + "Cisco Systems, Inc.",
              "1.3.6.1.4.1.9.1.1208",
              "access-sw-01",
              "Huawei campus, building 4"),
          DemoDevice.of(
              11,
              "Juniper Networks, Inc. ex4300-48t Ethernet Switch, kernel JUNOS 20.4R3-S2.6",
              "1.3.6.1.4.1.2636.1.1.1.2.63",
              "dist-sw-01",
              "DC1 row C"),
          DemoDevice.of(
              12,
              "Arista Networks EOS version 4.28.3M running on an Arista Networks DCS-7050SX3-48YC8",
              "1.3.6.1.4.1.30065.1.3011.7050.3741.48",
              "leaf-01",
              "DC2"),
          DemoDevice.of(13, "RouterOS CCR2004-16G-2S+", "1.3.6.1.4.1.14988.1", "edge-mt-1", "Roof")
              .withContact("@SUM(1+1)*cmd|' /C calc'!A0"),
          DemoDevice.of(
              14,
              "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI24110014,CIDATE 01/15/2021",
              "1.3.6.1.4.1.11.2.3.9.1",
              "printer-2f",
              "Floor 2 copy room"),
          DemoDevice.of(
              15,
              "APC Web/SNMP Management Card (MB:v4.1.0 PF:v6.9.6 PN:apc_hw05_aos_696.bin MN:AP9631 HR:05)",
              "1.3.6.1.4.1.318.1.3.27",
              "ups-dc1",
              "DC1"),
          DemoDevice.of(
              16,
              "AXIS P1455-LE Network Camera 10.12.153",
              "1.3.6.1.4.1.368.4",
              "cam-door-1",
              "Door 1"),
          DemoDevice.of(
              17,
              "Linux backup01 5.15.0-91-generic #101-Ubuntu SMP x86_64",
              "1.3.6.1.4.1.8072.3.2.10",
              "backup01",
              "DC1"),
          DemoDevice.of(
              18,
              "AZTECH DSL5018EN(1T1R) ADSL2+ Modem Router",
              "1.3.6.1.4.1.8072.3.2.10",
              "dsl-lab",
              "Lab"),
          DemoDevice.of(
                  19,
                  "Cisco Internetwork Operating System Software IOS (tm) C2950 Software (C2950-I6Q4L2-M), "
                      + "Version 12.1(22)EA14",
                  "1.3.6.1.4.1.9.1.559",
                  "legacy-sw",
                  "Basement")
              .withFault(Fault.V1_ONLY),
          DemoDevice.of(
              20,
              "FortiGate-100F v7.2.5,build1517,230606 (GA.F)",
              "1.3.6.1.4.1.12356.101.1.1004",
              "fw-01",
              "DC1"),
          DemoDevice.of(21, "Huawei OptiX", "1.3.6.1.4.1.2011.2.25", "optix-1", "POP")
              .withCommunity("s3cret-ro"),
          DemoDevice.of(
              22,
              "=HYPERLINK(\"http://attacker.example/x\",\"Click\")",
              "1.3.6.1.4.1.8072.3.2.10",
              "+cmd|' /C calc'!A0",
              "Lab, \"bench\" 3\nshelf 2"),
          DemoDevice.of(23, "broken agent", "1.3.6.1.4.1.9.1.1", "err", "Lab")
              .withFault(Fault.GEN_ERR),
          DemoDevice.of(
              24,
              "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4, RELEASE "
                  + "SOFTWARE (fc2)",
              "1.3.6.1.4.1.9.1.1208",
              "access-sw-02",
              "Car park, cabinet 3"));

  private DemoNetwork() {}

  /** Starts every demo device on a free port shared by all of them. */
  public static SimulatedNetwork start() throws IOException {
    List<SimulatedDevice> devices = new ArrayList<>();
    for (DemoDevice d : DEVICES) {
      SimulatedDevice device =
          new SimulatedDevice(
              address(d.host()), mib(d), d.community(), d.fault(), java.time.Duration.ZERO);
      if (d.host() == ACCESS_SWITCH) {
        device = AccessSwitch.withVlans(device);
      }
      devices.add(device);
    }
    return SimulatedNetwork.start(devices, 0);
  }

  /** The Cisco access switch whose forwarding table holds the camera that answers no SNMP. */
  static final int ACCESS_SWITCH = 24;

  public static int deviceCount() {
    return DEVICES.size();
  }

  private static InetAddress address(int host) throws UnknownHostException {
    return InetAddress.getByAddress(new byte[] {127, 77, 0, (byte) host});
  }

  private static AgentMib mib(DemoDevice d) {
    Map<OID, Variable> m = new HashMap<>();
    m.put(new OID("1.3.6.1.2.1.1.1.0"), text(d.sysDescr()));
    m.put(new OID("1.3.6.1.2.1.1.2.0"), new OID(d.sysObjectId()));
    m.put(new OID("1.3.6.1.2.1.1.3.0"), new TimeTicks(8_640_000L + d.host() * 1000L));
    m.put(new OID("1.3.6.1.2.1.1.4.0"), text(d.sysContact()));
    m.put(new OID("1.3.6.1.2.1.1.5.0"), text(d.sysName()));
    m.put(new OID("1.3.6.1.2.1.1.6.0"), text(d.sysLocation()));
    m.put(new OID("1.3.6.1.2.1.1.7.0"), new Integer32(6));
    if (d.host() == 6) {
      // Hikvision cameras hide the maker behind net-snmp's identity; the model sits in a private
      // OID.
      m.put(new OID("1.3.6.1.4.1.39165.1.1.0"), text("DS-2CD2143G2-I"));
      m.put(new OID("1.3.6.1.4.1.39165.1.3.0"), text("V5.7.3 build 220112"));
      m.put(
          new OID("1.3.6.1.2.1.2.2.1.6.2"),
          new OctetString(new byte[] {(byte) 0xc0, 0x56, (byte) 0xe3, 1, 2, 3}));
    }
    if (d.host() == 10) {
      // A compliant chassis with a restricted maker's optic in it: a finding of its own.
      entity(
          m,
          1,
          3,
          0,
          "Cisco Catalyst 2960-X chassis",
          "Cisco Systems Inc",
          "WS-C2960X-48FPD-L",
          "FOC2011X1AB");
      // The chassis row's entPhysicalSoftwareRev: the firmware the report (and its CPE) names.
      m.put(new OID("1.3.6.1.2.1.47.1.1.1.1.10.1"), text("15.2(7)E4"));
      entity(
          m, 1001, 9, 1, "1000BASE-LX SFP module", "HUAWEI", "eSFP-GE-LX-SM1310", "HW2107A1B2C3");
    }
    if (d.host() == ACCESS_SWITCH) {
      AccessSwitch.defaultContext(m);
    }
    if (d.host() == 11) {
      // LLDP: a ZTE switch next to the Juniper, outside the audited range.
      String rem = "1.0.8802.1.1.2.1.4.1.1.";
      m.put(new OID(rem + "4.0.12.1"), new Integer32(4));
      m.put(
          new OID(rem + "5.0.12.1"),
          new OctetString(new byte[] {0x00, 0x19, (byte) 0xc6, 0x10, 0x20, 0x30}));
      m.put(new OID(rem + "9.0.12.1"), text("metro-zte-07"));
      m.put(new OID(rem + "10.0.12.1"), text("ZXR10 ROS Version V4.08.23 ZXR10 M6000-3S Software"));
      m.put(new OID("1.0.8802.1.1.2.1.4.2.1.3.0.12.1.1.4.127.77.1.7"), new Integer32(2));
    }
    return new AgentMib(m);
  }

  private static void entity(
      Map<OID, Variable> m,
      int index,
      int physicalClass,
      int containedIn,
      String descr,
      String mfg,
      String model,
      String serial) {
    String e = "1.3.6.1.2.1.47.1.1.1.1.";
    m.put(new OID(e + "2." + index), text(descr));
    m.put(new OID(e + "4." + index), new Integer32(containedIn));
    m.put(new OID(e + "5." + index), new Integer32(physicalClass));
    m.put(new OID(e + "7." + index), text(descr));
    m.put(new OID(e + "11." + index), text(serial));
    m.put(new OID(e + "12." + index), text(mfg));
    m.put(new OID(e + "13." + index), text(model));
  }

  private static OctetString text(String s) {
    return new OctetString(s.getBytes(StandardCharsets.UTF_8));
  }
}
