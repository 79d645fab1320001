package io.netaudit.testing;

/** nmap XML output for the -iX tests, shaped like a real `nmap -sU -p161 -oX` file. */
public final class NmapXml {
  private NmapXml() {}

  /** Shaped like `nmap -sU -p161 -oX` output (7.9x): prologue, DOCTYPE, stylesheet, hosts. */
  public static String scan(String hosts) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE nmaprun>\n"
        + "<?xml-stylesheet href=\"file:///usr/bin/../share/nmap/nmap.xsl\" type=\"text/xsl\"?>\n"
        + "<!-- Nmap 7.94SVN scan initiated as: nmap -sU -p161 -oX scan.xml 10.0.0.0/29 -->\n"
        + "<nmaprun scanner=\"nmap\" args=\"nmap -sU -p161 -oX scan.xml 10.0.0.0/29\" start=\"1\""
        + " version=\"7.94SVN\" xmloutputversion=\"1.05\">\n"
        + "<scaninfo type=\"udp\" protocol=\"udp\" numservices=\"1\" services=\"161\"/>\n"
        + hosts
        + "<runstats><finished time=\"2\" exit=\"success\"/><hosts up=\"3\" down=\"5\""
        + " total=\"8\"/></runstats>\n"
        + "</nmaprun>\n";
  }

  public static String host(String addr, String type, String protocol, int port, String state) {
    return "<host starttime=\"1\" endtime=\"2\"><status state=\"up\" reason=\"arp-response\""
        + " reason_ttl=\"0\"/>\n<address addr=\""
        + addr
        + "\" addrtype=\""
        + type
        + "\"/>\n<address addr=\"00:E0:FC:12:34:56\" addrtype=\"mac\" vendor=\"Huawei\"/>\n"
        + "<hostnames>\n</hostnames>\n<ports><port protocol=\""
        + protocol
        + "\" portid=\""
        + port
        + "\"><state state=\""
        + state
        + "\" reason=\"udp-response\" reason_ttl=\"64\"/><service name=\"snmp\" method=\"table\""
        + " conf=\"3\"/></port>\n</ports>\n<times srtt=\"100\" rttvar=\"5000\" to=\"100000\"/>\n"
        + "</host>\n";
  }
}
