package io.netaudit.identify;

/** Confidence of an {@link Identification}; see {@code package-info.java}. */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW
}
