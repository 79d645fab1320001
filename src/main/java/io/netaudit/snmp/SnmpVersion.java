package io.netaudit.snmp;

/** The SNMP versions netaudit speaks, with the label the report shows. */
public enum SnmpVersion {
  V1("1"),
  V2C("2c"),
  V3("3");

  private final String label;

  SnmpVersion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
