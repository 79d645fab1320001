package io.netaudit.report;

import java.net.InetAddress;
import java.util.Objects;

/**
 * What a row is about: the target itself, a component inside it (ENTITY-MIB), a neighbour it
 * reported (LLDP/CDP), or an endpoint (a MAC in its forwarding or ARP table). Component text is ""
 * and numbers and addresses null where they do not apply.
 *
 * @param componentIndex the component's entPhysicalIndex
 * @param componentClass its entPhysicalClass name, e.g. {@code module}
 * @param seenBy the device that reported a neighbour; the switch (or router) an endpoint sits
 *     behind
 */
public record Subject(
    RowKind kind,
    Integer componentIndex,
    String componentClass,
    String componentModel,
    String componentSerial,
    String componentMfg,
    InetAddress seenBy) {
  /** The target itself. */
  public static final Subject DEVICE = new Subject(RowKind.DEVICE, null, "", "", "", "", null);

  public Subject {
    Objects.requireNonNull(kind, "kind");
    componentClass = Texts.orEmpty(componentClass);
    componentModel = Texts.orEmpty(componentModel);
    componentSerial = Texts.orEmpty(componentSerial);
    componentMfg = Texts.orEmpty(componentMfg);
  }

  public static Subject component(
      int index, String physicalClass, String model, String serial, String mfg) {
    return new Subject(RowKind.COMPONENT, index, physicalClass, model, serial, mfg, null);
  }

  public static Subject neighbour(InetAddress seenBy) {
    return new Subject(
        RowKind.NEIGHBOUR, null, "", "", "", "", Objects.requireNonNull(seenBy, "seenBy"));
  }

  /** An endpoint located behind {@code seenBy}. */
  public static Subject endpoint(InetAddress seenBy) {
    return new Subject(
        RowKind.ENDPOINT, null, "", "", "", "", Objects.requireNonNull(seenBy, "seenBy"));
  }
}
